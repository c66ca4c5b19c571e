// Document model → HTML for the live preview. Every text from the plan goes through `escapeHtml`;
// the markup carries no inline style or script (the page's Content-Security-Policy forbids both),
// and each block records its source range (data-start, data-end) for the scroll sync.
import type { AppendixPart, Block, DocumentModel, HeaderModel, Run, TextPart } from '../../core/src/document';
import type { OffsetRange } from '../../core/src/types';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function sourceAttrs(source: OffsetRange | undefined): string {
  return source ? ` data-start="${source.start}" data-end="${source.end}"` : '';
}

/** The document as HTML: one `<section class="page">` per part. */
export function renderDocumentHtml(model: DocumentModel): string {
  return model.parts.map((part) => (part.kind === 'appendix' ? appendixHtml(part) : textPartHtml(part))).join('\n');
}

function headerHtml(header: HeaderModel): string {
  const left = [
    header.parentBody ? `<div class="parent">${escapeHtml(header.parentBody)}</div>` : '',
    ...header.bodyLines.map((line) => `<div class="body-name">${escapeHtml(line)}</div>`),
    '<div class="rule short"></div>',
    header.numberLine !== undefined ? `<div class="number">${escapeHtml(header.numberLine)}</div>` : '',
  ].join('');
  const right = [
    `<div class="nation">${escapeHtml(header.nation)}</div>`,
    `<div class="motto">${escapeHtml(header.motto)}</div>`,
    '<div class="rule motto-rule"></div>',
    header.dateLine !== undefined ? `<div class="date">${escapeHtml(header.dateLine)}</div>` : '',
  ].join('');
  return `<div class="doc-header"${sourceAttrs(header.source)}><div class="left">${left}</div><div class="right">${right}</div></div>`;
}

function blockHtml(block: Block): string {
  if (block.kind === 'heading') {
    return `<p class="h${block.level}"${sourceAttrs(block.source)}><strong>${escapeHtml(block.number)} ${runsHtml(block.runs)}</strong></p>`;
  }
  const marker = block.marker
    ? block.style === 'article' ? `<strong>${escapeHtml(block.marker)}</strong> ` : `${escapeHtml(block.marker)} `
    : '';
  return `<p class="${block.style}"${sourceAttrs(block.source)}>${marker}${runsHtml(block.runs)}</p>`;
}

function textPartHtml(part: TextPart): string {
  const title = part.title;
  const out: string[] = [`<section class="page ${part.kind}">`, headerHtml(part.header)];
  out.push(`<div class="title"${sourceAttrs(title.source)}>`);
  out.push(`<div class="doc-type">${escapeHtml(title.docType)}</div>`);
  out.push(`<div class="subject">${runsHtml(title.subject)}</div>`);
  if (title.attachedTo) out.push(`<div class="attached"><em>${escapeHtml(title.attachedTo)}</em></div>`);
  out.push('<div class="rule title-rule"></div>');
  if (title.authority) out.push(`<div class="authority">${escapeHtml(title.authority)}</div>`);
  out.push('</div>');
  for (const block of part.body) out.push(blockHtml(block));
  if (part.recipients || part.signer) {
    out.push('<div class="signature">');
    out.push(`<div class="recipients"${sourceAttrs(part.recipients?.source)}>`);
    if (part.recipients) {
      out.push(`<div class="recipients-heading"><strong><em>${escapeHtml(part.recipients.heading)}</em></strong></div>`);
      for (const line of part.recipients.lines) out.push(`<div class="recipient">${escapeHtml(line)}</div>`);
    }
    out.push('</div>');
    out.push(`<div class="signer"${sourceAttrs(part.signer?.source)}>`);
    if (part.signer) {
      for (const line of part.signer.authorityLines) out.push(`<div class="authority-line">${escapeHtml(line)}</div>`);
      out.push('<div class="sign-space"></div>');
      out.push(`<div class="signer-name">${escapeHtml(part.signer.name)}</div>`);
    }
    out.push('</div></div>');
  }
  out.push('</section>');
  return out.join('\n');
}

