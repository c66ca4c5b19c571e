// Blocks → clean lines and tables, undoing the artefacts of text extracted from Word or PDF
// (shared seeds): tab-separated rows become tables, "**bold**" markers are removed (a run-in bold
// heading is split off), hard-wrapped lines are joined again, and a line wrapped in "*…*" is italic.
import {
  appendixHeading, cleanText, dashItem, docTypeLine, isUpperText, letterItem, numbered, plusItem, romanHeading, startsLower,
} from './patterns';
import type { SourceBlock, SourceLocation } from './types';

export interface Line {
  kind: 'line';
  text: string;
  bold: boolean;
  italic: boolean;
  list?: { ordered: boolean; level: number };
  at?: SourceLocation;
}

export interface Table {
  kind: 'table';
  rows: string[][];
  at?: SourceLocation;
  /** Where each row is (rows of a text file are lines of their own). */
  rowAt?: (SourceLocation | undefined)[];
}

export type Item = Line | Table;

export function normalizeBlocks(blocks: readonly SourceBlock[]): Item[] {
  const items: Item[] = [];
  let rows: { cells: string[]; at?: SourceLocation }[] = [];
  const flushRows = () => {
    if (rows.length > 0) items.push({ kind: 'table', rows: rows.map((row) => row.cells), at: rows[0].at, rowAt: rows.map((row) => row.at) });
    rows = [];
  };

  for (const block of blocks) {
    if (block.kind === 'table') {
      flushRows();
      const cleaned = block.rows.map((row) => row.map(cleanCell));
      if (cleaned.some((row) => row.some((cell) => cell !== ''))) items.push({ kind: 'table', rows: cleaned, at: block.at });
      continue;
    }
    for (const piece of block.text.split(/\r\n|\r|\n/)) {
      if (piece.includes('\t') && piece.split('\t').filter((cell) => cell.trim() !== '').length >= 2) {
        rows.push({ cells: piece.split('\t').map(cleanCell), at: block.at });
        continue;
      }
      const text = cleanText(piece.replace(/\t/g, ' '));
      if (text === '') continue;
      flushRows();
      for (const part of splitBoldMarkers(text)) {
        items.push({ kind: 'line', text: part.text, bold: Boolean(block.bold) || part.bold, italic: Boolean(block.italic), list: block.list, at: block.at });
      }
    }
  }
  flushRows();
  return markItalicLines(joinWrappedLines(items));
}

/** A table cell: white space cleaned on each of its lines, empty lines dropped. */
function cleanCell(cell: string): string {
  return cell.split(/\r\n|\r|\n/).map(cleanText).filter((line) => line !== '').join('\n');
}

/**
 * "**" markers of bold text. "KẾ HOẠCH**Tuyên truyền …**" and "I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**" are two
 * lines run together (a heading followed by a bold one): they are split. A marker left open at the start
 * or the end of a line ("**TM. ỦY BAN NHÂN DÂN") means the line is bold. Bold inside a sentence has no
 * place in a plan's text: the markers are dropped and the words kept.
 */
export function splitBoldMarkers(text: string): { text: string; bold: boolean }[] {
  if (!text.includes('**')) return [{ text, bold: false }];
  const parts = text.split('**');
  const stripped = cleanText(parts.join(''));
  if (parts.length % 2 === 0) return [{ text: stripped, bold: text.startsWith('**') || text.endsWith('**') }];
  const segments = parts
    .map((part, index) => ({ text: cleanText(part), bold: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
  if (segments.length === 0) return [];
  if (segments.length === 1) return segments;
  if (segments.every((segment) => segment.bold)) return segments;
  if (!segments[0].bold && segments[1].bold && isHeadingLike(segments[0].text)) {
    // The heading, then the bold line (with whatever follows it on the same line).
    const rest = segments.slice(1);
    return [segments[0], { text: cleanText(parts.slice(1).join('')), bold: rest.every((segment) => segment.bold) }];
  }
  return [{ text: stripped, bold: false }];
}

function isHeadingLike(text: string): boolean {
  return Boolean(docTypeLine(text) || appendixHeading(text) || romanHeading(text) || isUpperText(text) || (numbered(text) && text.length <= 80));
}

function startsWithMarker(text: string): boolean {
  return Boolean(letterItem(text) || numbered(text) || dashItem(text) !== undefined || plusItem(text) !== undefined || romanHeading(text));
}

/**
 * Joins a paragraph broken by a page or a line break in the extracted text: the next line starts in
 * lower case (and is not "a) …"), or continues after a comma with an abbreviation ("HĐND"), or a number
 * continues words ("giai đoạn" / "2021 - 2030").
 */
function joinWrappedLines(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const previous = out[out.length - 1];
    if (item.kind === 'line' && previous?.kind === 'line' && continues(previous, item)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${item.text}` };
      continue;
    }
    out.push(item);
  }
  return out;
}

function continues(previous: Line, next: Line): boolean {
  if (previous.bold !== next.bold || previous.list || next.list) return false;
  if (startsWithMarker(next.text)) return false;
  const prev = previous.text;
  if (startsLower(next.text)) return !/[.!?]$/.test(prev);
  if (/,$/.test(prev) && /^\p{Lu}{2,}(?![\p{Ll}])/u.test(next.text) && !isUpperText(next.text)) return true;
  if (/\p{L}$/u.test(prev) && /^\d/.test(next.text) && !isUpperText(prev) && !/^\d+\s?[.)]/.test(next.text)) return true;
  return false;
}

/** "*(Kèm theo …)*": a whole line in italics (single "*" markers around it, none inside). */
function markItalicLines(items: Item[]): Item[] {
  return items.map((item) => {
    if (item.kind !== 'line') return item;
    const match = /^\*([^*\s](?:[^*]*[^*\s])?)\*$/su.exec(item.text);
    return match ? { ...item, text: match[1], italic: true } : item;
  });
}
