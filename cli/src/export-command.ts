// `kehoach export <plan> [-o file.docx] [--force]`: the plan as a Word document (Nghị định 30/2020).
// Exit codes: 0 written; 1 refused because the plan has errors; 2 bad usage, unreadable input or
// unwritable output (an existing file is never replaced without --force).
import { Command, Option } from 'commander';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Language } from '../../core/src/types';
import { describeErrors, exportPlanDocx } from '../../export/src/export-plan';
import { exportWords } from '../../export/src/messages';
import { TargetExistsError, TargetIsFolderError, writeFileAtomic } from '../../export/src/write-file';
import { projectConfigs } from './project-config';
import { loadWorkspace, readText } from './workspace-files';

const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;
/** Errors listed before "… and N more". */
const MAX_LISTED = 50;

interface ExportCommandOptions {
  output?: string;
  force?: boolean;
  lang: Language;
}

/** "plans/x.plan.yaml" → "plans/x.docx". */
export function defaultOutput(input: string): string {
  const base = path.basename(input).replace(/\.plan\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  return path.join(path.dirname(input), `${base}.docx`);
}

export async function exportCommand(input: string, options: ExportCommandOptions): Promise<number> {
  const words = exportWords(options.lang);
  const fail = (message: string, code = EXIT_USAGE) => {
    process.stderr.write(`kehoach: ${message}\n`);
    return code;
  };

  // Same reading rules as `kehoach lint`: a regular file, not too large.
  const { text, error } = readText(input);
  if (text === undefined) return fail(words.unreadable(input, error ?? '?'));

  const output = options.output ?? defaultOutput(input);
  if (!/\.docx$/i.test(output)) return fail(`${output}: ${options.lang === 'vi' ? 'tên tệp xuất phải có đuôi .docx' : 'the output file name must end with .docx'}`);
  if (path.resolve(output) === path.resolve(input)) return fail(words.existsNoForce(output));
  const folder = await stat(path.dirname(path.resolve(output))).catch(() => undefined);
  if (!folder?.isDirectory()) return fail(words.noFolder(output));
  const existing = await stat(output).catch(() => undefined);
  if (existing?.isDirectory()) return fail(words.notFile(output));
  if (existing && !options.force) return fail(words.exists(output));

  // The same checks as `kehoach lint` on this file: its workspace's registry and sibling plans, and the rule
  // severities of the nearest .kehoach.yaml.
  const { workspace } = loadWorkspace({ planFiles: [input], texts: new Map([[path.resolve(input), text]]) });
  const severities = projectConfigs(options.lang).severitiesFor(input);
  const outcome = await exportPlanDocx(text, { lang: options.lang, force: options.force, workspace, uri: path.resolve(input), severities });
  const listed = describeErrors(outcome.plan, outcome.errors, MAX_LISTED).map((line) => `${input}:${line}\n`).join('');
  const more = outcome.errors.length > MAX_LISTED ? `${words.more(outcome.errors.length - MAX_LISTED)}\n` : '';
  if (!outcome.ok || !outcome.bytes) {
    process.stderr.write(`kehoach: ${words.refused(input, outcome.errors.length)}\n${listed}${more}`);
    return EXIT_REFUSED;
  }
  if (outcome.errors.length > 0) process.stderr.write(`kehoach: ${words.forced(input, outcome.errors.length)}\n${listed}${more}`);

  try {
    await writeFileAtomic(output, outcome.bytes, { overwrite: Boolean(options.force) });
  } catch (error) {
    if (error instanceof TargetExistsError) return fail(words.exists(output));
    if (error instanceof TargetIsFolderError) return fail(words.notFile(output));
    return fail(words.cannotWrite(output, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  process.stdout.write(`${words.done(output, outcome.elapsedMs)}\n`);
  return EXIT_OK;
}

/** Adds `export` to the program; the action reports its exit code through `setExitCode`. */
export function registerExportCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('export')
    .description('Xuất kế hoạch thành văn bản Word (.docx) theo Nghị định 30/2020/NĐ-CP / export a plan to Word')
    .argument('<plan>', 'tệp kế hoạch / plan file (*.plan.yaml)')
    .option('-o, --output <file>', 'tệp .docx cần ghi (mặc định: cạnh tệp kế hoạch) / the .docx to write (default: beside the plan)')
    .option('--force', 'vẫn xuất khi kế hoạch còn lỗi, và ghi đè tệp đã có / export despite errors and overwrite an existing file')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .action(async (plan: string, options: ExportCommandOptions) => {
      setExitCode(await exportCommand(plan, options));
    });
}
