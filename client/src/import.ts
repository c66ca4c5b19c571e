// "Kế hoạch: Import Word plan…": last year's plan (.docx or .txt) as `<name>.plan.yaml` beside it,
// through the same importer as `kehoach import`; asks before replacing a plan file; writes atomically;
// opens the new plan beside the source so every check runs on it at once.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeAt } from '../../core/src/import';
import { TargetExistsError, writeFileAtomic } from '../../export/src/write-file';
import { defaultImportTarget, ImportInputError, importFile } from '../../import/src/import-file';
import { uiLanguage } from './export';

/** Arguments for a call without dialogs (tests, other extensions). A bare Uri (explorer menu) is the source. */
export interface ImportArgs {
  /** The .docx or .txt to import; default: asked with an open dialog. */
  source?: vscode.Uri;
  /** When the plan file exists: true replaces it, false leaves it; undefined asks the user. */
  overwrite?: boolean;
}

const ui = {
  vi: {
    openLabel: 'Nhập kế hoạch',
    filter: 'Kế hoạch cũ (Word, văn bản)',
    onlyFiles: 'Chỉ nhập được tệp trên máy (file:).',
    exists: (name: string) => `${name} đã có. Ghi đè bằng kế hoạch vừa nhập?`,
    overwrite: 'Ghi đè',
    kept: (name: string) => `Không nhập: ${name} đã có.`,
    done: (name: string, unplaced: number) =>
      unplaced > 0 ? `Đã nhập ${name}; ${unplaced} đoạn chưa xếp được vào mục nào (ở ghi_chu).` : `Đã nhập ${name}.`,
    showNotes: 'Xem ghi chú',
    failed: (reason: string) => `Không nhập được kế hoạch: ${reason}`,
    unplaced: 'Chưa xếp được (ghi_chu):',
    notes: 'Ghi chú khi nhập:',
  },
  en: {
    openLabel: 'Import plan',
    filter: 'Old plan (Word, text)',
    onlyFiles: 'Only local files (file:) can be imported.',
    exists: (name: string) => `${name} exists. Replace it with the imported plan?`,
    overwrite: 'Replace',
    kept: (name: string) => `Not imported: ${name} exists.`,
    done: (name: string, unplaced: number) =>
      unplaced > 0 ? `Imported ${name}; ${unplaced} passage(s) fit no part of the plan (under ghi_chu).` : `Imported ${name}.`,
    showNotes: 'Show notes',
    failed: (reason: string) => `The plan could not be imported: ${reason}`,
    unplaced: 'Not placed (ghi_chu):',
    notes: 'Import notes:',
  },
} as const;

let channel: vscode.OutputChannel | undefined;

/** Runs the import; resolves to the written plan file, or undefined when nothing was written. */
export async function importWordPlan(arg?: vscode.Uri | ImportArgs): Promise<vscode.Uri | undefined> {
  const lang = uiLanguage();
  const words = ui[lang];
  const args: ImportArgs = arg instanceof vscode.Uri ? { source: arg } : arg ?? {};

  const source = args.source ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    canSelectFolders: false,
    openLabel: words.openLabel,
    title: words.openLabel,
    filters: { [words.filter]: ['docx', 'txt'] },
  }))?.[0];
  if (!source) return undefined;
  if (source.scheme !== 'file') {
    void vscode.window.showErrorMessage(words.onlyFiles);
    return undefined;
  }

  const target = vscode.Uri.file(defaultImportTarget(source.fsPath));
  const name = path.basename(target.fsPath);
  let overwrite = false;
  if (await exists(target)) {
    overwrite = args.overwrite ?? (await vscode.window.showWarningMessage(words.exists(name), { modal: true }, words.overwrite)) === words.overwrite;
    if (!overwrite) {
      void vscode.window.showInformationMessage(words.kept(name));
      return undefined;
    }
  }

  try {
    const outcome = await importFile(source.fsPath, { lang });
    await writeFileAtomic(target.fsPath, new TextEncoder().encode(outcome.result.text), { overwrite });
    report(source, outcome.result, outcome.warnings, lang);

    // The source beside the plan when the editor can show it (a .txt); the new plan in the next column.
    if (/\.txt$/i.test(source.fsPath)) {
      await vscode.window.showTextDocument(source, { viewColumn: vscode.ViewColumn.One, preview: true });
    }
    const document = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });

    const message = words.done(name, outcome.result.unplaced.length);
    const hasNotes = outcome.result.notes.length + outcome.result.unplaced.length + outcome.warnings.length > 0;
    void (hasNotes ? vscode.window.showInformationMessage(message, words.showNotes) : vscode.window.showInformationMessage(message)).then((choice) => {
      if (choice === words.showNotes) channel?.show(true);
    });
    return target;
  } catch (error) {
    const reason = error instanceof ImportInputError
      ? error.message
      : error instanceof TargetExistsError
        ? words.kept(name)
        : (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    void vscode.window.showErrorMessage(words.failed(reason));
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The notes and unplaced passages of the last import, in an output channel. */
function report(source: vscode.Uri, result: Awaited<ReturnType<typeof importFile>>['result'], warnings: string[], lang: 'vi' | 'en'): void {
  const words = ui[lang];
  channel ??= vscode.window.createOutputChannel(lang === 'vi' ? 'Kế hoạch: nhập kế hoạch cũ' : 'Kế hoạch: plan import');
  channel.clear();
  const file = path.basename(source.fsPath);
  const where = (at: Parameters<typeof describeAt>[0]) => {
    const place = describeAt(at, lang);
    return place ? `${file}: ${place}: ` : `${file}: `;
  };
  for (const warning of warnings) channel.appendLine(warning);
  if (result.unplaced.length > 0) {
    channel.appendLine(words.unplaced);
    for (const entry of result.unplaced) channel.appendLine(`  ${where(entry.at)}${entry.text}`);
  }
  if (result.notes.length > 0) {
    channel.appendLine(words.notes);
    for (const note of result.notes) channel.appendLine(`  ${where(note.at)}${note.message}`);
  }
}
