// "Kế hoạch: Open Preview": a webview beside the editor showing the plan as the issued document (the
// same document model as the Word export, rendered as HTML) and the appendix timeline. Updated as the
// user types, scrolled to the block under the cursor; a click in the preview moves the cursor there.
// The page has a strict Content-Security-Policy (nonce'd script and style only, nothing remote).
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildDocument, buildTimeline } from '../../core/src/document';
import { parsePlan } from '../../core/src/parse/parse-plan';
import type { Finding, Severity } from '../../core/src/types';
import { renderPreviewContent, renderPreviewPage } from '../../export/src/html';
import { renderTimelineSvg } from '../../export/src/timeline-svg';
import { uiLanguage } from './export';

/** What the tests can observe (command `kehoach.preview.state`). */
export interface PreviewState {
  open: boolean;
  uri?: string;
  /** Increases with every render of the content. */
  version: number;
  /** The last version the webview reported as shown (proves its script runs under the CSP). */
  renderedVersion: number;
  /** The content HTML of the last render. */
  html: string;
  /** The last scroll the webview performed: the source offset asked and the block's start. */
  scrolled?: { offset: number; start: number | null; text?: string };
  /** Milliseconds spent rendering the last version (parse + model + HTML + SVG). */
  renderMs: number;
}

const UPDATE_DELAY_MS = 150;
/** Larger files are not rendered on every keystroke (the linter refuses them too). */
const MAX_PREVIEW_CHARS = 2_000_000;

const ui = {
  vi: { title: (name: string) => `Xem trước: ${name}`, timeline: 'Tiến độ nhiệm vụ (phụ lục)', yamlErrors: 'Tệp còn lỗi cú pháp YAML: bản xem trước có thể thiếu nội dung.', tooLarge: 'Tệp quá lớn để xem trước.' },
  en: { title: (name: string) => `Preview: ${name}`, timeline: 'Task timeline (appendix)', yamlErrors: 'The file has YAML syntax errors: the preview may be incomplete.', tooLarge: 'The file is too large to preview.' },
} as const;

