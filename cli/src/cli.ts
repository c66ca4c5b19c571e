// Command-line adapter over the core: `kehoach lint <files or globs>`.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { fixAll, lintPlan, lintText, registryProblemMessage, type Language, type Workspace } from '../../core/src';
import { findRegistryRoot, loadWorkspace } from './workspace-files';
import { projectConfigs, writeFileAtomically } from './project-config';
import { registerExportCommand } from './export-command';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintInWorkers, plainFindings, workerCount, type LintJob, type PlainReport, type WorkerData } from './parallel';
import { registerImportCommand } from './import-command';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

interface LintCommandOptions {
  format: 'text' | 'json';
  lang: Language;
  /** Registry files added to every plan's registry layers (--registry, repeatable). */
  registry: string[];
  /** Apply every unambiguous fix and write the files back. */
  fix?: boolean;
  /** A config file to use instead of the nearest `.kehoach.yaml`. */
  config?: string;
  /** Files larger than this (KB) get one yaml/too-large finding instead of a check. */
  maxSize: number;
}

const words = {
  vi: { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý', noFiles: 'Không tìm thấy tệp kế hoạch nào khớp với', unreadable: 'Không đọc được tệp', summary: (f: number, e: number, w: number) => `${f} tệp, ${e} lỗi, ${w} cảnh báo.` },
  en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint', noFiles: 'No plan files match', unreadable: 'Cannot read file', summary: (f: number, e: number, w: number) => `${f} files, ${e} errors, ${w} warnings.` },
} as const;

/** Expands arguments: a file stays as is, a folder means its *.plan.yaml files, anything else is a glob. */
async function resolveInputs(inputs: string[], lang: Language): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    let matches: string[];
    if (info?.isFile()) matches = [input];
    else if (info?.isDirectory()) matches = await glob(['**/*.plan.yaml', '**/*.plan.yml'], { cwd: input, ignore: ['**/node_modules/**'] }).then((found) => found.map((file) => path.join(input, file)));
    else matches = await glob([input], { ignore: ['**/node_modules/**'] });
    if (matches.length === 0) throw new UsageError(`${words[lang].noFiles}: ${input}`);
    for (const match of matches.sort()) files.add(path.normalize(match));
  }
  return [...files];
}

class UsageError extends Error {}

