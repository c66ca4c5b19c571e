// The task table of the appendix (domain.md §1: STT, Nhiệm vụ, Hình thức, Sản phẩm, Cơ quan chủ trì,
// Cơ quan phối hợp, Thời gian thực hiện, in any subset and order) → `phu_luc` and `nhiem_vu`.
// Tolerates what extraction does to a table: split in two, header row repeated, HTML inside cells,
// details run into the task's name ("… - Nội dung: …", "… * Quy mô: …").
import { COLUMN_TITLES, DEFAULT_COLUMNS } from '../document/build';
import type { ColumnKey } from '../document/model';
import { t } from '../i18n/messages';
import type { Language } from '../types';
import type { Table } from './normalize';
import { cleanText, fold } from './patterns';
import type { SourceLocation, UnplacedText } from './types';
import type { DataMap, Value } from './yaml-writer';

/** The column a header cell names, if any. */
export function columnKey(header: string): ColumnKey | undefined {
  const text = fold(header.replace(/\n/g, ' '));
  if (/^(SỐ )?(STT|TT)\.?$|^SỐ THỨ TỰ$/.test(text)) return 'stt';
  if (/CHỦ TRÌ|ĐƠN VỊ THỰC HIỆN|CƠ QUAN THỰC HIỆN|ĐƠN VỊ THỰC HIỆN|CHỦ TRÌ THỰC HIỆN/.test(text)) return 'chu_tri';
  if (/PHỐI HỢP/.test(text)) return 'phoi_hop';
  if (/THỜI GIAN|THỜI HẠN|TIẾN ĐỘ/.test(text)) return 'thoi_gian';
  if (/SẢN PHẨM|KẾT QUẢ/.test(text)) return 'san_pham';
  if (/HÌNH THỨC/.test(text) && !/NHIỆM VỤ|NỘI DUNG/.test(text)) return 'hinh_thuc';
  if (/NHIỆM VỤ|NỘI DUNG|HOẠT ĐỘNG|CÔNG VIỆC/.test(text)) return 'ten';
  return undefined;
}

/** A header row: it names the task column and at least two more known columns. */
export function isTaskHeader(row: readonly string[]): boolean {
  const keys = row.map(columnKey);
  return keys.includes('ten') && keys.filter((key) => key !== undefined).length >= 3;
}

export function isTaskTable(table: Table): boolean {
  return table.rows.slice(0, 2).some(isTaskHeader);
}

export interface ParsedAppendix {
  /** `cot` and `tieu_de_cot` when they differ from the defaults. */
  info: DataMap;
  tasks: DataMap[];
  /** Comments before tasks, by task index, and where those rows are. */
  comments: Map<number, string[]>;
  places: Map<number, SourceLocation | undefined>;
  unplaced: UnplacedText[];
}

/** Reads the task tables (the first has the header row; later ones continue it). */
export function parseTaskTables(tables: readonly Table[], lang: Language): ParsedAppendix {
  const out: ParsedAppendix = { info: {}, tasks: [], comments: new Map(), places: new Map(), unplaced: [] };
  const first = tables[0];
  const headerIndex = first.rows.findIndex(isTaskHeader);
  const header = first.rows[headerIndex];
  // A column the format has no field for (or a second column of the same kind) is kept as text.
  const keys = header.map((cell, index, all) => {
    const key = columnKey(cell);
    return key && all.findIndex((other) => columnKey(other) === key) === index ? key : undefined;
  });
  header.forEach((cell, index) => {
    if (!keys[index] && cell.trim() !== '') out.unplaced.push({ text: t(lang, 'import.unknownColumnHeading', { column: cleanText(cell.replace(/\n/g, ' ')) }), at: at(first, headerIndex) });
  });
  const headerKey = header.map(fold).join('|');

  const cot = keys.filter((key): key is ColumnKey => key !== undefined && key !== 'stt');
  const unique = [...new Set(cot)];
  if (unique.join(',') !== DEFAULT_COLUMNS.join(',')) out.info.cot = unique;
  const titles: DataMap = {};
  header.forEach((cell, index) => {
    const key = keys[index];
    if (!key) return;
    const title = cleanText(cell.replace(/\n/g, ' '));
    if (fold(title) !== fold(COLUMN_TITLES[key])) titles[key] = title;
  });
  if (Object.keys(titles).length > 0) out.info.tieu_de_cot = titles;

  const numbers: string[] = [];
  let previous: number | undefined;
  let place: SourceLocation | undefined;
  const comment = (index: number, text: string) => {
    out.comments.set(index, [...(out.comments.get(index) ?? []), text]);
    out.places.set(index, place);
  };

  tables.forEach((table, tableIndex) => {
    table.rows.forEach((row, rowIndex) => {
      if (tableIndex === 0 && rowIndex <= headerIndex) {
        if (rowIndex < headerIndex && row.some((cell) => cell !== '')) out.unplaced.push(rowText(row, rowIndex, table, lang));
        return;
      }
      if (row.every((cell) => cell === '')) return;
      // The header row repeated (a table split across pages, or in two).
      if (row.map(fold).join('|') === headerKey) return;
      place = at(table, rowIndex);
      const cells = keys.map((_, index) => row[index] ?? '');
      const extra = row.slice(keys.length).filter((cell) => cell !== '');
      const sttIndex = keys.indexOf('stt');
      const stt = sttIndex >= 0 ? cells[sttIndex].trim() : '';
      const tenIndex = keys.indexOf('ten');
      const filled = cells.filter((cell, index) => cell !== '' && index !== sttIndex).length;
      // A group row ("I", "A", "Nhóm nhiệm vụ …" spanning the row): not a task.
      if ((stt !== '' && !/^\d+\.?$/.test(stt) && filled <= 1) || (tenIndex >= 0 && cells[tenIndex] === '' && filled <= 1)) {
        out.unplaced.push(rowText(row, rowIndex, table, lang));
        return;
      }
      const task: DataMap = {};
      const taskIndex = out.tasks.length;
      keys.forEach((key, index) => {
        if (!key || key === 'stt') return;
        Object.assign(task, cellValue(key, cells[index]));
      });
      if (task.ten === undefined) task.ten = '';
      // Unknown columns ("Kinh phí", "Ghi chú"): their text is kept, but has no field.
      keys.forEach((key, index) => {
        if (key || cells[index] === '') return;
        out.unplaced.push({ text: t(lang, 'import.unknownColumn', { number: taskIndex + 1, column: cleanText(header[index] ?? ''), text: cells[index].replace(/\n/g, ' ') }), at: at(table, rowIndex) });
      });
      for (const cell of extra) {
        out.unplaced.push({ text: t(lang, 'import.unknownColumn', { number: taskIndex + 1, column: '', text: cell.replace(/\n/g, ' ') }), at: at(table, rowIndex) });
      }
      const number = /^\d+/.exec(stt);
      // The number is generated; anything else written in the STT cell ("1a", "I.2") is kept as text.
      if (stt !== '' && !/^\d+\.?$/.test(stt)) {
        out.unplaced.push({ text: t(lang, 'import.unknownColumn', { number: taskIndex + 1, column: cleanText(header[sttIndex]), text: stt }), at: place });
      }
      if (!number) {
        if (sttIndex >= 0) comment(taskIndex, t(lang, 'import.numberMissing'));
      } else {
        const value = Number(number[0]);
        numbers.push(String(value));
        const expected = previous === undefined ? 1 : previous + 1;
        if (value !== expected) {
          comment(taskIndex, t(lang, 'import.numberGap', { previous: previous ?? 0, number: value, sequence: numbers.join(', '), generated: taskIndex + 1 }));
        }
        previous = value;
      }
      out.tasks.push(task);
    });
  });
  return out;
}