export class PlanPreview implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private version = 0;
  private renderedVersion = -1;
  private html = '';
  private renderMs = 0;
  private scrolled?: PreviewState['scrolled'];
  private updateTimer?: ReturnType<typeof setTimeout>;
  private readonly listeners: vscode.Disposable[] = [];

  /** Opens (or reveals) the preview for `uri` or the active plan; resolves to the state after the first render. */
  async open(uri?: vscode.Uri): Promise<PreviewState> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : activePlan();
    if (!document) {
      void vscode.window.showErrorMessage(uiLanguage() === 'vi' ? 'Hãy mở một tệp kế hoạch (*.plan.yaml) để xem trước.' : 'Open a plan file (*.plan.yaml) to preview it.');
      return this.state();
    }
    this.document = document;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = vscode.window.createWebviewPanel('kehoach.preview', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        enableForms: false,
        localResourceRoots: [],
      });
      this.listen(this.panel);
    }
    this.reload();
    return this.state();
  }

  state(): PreviewState {
    return {
      open: this.panel !== undefined,
      uri: this.document?.uri.toString(),
      version: this.version,
      renderedVersion: this.renderedVersion,
      html: this.html,
      scrolled: this.scrolled,
      renderMs: this.renderMs,
    };
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private listen(panel: vscode.WebviewPanel): void {
    this.listeners.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidChangeViewState(() => {
        // A hidden webview loses its page; show the current content again when it comes back.
        if (panel.visible) this.reload();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isPlan(editor.document) && editor.document !== this.document) {
          this.document = editor.document;
          this.update();
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.scrollTo(event.textEditor.document.offsetAt(event.selections[0].active));
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.document && event.uris.some((uri) => uri.toString() === this.document!.uri.toString())) this.scheduleUpdate();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('kehoach.language')) this.update();
      }),
    );
    panel.onDidDispose(() => {
      clearTimeout(this.updateTimer);
      for (const listener of this.listeners.splice(0)) listener.dispose();
      this.panel = undefined;
      this.renderedVersion = -1;
    });
  }

  private onMessage(message: unknown): void {
    if (!message || typeof message !== 'object') return;
    const m = message as { type?: string; version?: unknown; offset?: unknown; start?: unknown; text?: unknown };
    if ((m.type === 'ready' || m.type === 'rendered') && typeof m.version === 'number') {
      this.renderedVersion = Math.max(this.renderedVersion, m.version);
      if (m.type === 'ready') this.scrollToCursor();
    } else if (m.type === 'scrolled' && typeof m.offset === 'number') {
      this.scrolled = { offset: m.offset, start: typeof m.start === 'number' ? m.start : null, text: typeof m.text === 'string' ? m.text : undefined };
    } else if (m.type === 'reveal' && typeof m.offset === 'number' && this.document) {
      const position = this.document.positionAt(m.offset);
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
      if (editor) {
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    }
  }

  private scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => this.update(), UPDATE_DELAY_MS);
  }

  /** Replaces the content in place (the page keeps its scroll position). */
  private update(): void {
    if (!this.panel || !this.document) return;
    this.render();
    this.panel.title = ui[uiLanguage()].title(path.basename(this.document.uri.path));
    void this.panel.webview.postMessage({ type: 'update', version: this.version, html: this.html });
  }

  /** Loads the whole page again (first open, or the panel became visible). */
  private reload(): void {
    if (!this.panel || !this.document) return;
    this.render();
    this.panel.title = ui[uiLanguage()].title(path.basename(this.document.uri.path));
    this.panel.webview.html = renderPreviewPage({
      nonce: randomBytes(18).toString('base64'),
      title: this.panel.title,
      contentHtml: this.html,
      version: this.version,
    });
  }

  private render(): void {
    const document = this.document!;
    const started = Date.now();
    const lang = uiLanguage();
    const text = document.getText();
    if (text.length > MAX_PREVIEW_CHARS) {
      this.html = `<div class="notice">${ui[lang].tooLarge}</div>`;
      this.version++;
      this.renderMs = Date.now() - started;
      return;
    }
    const plan = parsePlan(text);
    const model = buildDocument(plan);
    const timeline = buildTimeline(plan, diagnosticsAsFindings(document));
    this.html = renderPreviewContent(model, {
      timelineSvg: renderTimelineSvg(timeline, { lang }),
      timelineHeading: ui[lang].timeline,
      notice: plan.yamlErrors.length > 0 ? ui[lang].yamlErrors : undefined,
    });
    this.version++;
    this.renderMs = Date.now() - started;
  }

  private scrollToCursor(): void {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    if (editor) this.scrollTo(editor.document.offsetAt(editor.selection.active));
  }

  private scrollTo(offset: number): void {
    void this.panel?.webview.postMessage({ type: 'scroll', offset });
  }
}

function isPlan(document: vscode.TextDocument): boolean {
  return document.languageId === 'kehoach' || /\.plan\.ya?ml$/i.test(document.uri.path);
}

function activePlan(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isPlan(document) ? document : undefined;
}

/** The Problems of the document (kehoach's), as core findings with offsets, to mark tasks in the timeline. */
function diagnosticsAsFindings(document: vscode.TextDocument): Finding[] {
  const severity: Record<vscode.DiagnosticSeverity, Severity> = {
    [vscode.DiagnosticSeverity.Error]: 'error',
    [vscode.DiagnosticSeverity.Warning]: 'warning',
    [vscode.DiagnosticSeverity.Information]: 'information',
    [vscode.DiagnosticSeverity.Hint]: 'hint',
  };
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((diagnostic) => diagnostic.source === 'kehoach')
    .map((diagnostic) => ({
      ruleId: typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? ''),
      severity: severity[diagnostic.severity],
      message: diagnostic.message,
      range: { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) },
    }));
}
