// mammoth's HTML (p, h1–h6, strong, em, br, table/tr/td/th, ul/ol/li, a, sup, img…) → the importer's
// blocks. mammoth writes a small, regular subset of HTML; this reads exactly that subset, tolerantly.
import type { ParagraphBlock, SourceBlock, TableBlock } from '../../core/src/import/types';
import { decodeEntities } from '../../core/src/import/appendix';

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

interface ListFrame {
  ordered: boolean;
}

interface TableFrame {
  rows: string[][];
  row?: string[];
  cell?: string[];
}

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|([^<]+)/g;
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

export function blocksFromHtml(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let paragraphNumber = 0;
  let bold = 0;
  let italic = 0;
  let runs: Run[] | undefined;
  const lists: ListFrame[] = [];
  const tables: TableFrame[] = [];

  const startParagraph = () => {
    runs = [];
  };
  const endParagraph = () => {
    if (!runs) return;
    const current = runs;
    runs = undefined;
    const lines = splitRuns(current);
    const table = tables[tables.length - 1];
    for (const line of lines) {
      const { text, allBold, allItalic } = paragraphText(line);
      if (text.trim() === '') continue;
      if (table) {
        if (!table.cell) table.cell = [];
        const marker = lists.length > 0 ? (lists[lists.length - 1].ordered ? '' : '- ') : '';
        table.cell.push(marker + text);
        continue;
      }
      paragraphNumber++;
      const block: ParagraphBlock = { kind: 'paragraph', text, at: { paragraph: paragraphNumber } };
      if (allBold) block.bold = true;
      if (allItalic) block.italic = true;
      if (lists.length > 0) block.list = { ordered: lists[lists.length - 1].ordered, level: lists.length - 1 };
      blocks.push(block);
    }
  };

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, selfClosing, text] = match;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      if (!runs) {
        // Text outside a paragraph (in a list item or a cell without <p>): it opens one.
        if (decoded.trim() === '') continue;
        startParagraph();
      }
      runs!.push({ text: decoded, bold: bold > 0, italic: italic > 0 });
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    const open = !closing;
    switch (tag) {
      case 'strong':
      case 'b':
        if (!selfClosing) bold = Math.max(0, bold + (open ? 1 : -1));
        break;
      case 'em':
      case 'i':
        if (!selfClosing) italic = Math.max(0, italic + (open ? 1 : -1));
        break;
      case 'br':
        if (!runs) startParagraph();
        runs!.push({ text: '\n', bold: false, italic: false });
        break;
      case 'ul':
      case 'ol':
        endParagraph();
        if (open) lists.push({ ordered: tag === 'ol' });
        else lists.pop();
        break;
      case 'table':
        endParagraph();
        if (open) {
          tables.push({ rows: [] });
        } else {
          const table = tables.pop();
          if (!table) break;
          closeRow(table);
          const parent = tables[tables.length - 1];
          if (parent) {
            // A table inside a cell: its text joins the cell's lines.
            if (!parent.cell) parent.cell = [];
            for (const row of table.rows) parent.cell.push(row.filter((cell) => cell !== '').join(' | '));
          } else if (table.rows.length > 0) {
            paragraphNumber++;
            const block: TableBlock = { kind: 'table', rows: table.rows, at: { paragraph: paragraphNumber } };
            blocks.push(block);
          }
        }
        break;
      case 'tr': {
        endParagraph();
        const table = tables[tables.length - 1];
        if (!table) break;
        closeRow(table);
        if (open) table.row = [];
        break;
      }
      case 'td':
      case 'th': {
        endParagraph();
        const table = tables[tables.length - 1];
        if (!table) break;
        if (!table.row) table.row = [];
        if (open) {
          closeCell(table);
          table.cell = [];
        } else {
          closeCell(table);
        }
        break;
      }
      default:
        if (PARAGRAPH_TAGS.has(tag)) {
          if (open) {
            endParagraph();
            startParagraph();
          } else {
            endParagraph();
          }
        }
    }
  }
  endParagraph();
  while (tables.length > 0) {
    const table = tables.shift()!;
    closeRow(table);
    if (table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows, at: { paragraph: ++paragraphNumber } });
  }
  return blocks;
}

function closeCell(table: TableFrame): void {
  if (table.cell === undefined) return;
  if (!table.row) table.row = [];
  table.row.push(table.cell.join('\n'));
  table.cell = undefined;
}

function closeRow(table: TableFrame): void {
  closeCell(table);
  if (table.row) table.rows.push(table.row);
  table.row = undefined;
}

/** Runs split at line breaks. */
function splitRuns(runs: Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1].push({ ...run, text: part });
    });
  }
  return lines;
}

/**
 * The text of a paragraph: italic runs inside it are marked `*…*` (the plan format's italics); a
 * paragraph all in italics (or all bold) is flagged instead.
 */
function paragraphText(runs: Run[]): { text: string; allBold: boolean; allItalic: boolean } {
  const visible = runs.filter((run) => run.text.trim() !== '');
  const allBold = visible.length > 0 && visible.every((run) => run.bold);
  const allItalic = visible.length > 0 && visible.every((run) => run.italic);
  if (allItalic) return { text: runs.map((run) => run.text).join(''), allBold, allItalic };
  let text = '';
  let open = false;
  let pendingSpace = '';
  for (const run of runs) {
    if (run.italic && run.text.trim() !== '') {
      const lead = /^\s*/.exec(run.text)![0];
      const trail = /\s*$/.exec(run.text)![0];
      const core = run.text.trim();
      if (!open) {
        text += pendingSpace + lead + '*';
        open = true;
      } else {
        text += pendingSpace + lead;
      }
      pendingSpace = '';
      text += core;
      pendingSpace = trail;
      continue;
    }
    if (open && run.italic) {
      // White space inside an italic stretch.
      pendingSpace += run.text;
      continue;
    }
    if (open) {
      text += '*';
      open = false;
    }
    text += pendingSpace + run.text;
    pendingSpace = '';
  }
  if (open) text += '*';
  text += pendingSpace;
  return { text, allBold, allItalic };
}