async function lintCommand(inputs: string[], options: LintCommandOptions): Promise<number> {
  const lang = options.lang;
  let files: string[];
  try {
    files = await resolveInputs(inputs, lang);
  } catch (error) {
    process.stderr.write(`kehoach: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  const workers = options.fix ? 0 : workerCount(files.length);
  // With workers, each of them reads and parses the plans it needs: this thread only reads the registry files, to
  // report their problems once.
  const workspaces = workspacesFor(files, options.registry ?? [], lang, { plans: workers === 0 });
  const configs = projectConfigs(lang, options.config);
  let unreadable = workspaces.broken;
  let reports: PlainReport[];
  if (workers > 0) {
    // Many plans: worker threads check shares of them (the same workspaces), and the results come back in order.
    const jobs = files.map((file, index) => ({ index, file, severities: configs.severitiesFor(file) }));
    reports = await lintInWorkers(__filename, workers, jobs, { allFiles: files, registry: options.registry ?? [], lang, maxSize: options.maxSize });
  } else {
    reports = [];
    for (const [index, file] of files.entries()) {
      reports.push(await lintFile({ index, file, severities: configs.severitiesFor(file) }, workspaces, options));
    }
  }
  for (const report of reports) {
    if (report.unreadable !== undefined) {
      process.stderr.write(report.unreadable);
      unreadable = true;
    }
    for (const failure of report.failures) process.stderr.write(failure);
  }
  reports = reports.filter((report) => report.unreadable === undefined);

  if (options.format === 'json') {
    const json = reports.map(({ file, findings }) => ({ file, findings }));
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    let errors = 0;
    let warnings = 0;
    // One write per file rather than per finding: thousands of findings are thousands of system calls otherwise.
    for (const { file, findings } of reports) {
      let text = '';
      for (const finding of findings) {
        if (finding.severity === 'error') errors++;
        if (finding.severity === 'warning') warnings++;
        text += `${file}:${finding.line}:${finding.column}: ${words[lang][finding.severity]}: ${finding.message} [${finding.ruleId}]\n`;
      }
      if (text) process.stdout.write(text);
    }
    process.stdout.write(words[lang].summary(reports.length, errors, warnings) + '\n');
  }
  if (unreadable || configs.broken) return EXIT_USAGE;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** Reads, fixes (with --fix) and checks one plan; what it prints on stderr is returned with the report. */
async function lintFile(job: LintJob, workspaces: { of(file: string): Workspace }, options: Pick<LintCommandOptions, 'lang' | 'fix' | 'maxSize'>): Promise<PlainReport> {
  const { index, file, severities } = job;
  const lang = options.lang;
  // Each plan is checked once: nothing is kept for a next check.
  const lintOptions = { lang, workspace: workspaces.of(file), uri: path.resolve(file), severities, maxSize: options.maxSize * 1024, keepFindings: false };
  // The workspace has read this plan already (it is a known document for the others): its text is not read twice.
  const known = lintOptions.workspace.plan(lintOptions.uri);
  let text: string;
  try {
    text = known?.text ?? (await readFile(file, 'utf8'));
  } catch (error) {
    return { index, file, findings: [], failures: [], unreadable: `kehoach: ${words[lang].unreadable} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n` };
  }
  if (options.fix) {
    const fixed = fixAll(text, lintOptions);
    if (fixed.text !== text) {
      writeFileAtomically(file, fixed.text);
      const ids = [...new Set(fixed.applied.map((applied) => applied.ruleId))].join(', ');
      process.stderr.write(`${file}: ${lang === 'en' ? `fixed ${fixed.applied.length} problem(s)` : `đã sửa ${fixed.applied.length} lỗi`} (${ids})\n`);
      text = fixed.text;
    }
  }
  // Unless --fix changed it, check the workspace's parse of the plan (the other plans' checks need it as well).
  const result = known && known.text === text && text.length <= lintOptions.maxSize ? lintPlan(known.parsed, lintOptions) : lintText(text, lintOptions);
  const failures = result.failures.map((failure) => `kehoach: ${file}: rule ${failure.ruleId} failed: ${String((failure.error as Error)?.message ?? failure.error)}\n`);
  return { index, file, findings: plainFindings(result.findings, result.plan.lines), failures };
}

/** A worker thread (cli/src/parallel.ts): checks its share of the files and posts the reports back. */
async function lintWorker(data: WorkerData): Promise<void> {
  const workspaces = workspacesFor(data.allFiles, data.registry, data.lang, { quiet: true });
  const reports: PlainReport[] = [];
  for (const job of data.jobs) reports.push(await lintFile(job, workspaces, { lang: data.lang, maxSize: data.maxSize }));
  parentPort!.postMessage(reports);
}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('kehoach')
    .description('Kiểm tra kế hoạch cấp xã viết bằng YAML (*.plan.yaml). Checks commune plans written as YAML.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  let exitCode = EXIT_OK;
  program
    .command('lint')
    .description('Kiểm tra tệp kế hoạch / check plan files')
    .argument('<paths...>', 'tệp, thư mục hoặc mẫu glob / files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'định dạng kết quả / output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .addOption(
      new Option('--registry <file>', 'thêm một sổ văn bản (YAML/JSON, lặp lại được) / add a registry file (repeatable)')
        .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value])
        .default([]),
    )
    .option('--fix', 'sửa mọi lỗi có cách sửa rõ ràng và ghi lại tệp / apply every unambiguous fix and write the files')
    .option('--config <file>', 'tệp cấu hình thay cho .kehoach.yaml gần nhất / config file instead of the nearest .kehoach.yaml')
    .addOption(
      new Option('--max-size <KB>', 'không kiểm tra tệp lớn hơn mức này / do not check files larger than this')
        .argParser((value: string) => {
          const size = Number(value);
          if (!Number.isFinite(size) || size <= 0) throw new InvalidArgumentError('KB > 0');
          return size;
        })
        .default(5120),
    )
    .action(async (paths: string[], options: LintCommandOptions) => {
      exitCode = await lintCommand(paths, options);
    });
  registerExportCommand(program, (code) => {
    exitCode = code;
  });
  registerImportCommand(program, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Only an explicit --help or --version is a success; help shown for a missing command is a usage error.
      const asked = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return asked ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  return exitCode;
}

if (!isMainThread && (workerData as WorkerData | undefined)?.kehoachLintWorker) {
  void lintWorker(workerData as WorkerData);
} else main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kehoach: ${String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);

/**
 * The workspace of each plan: the commune registry (.kehoach/van-ban.yaml) and plans of the nearest folder that has
 * one, plus --registry files; plans outside any such folder share one workspace made of the plans being checked.
 * A registry that cannot be read or is malformed is reported on stderr with its position (exit code 2).
 * `plans: false`: registry files only (their problems are all the caller needs).
 */
function workspacesFor(files: string[], extraRegistries: string[], lang: Language, { quiet = false, plans = true } = {}): { of(file: string): Workspace; broken: boolean } {
  const byRoot = new Map<string, string[]>();
  const loose: string[] = [];
  for (const file of files) {
    const root = findRegistryRoot(path.dirname(path.resolve(file)));
    if (root) byRoot.set(root, [...(byRoot.get(root) ?? []), file]);
    else loose.push(file);
  }
  const workspaceOf = new Map<string, Workspace>();
  let broken = false;
  const reported = new Set<string>();
  const load = (root: string | undefined, group: string[]) => {
    const loaded = loadWorkspace({ root, planFiles: group, extraRegistries, plans });
    for (const { file, error } of loaded.unreadable) {
      if (reported.has(file)) continue;
      reported.add(file);
      broken = true;
      if (!quiet) process.stderr.write(`kehoach: ${words[lang].unreadable} ${file}: ${error}\n`);
    }
    for (const registry of loaded.workspace.registryFiles) {
      if (reported.has(registry.uri)) continue;
      reported.add(registry.uri);
      for (const problem of registry.problems) {
        broken = true;
        const where = `${path.relative(process.cwd(), registry.uri) || registry.uri}:${problem.position.start.line + 1}:${problem.position.start.character + 1}`;
        if (!quiet) process.stderr.write(`kehoach: ${where}: ${registryProblemMessage(problem, lang)}\n`);
      }
    }
    for (const file of group) workspaceOf.set(file, loaded.workspace);
  };
  for (const [root, group] of byRoot) load(root, group);
  if (loose.length > 0) load(undefined, loose);
  return { of: (file) => workspaceOf.get(file)!, broken };
}