function at(table: Table, rowIndex: number): SourceLocation {
  return table.rowAt?.[rowIndex] ?? { ...table.at, row: rowIndex + 1 };
}

function rowText(row: readonly string[], rowIndex: number, table: Table, lang: Language): UnplacedText {
  return { text: t(lang, 'import.tableRow', { row: rowIndex + 1, text: row.filter((cell) => cell !== '').map((cell) => cell.replace(/\n/g, ' ')).join(' | ') }), at: at(table, rowIndex) };
}

/** The fields a cell gives a task: lines joined; several partners make a list; the task cell splits into name and details. */
function cellValue(key: ColumnKey, cell: string): DataMap {
  const lines = cellLines(cell);
  if (key === 'ten') {
    const expanded = lines.flatMap(splitRunInDetails);
    const firstDetail = expanded.findIndex((line, index) => index > 0 && line.detail);
    const nameLines = (firstDetail < 0 ? expanded : expanded.slice(0, firstDetail)).map((line) => line.text);
    const details = firstDetail < 0 ? [] : expanded.slice(firstDetail).map((line) => line.text);
    const out: DataMap = { ten: nameLines.join('\n') };
    if (details.length > 0) out.chi_tiet = details;
    return out;
  }
  if (key === 'phoi_hop' && lines.length > 1) return { phoi_hop: lines as Value[] };
  return { [key]: lines.join('\n') };
}

/** A cell's lines; a cell holding HTML ("<p>…</p> <p>- …</p>", "<br>") is read as its paragraphs. */
export function cellLines(cell: string): string[] {
  let text = cell;
  if (/<\/?(p|br|div|li|ul|ol|span|strong|em|b|i|u)(\s[^>]*)?\/?>/i.test(text)) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li)>/gi, '\n')
      .replace(/<(p|div|li|ul|ol)(\s[^>]*)?>/gi, '\n')
      .replace(/<\/?(em|i)>/gi, '*')
      .replace(/<[^>]*>/g, '');
    text = decodeEntities(text);
  }
  return text.split('\n').map(cleanText).filter((line) => line !== '');
}

const DETAIL_MARKER = /^[-–+*•]\s*/u;

/**
 * "Tên nhiệm vụ - Nội dung: …" and "Tên * Quy mô: 02 cuộc * Đối tượng: …" (a cell whose line breaks were
 * lost): a marker followed by a short label and ":" starts a detail line.
 */
function splitRunInDetails(line: string): { text: string; detail: boolean }[] {
  const parts = line.split(/\s+[-–*•+]\s+(?=\p{Lu}[^:]{0,60}:\s)/u);
  return parts.map((part, index) => {
    const detail = index > 0 || DETAIL_MARKER.test(part);
    return { text: detail ? part.replace(DETAIL_MARKER, '') : part, detail };
  });
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[body.toLowerCase()] ?? whole;
  });
}
