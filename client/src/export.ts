// "Kế hoạch: Export to Word": the plan in the editor (unsaved changes included) as a .docx through the
// same renderer as `kehoach export`. Refuses a plan with errors unless the user confirms a draft;
// asks where to save (the save dialog confirms an overwrite); writes atomically.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadWorkspace } from '../../cli/src/workspace-files';
import { CONFIG_FILE_NAME, parseConfig } from '../../core/src/config/config';
import type { LintOptions } from '../../core/src/lint';
import type { Severity } from '../../core/src/types';
import { describeErrors, exportPlanDocx } from '../../export/src/export-plan';
import { exportWords } from '../../export/src/messages';
import { TargetExistsError, writeFileAtomic } from '../../export/src/write-file';

/**
 * Arguments for a call without dialogs (tests, other extensions). A bare Uri (explorer context menu)
 * is the plan to export.
 */
export interface ExportArgs {
  /** The plan; default: the active editor's document. */
  source?: vscode.Uri;
  /** Where to write; given, no save dialog is shown and no confirmation is asked. */
  target?: vscode.Uri;
  /** Export even if the plan has errors. */
  force?: boolean;
  /** Replace an existing target (only with `target`; the save dialog asks the user itself). */
  overwrite?: boolean;
}

const MAX_LISTED = 10;

/** The language of kehoach's messages: the `kehoach.language` setting ("auto" follows VS Code). */
export function uiLanguage(): 'vi' | 'en' {
  const setting = vscode.workspace.getConfiguration('kehoach').get<string>('language');
  if (setting === 'en' || setting === 'vi') return setting;
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

const ui = {
  vi: {
    noPlan: 'Hãy mở một tệp kế hoạch (*.plan.yaml) trước khi xuất văn bản Word.',
    exportAnyway: 'Vẫn xuất (bản nháp)',
    saveLabel: 'Xuất văn bản Word',
    filter: 'Văn bản Word',
    onlyFiles: 'Chỉ ghi được vào tệp trên máy (file:).',
    reveal: 'Hiện trong Explorer',
    exported: (name: string) => `Đã xuất ${name}.`,
    failed: (reason: string) => `Không xuất được văn bản Word: ${reason}`,
  },
  en: {
    noPlan: 'Open a plan file (*.plan.yaml) before exporting to Word.',
    exportAnyway: 'Export anyway (draft)',
    saveLabel: 'Export to Word',
    filter: 'Word document',
    onlyFiles: 'Only local files (file:) can be written.',
    reveal: 'Reveal in Explorer',
    exported: (name: string) => `Exported ${name}.`,
    failed: (reason: string) => `The Word file could not be written: ${reason}`,
  },
} as const;

/** Runs the export; resolves to the written file, or undefined when nothing was written. */
export async function exportWord(arg?: vscode.Uri | ExportArgs): Promise<vscode.Uri | undefined> {
  const lang = uiLanguage();
  const words = ui[lang];
  const messages = exportWords(lang);
  const args: ExportArgs = arg instanceof vscode.Uri ? { source: arg } : arg ?? {};
  const interactive = args.target === undefined;

  const document = await planDocument(args.source);
  if (!document) {
    void vscode.window.showErrorMessage(words.noPlan);
    return undefined;
  }
  const name = path.basename(document.uri.fsPath || document.uri.path);

  try {
    const checks = await lintOptionsFor(document);
    let outcome = await exportPlanDocx(document.getText(), { ...checks, lang, force: args.force });
    if (!outcome.ok) {
      const detail = [
        ...describeErrors(outcome.plan, outcome.errors, MAX_LISTED).map((line) => `${name}:${line}`),
        ...(outcome.errors.length > MAX_LISTED ? [messages.more(outcome.errors.length - MAX_LISTED)] : []),
      ].join('\n');
      if (!interactive) {
        void vscode.window.showErrorMessage(`${messages.refusedShort(outcome.errors.length)}\n${detail}`);
        return undefined;
      }
      const choice = await vscode.window.showWarningMessage(messages.refusedShort(outcome.errors.length), { modal: true, detail }, words.exportAnyway);
      if (choice !== words.exportAnyway) return undefined;
      outcome = await exportPlanDocx(document.getText(), { ...checks, lang, force: true });
    }
    if (!outcome.bytes) return undefined;

    const target = args.target ?? await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(document.uri),
      filters: { [words.filter]: ['docx'] },
      saveLabel: words.saveLabel,
      title: words.saveLabel,
    });
    if (!target) return undefined;
    if (target.scheme !== 'file') {
      void vscode.window.showErrorMessage(words.onlyFiles);
      return undefined;
    }
    const file = /\.docx$/i.test(target.fsPath) ? target : target.with({ path: `${target.path}.docx` });
    // The save dialog has already asked before replacing a file; a programmatic target must say so.
    await writeFileAtomic(file.fsPath, outcome.bytes, { overwrite: interactive ? true : Boolean(args.overwrite) });
    void vscode.window.showInformationMessage(words.exported(path.basename(file.fsPath)), words.reveal).then((choice) => {
      if (choice === words.reveal) void vscode.commands.executeCommand('revealInExplorer', file);
    });
    return file;
  } catch (error) {
    const reason = error instanceof TargetExistsError
      ? messages.existsNoForce(error.target)
      : (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    void vscode.window.showErrorMessage(words.failed(reason));
    return undefined;
  }
}

/**
 * The same checks as the diagnostics: the workspace's registry and sibling plans (from disk, this plan's unsaved
 * text included), and the rule severities of `.kehoach.yaml` overridden by the `kehoach.rules` setting.
 */
async function lintOptionsFor(document: vscode.TextDocument): Promise<LintOptions> {
  const options: LintOptions = {};
  const severities: Record<string, Severity | 'off'> = {};
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (folder) {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
      Object.assign(severities, parseConfig(new TextDecoder().decode(bytes)).severities);
    } catch {
      // No project file: the defaults apply.
    }
  }
  const setting = vscode.workspace.getConfiguration('kehoach').get<Record<string, unknown>>('rules') ?? {};
  for (const [id, level] of Object.entries(setting)) {
    if (typeof level === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(level)) severities[id] = level as Severity | 'off';
  }
  options.severities = severities;
  if (document.uri.scheme === 'file') {
    const file = document.uri.fsPath;
    options.workspace = loadWorkspace({ planFiles: [file], texts: new Map([[file, document.getText()]]) }).workspace;
    options.uri = file;
  }
  return options;
}

async function planDocument(source: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (source) {
    try {
      return await vscode.workspace.openTextDocument(source);
    } catch {
      return undefined;
    }
  }
  const active = vscode.window.activeTextEditor?.document;
  return active && (active.languageId === 'kehoach' || /\.plan\.ya?ml$/i.test(active.uri.path)) ? active : undefined;
}

/** Beside the plan: "x.plan.yaml" → "x.docx"; an untitled plan goes to the first workspace folder. */
function defaultTarget(source: vscode.Uri): vscode.Uri | undefined {
  if (source.scheme === 'file') {
    const base = path.basename(source.fsPath).replace(/\.plan\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
    return vscode.Uri.file(path.join(path.dirname(source.fsPath), `${base}.docx`));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, 'ke-hoach.docx') : undefined;
}