function appendixHtml(part: AppendixPart): string {
  const out: string[] = [`<section class="page appendix"${sourceAttrs(part.source)}>`];
  out.push(`<div class="appendix-heading">${escapeHtml(part.heading)}</div>`);
  if (part.title) out.push(`<div class="appendix-title">${escapeHtml(part.title)}</div>`);
  out.push(`<div class="attached"><em>${escapeHtml(part.attachedTo)}</em></div>`);
  out.push('<table class="tasks"><thead><tr>');
  for (const column of part.columns) out.push(`<th class="col-${column.key}">${escapeHtml(column.title)}</th>`);
  out.push('</tr></thead><tbody>');
  for (const row of part.rows) {
    out.push(`<tr data-task="${row.number}"${sourceAttrs(row.source)}>`);
    row.cells.forEach((cell, index) => {
      const lines = cell.lines.map((line) => `<div>${runsHtml(line)}</div>`).join('');
      out.push(`<td class="col-${part.columns[index].key}">${lines}</td>`);
    });
    out.push('</tr>');
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

/** The preview's style sheet (served with the page's nonce). */
export const PREVIEW_CSS = `
:root { color-scheme: light; }
body { margin: 0; padding: 16px; background: #e8e8e8; color: #000; }
.page { background: #fff; color: #000; font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif; font-size: 14pt;
  line-height: 1.3; max-width: 165mm; margin: 0 auto 16px; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.page.appendix { max-width: 257mm; padding: 20mm 15mm 20mm 20mm; }
.doc-header { display: grid; grid-template-columns: 37% 63%; text-align: center; }
.doc-header .parent, .doc-header .body-name, .doc-header .number { font-size: 13pt; }
.doc-header .body-name, .doc-header .nation, .doc-header .motto { font-weight: bold; }
.doc-header .nation { font-size: 12pt; }
.doc-header .motto { font-size: 14pt; }
.doc-header .number, .doc-header .date { margin-top: 6pt; white-space: pre-wrap; }
.doc-header .date { font-style: italic; }
.rule { border-top: 1px solid #000; margin: 2pt auto 0; height: 0; }
.rule.short { width: 40%; }
.rule.motto-rule { width: 60%; }
.title { text-align: center; margin-top: 18pt; font-weight: bold; }
.title .attached { font-weight: normal; white-space: pre-wrap; }
.rule.title-rule { width: 25%; }
.title .authority { margin-top: 6pt; }
p { margin: 6pt 0 0; text-align: justify; text-indent: 1.27cm; white-space: pre-wrap; }
p.basis { font-style: italic; }
p.centered-bold { text-align: center; text-indent: 0; font-weight: bold; }
.signature { display: grid; grid-template-columns: 45% 55%; margin-top: 12pt; }
.recipients-heading { font-size: 12pt; }
.recipient { font-size: 11pt; }
.signer { text-align: center; font-weight: bold; }
.sign-space { height: 5em; }
.appendix-heading, .appendix-title { text-align: center; font-weight: bold; }
.appendix .attached { text-align: center; white-space: pre-wrap; margin-bottom: 8pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 12pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.tasks th { text-align: center; }
table.tasks td.col-stt { text-align: center; }
.current { outline: 2px solid #1a73e8; outline-offset: 2px; background: #eef4ff; }
.timeline { background: #fff; max-width: 257mm; margin: 0 auto 16px; padding: 8mm; box-shadow: 0 1px 4px rgba(0,0,0,.25);
  font-family: system-ui, sans-serif; color: #000; }
.timeline h2 { font-size: 12pt; margin: 0 0 6pt; }
.timeline svg { width: 100%; height: auto; }
.timeline .empty { color: #555; font-style: italic; }
.notice { max-width: 165mm; margin: 0 auto 12px; padding: 6pt 10pt; background: #fff4e5; border: 1px solid #f0b46b; color: #5c3b00;
  font-family: system-ui, sans-serif; font-size: 10pt; }
`;

export interface PreviewPageOptions {
  /** A fresh random value per page load: only the page's own script and style run. */
  nonce: string;
  /** The page title (escaped here). */
  title: string;
  /** The initial content (already rendered and escaped): see `renderPreviewContent`. */
  contentHtml: string;
  /** The version of the initial content, reported back when the page is ready. */
  version: number;
}

/** The preview page: strict CSP (nothing remote, no inline code without the nonce). */
export function renderPreviewPage(options: PreviewPageOptions): string {
  const nonce = escapeHtml(options.nonce);
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    'img-src data:',
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body>
<main id="content" data-version="${Number(options.version) || 0}">${options.contentHtml}</main>
<script nonce="${nonce}">${PREVIEW_SCRIPT}</script>
</body>
</html>`;
}

export interface PreviewContentOptions {
  /** The timeline picture (SVG markup from renderTimelineSvg), shown under the document. */
  timelineSvg?: string;
  timelineHeading?: string;
  /** A message shown above the document (e.g. the plan cannot be read). */
  notice?: string;
}

/** What goes inside the page's <main>: an optional notice, the document, the timeline. */
export function renderPreviewContent(model: DocumentModel, options: PreviewContentOptions = {}): string {
  const out: string[] = [];
  if (options.notice) out.push(`<div class="notice">${escapeHtml(options.notice)}</div>`);
  out.push(renderDocumentHtml(model));
  if (options.timelineSvg) {
    out.push(`<section class="timeline"><h2>${escapeHtml(options.timelineHeading ?? 'Tiến độ')}</h2>${options.timelineSvg}</section>`);
  }
  return out.join('\n');
}

/**
 * The page's script: replaces the content on `update`, scrolls to the block of a source offset on
 * `scroll`, reports both back, and asks the editor to reveal a clicked block.
 */
const PREVIEW_SCRIPT = `
(function () {
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  const post = (message) => { if (vscode) vscode.postMessage(message); };
  const content = document.getElementById('content');
  let lastOffset;

  function blockAt(offset) {
    let best, bestSize = Infinity, before, beforeStart = -1;
    for (const el of content.querySelectorAll('[data-start]')) {
      const start = Number(el.dataset.start), end = Number(el.dataset.end);
      if (offset >= start && offset <= end && end - start < bestSize) { best = el; bestSize = end - start; }
      if (start <= offset && start > beforeStart) { before = el; beforeStart = start; }
    }
    return best || before;
  }

  function scrollTo(offset) {
    lastOffset = offset;
    const target = blockAt(offset);
    for (const el of content.querySelectorAll('.current')) el.classList.remove('current');
    if (!target) return post({ type: 'scrolled', offset, start: null });
    target.classList.add('current');
    target.scrollIntoView({ block: 'center', behavior: 'auto' });
    post({ type: 'scrolled', offset, start: Number(target.dataset.start), text: (target.textContent || '').slice(0, 200) });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') {
      content.innerHTML = message.html;
      if (typeof lastOffset === 'number') scrollTo(lastOffset);
      post({ type: 'rendered', version: message.version });
    } else if (message.type === 'scroll' && typeof message.offset === 'number') {
      scrollTo(message.offset);
    }
  });

  content.addEventListener('click', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[data-start]') : null;
    if (el) post({ type: 'reveal', offset: Number(el.dataset.start) });
  });

  post({ type: 'ready', version: Number(content.dataset.version) });
})();
`;
