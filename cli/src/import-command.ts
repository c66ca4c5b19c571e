// `kehoach import <plan.docx|plan.txt> [-o plan.plan.yaml] [--force]`: last year's plan as a plan file.
// Exit codes: 0 written; 2 bad usage, unreadable or unrecognised input, or an output that exists
// (never replaced without --force) or cannot be written. The file is written atomically.
import { Command, Option } from 'commander';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { describeAt } from '../../core/src/import';
import type { Language } from '../../core/src/types';
import { TargetExistsError, TargetIsFolderError, writeFileAtomic } from '../../export/src/write-file';
import { defaultImportTarget, ImportInputError, importFile } from '../../import/src/import-file';
import { importWords } from '../../import/src/messages';

const EXIT_OK = 0;
const EXIT_USAGE = 2;
/** Notes and unplaced passages listed before "…". */
const MAX_LISTED = 30;

interface ImportCommandOptions {
  output?: string;
  force?: boolean;
  lang: Language;
}

export async function importCommand(input: string, options: ImportCommandOptions): Promise<number> {
  const lang = options.lang;
  const words = importWords(lang);
  const fail = (message: string) => {
    process.stderr.write(`kehoach: ${message}\n`);
    return EXIT_USAGE;
  };

  const output = options.output ?? defaultImportTarget(input);
  if (!/\.ya?ml$/i.test(output)) return fail(words.badOutput(output));
  if (path.resolve(output) === path.resolve(input)) return fail(words.sameFile(input));
  const folder = await stat(path.dirname(path.resolve(output))).catch(() => undefined);
  if (!folder?.isDirectory()) return fail(words.noFolder(output));
  const existing = await stat(output).catch(() => undefined);
  if (existing?.isDirectory()) return fail(words.notFile(output));
  if (existing && !options.force) return fail(words.exists(output));

  let outcome;
  try {
    outcome = await importFile(input, { lang });
  } catch (error) {
    if (error instanceof ImportInputError) return fail(error.message);
    throw error;
  }
  for (const warning of outcome.warnings) process.stderr.write(`kehoach: ${warning}\n`);

  try {
    await writeFileAtomic(output, new TextEncoder().encode(outcome.result.text), { overwrite: Boolean(options.force) });
  } catch (error) {
    if (error instanceof TargetExistsError) return fail(words.exists(output));
    if (error instanceof TargetIsFolderError) return fail(words.notFile(output));
    return fail(words.cannotWrite(output, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }

  const { unplaced, notes } = outcome.result;
  // "plan.txt:12: …" like the lint output; a Word file's places are paragraphs ("plan.docx: đoạn 12: …").
  const where = (at: Parameters<typeof describeAt>[0]) => {
    if (at?.line !== undefined) return `${input}:${at.line}: `;
    const place = describeAt(at, lang);
    return place ? `${input}: ${place}: ` : `${input}: `;
  };
  if (unplaced.length > 0) {
    process.stderr.write(`${words.unplacedCount(unplaced.length)}\n`);
    for (const entry of unplaced.slice(0, MAX_LISTED)) process.stderr.write(`  ${where(entry.at)}${shorten(entry.text)}\n`);
    if (unplaced.length > MAX_LISTED) process.stderr.write('  …\n');
  }
  if (notes.length > 0) {
    process.stderr.write(`${words.notes}\n`);
    for (const note of notes.slice(0, MAX_LISTED)) process.stderr.write(`  ${where(note.at)}${note.message}\n`);
  }
  process.stdout.write(`${words.done(input, output, outcome.elapsedMs)}\n`);
  return EXIT_OK;
}

function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Adds `import` to the program; the action reports its exit code through `setExitCode`. */
export function registerImportCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('import')
    .description('Nhập kế hoạch cũ từ Word (.docx) hoặc văn bản (.txt) thành tệp kế hoạch / import an old plan from Word or text')
    .argument('<source>', 'tệp .docx hoặc .txt / a .docx or .txt file')
    .option('-o, --output <file>', 'tệp kế hoạch cần ghi (mặc định: <tên>.plan.yaml cạnh tệp nguồn) / the plan file to write (default: beside the source)')
    .option('--force', 'ghi đè tệp kế hoạch đã có / overwrite an existing plan file')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo / message language').choices(['vi', 'en']).default('vi'))
    .action(async (source: string, options: ImportCommandOptions) => {
      setExitCode(await importCommand(source, options));
    });
}
