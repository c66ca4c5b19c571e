// Reads the time of a task as drafters write it (domain.md §4) into a typed value.
// Every recognizer is anchored: a text is either read completely or rejected with a reason.
import { daysInMonth, dayBefore, isoDate, monthInterval, quarterInterval, yearInterval } from './dates';
import type { Interval, RecurrenceUnit, TimeErrorReason, TimeParse, TimeValue } from './types';

export interface ParseTimeOptions {
  /** Year used when the text gives none ("Quý IV", "Hằng tháng"): the plan period's year, when it has one. */
  defaultYear?: number;
}

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

/** Lower case, one kind of dash, "hằng" = "hàng", single spaces, no final punctuation. */
export function canonicalTime(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/hằng/g, 'hàng')
    .replace(/quí/g, 'quý')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-+•*]\s*/, '')
    .replace(/[\s.;,:]+$/, '');
}

class Failure {
  constructor(readonly reason: TimeErrorReason, readonly detail?: string) {}
}

interface Context {
  defaultYear?: number;
  yearImplied: boolean;
}

function year(context: Context, written: string | undefined): number {
  if (written === undefined) {
    if (context.defaultYear === undefined) throw new Failure('missing-year');
    context.yearImplied = true;
    return context.defaultYear;
  }
  const value = Number(written);
  if (written.length !== 4 || value < MIN_YEAR || value > MAX_YEAR) throw new Failure('year-range', written);
  return value;
}

function month(written: string): number {
  const value = Number(written);
  if (!Number.isInteger(value) || value < 1 || value > 12) throw new Failure('month-range', written);
  return value;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

function quarter(written: string): number {
  const value = /^\d+$/.test(written) ? Number(written) : ROMAN[written];
  if (value === undefined || value < 1 || value > 4) throw new Failure('quarter-range', written.toUpperCase());
  return value;
}

function day(y: number, m: number, written: string): number {
  const value = Number(written);
  if (value < 1 || value > daysInMonth(y, m)) throw new Failure('impossible-date', `${written}/${m}/${y}`);
  return value;
}

const interval = (value: Interval, precision: Extract<TimeValue, { kind: 'interval' }>['precision']): TimeValue => ({
  kind: 'interval',
  interval: value,
  precision,
});

// Pieces of patterns.
const YEAR_AFTER = String.raw`(?:\s*\/\s*|\s+năm\s+)(\d+)`; // "/2026" or " năm 2026"
const LIST_SEP = String.raw`\s*(?:,|;|-|và|đến|tới|&|\+)\s*`;
const RANGE_SEP = String.raw`\s*(?:-|đến|tới)\s*`;
const DATE = String.raw`(\d+)\s*\/\s*(\d+)(?:\s*\/\s*(\d+))?|(\d+)\s+tháng\s+(\d+)(?:\s*,?\s*năm\s+(\d+))?`;
const IN_YEAR = String.raw`(?:\s*,?\s*(?:trong\s+|cả\s+|suốt\s+)?năm\s+(\d+))?`;
const UNIT_WORD: Record<string, RecurrenceUnit> = { tuần: 'week', tháng: 'month', quý: 'quarter', năm: 'year' };

function dateOf(context: Context, groups: (string | undefined)[]): string {
  const [d1, m1, y1, d2, m2, y2] = groups;
  const y = year(context, y1 ?? y2);
  const m = month((m1 ?? m2)!);
  return isoDate(y, m, day(y, m, (d1 ?? d2)!));
}

function monthsEvery(written: string): RecurrenceUnit {
  const n = written === 'sáu' ? 6 : Number(written);
  const unit = ({ 1: 'month', 3: 'quarter', 6: 'half-year', 12: 'year' } as Record<number, RecurrenceUnit>)[n];
  if (!unit) throw new Failure('unknown-form');
  return unit;
}

type Recognizer = (text: string, context: Context) => TimeValue | undefined;

const recognizers: Recognizer[] = [
  // Thường xuyên · Thường xuyên, liên tục · Cả năm · Thường xuyên trong năm 2026
  (text, context) => {
    const m = new RegExp(String.raw`^(?:thực hiện\s+)?(?:thường xuyên(?:\s*(?:,|và)?\s*liên tục)?|liên tục|cả năm|quanh năm|trong năm)${IN_YEAR}$`).exec(text);
    if (!m) return undefined;
    return { kind: 'continuous', within: m[1] === undefined ? undefined : yearInterval(year(context, m[1])) };
  },
  // Hàng tháng · Hằng quý · Định kỳ hằng tháng · Hàng quý, 06 tháng, năm · Hằng tháng năm 2026
  (text, context) => {
    const m = new RegExp(
      String.raw`^(?:định kỳ\s+)?(?:hàng|mỗi)\s+(tuần|tháng|quý|năm)(?:\s*,\s*(?:(?:\d+|sáu)\s+tháng|(?:\d+\s+)?năm|quý|tháng|tuần))*${IN_YEAR}$`,
    ).exec(text);
    if (!m) return undefined;
    return { kind: 'recurrence', every: UNIT_WORD[m[1]], within: m[2] === undefined ? undefined : yearInterval(year(context, m[2])) };
  },
  // Định kỳ 6 tháng · Định kỳ hàng quý (above) · Định kỳ quý · 6 tháng một lần
  (text, context) => {
    const m = new RegExp(
      String.raw`^(?:định kỳ\s+(?:(\d+|sáu)\s+tháng|(tuần|tháng|quý|năm))(?:\s*(?:một|1|01)\s+lần)?|(\d+|sáu)\s+tháng\s*(?:\/|một|1|01)\s*lần)${IN_YEAR}$`,
    ).exec(text);
    if (!m) return undefined;
    const every = m[2] ? UNIT_WORD[m[2]] : monthsEvery((m[1] ?? m[3])!);
    return { kind: 'recurrence', every, within: m[4] === undefined ? undefined : yearInterval(year(context, m[4])) };
  },
  // 02 cuộc/năm · 4 tin, bài/tháng · 2 lần trong năm 2026
  (text, context) => {
    const m = new RegExp(
      String.raw`^(\d+)\s*(?:lần|cuộc|đợt|kỳ|số|buổi|hội nghị|lớp|tin(?:\s*,\s*bài)?|bài|chuyên mục|phóng sự)?\s*(?:\/|trong\s+|mỗi\s+|một\s+)\s*(tuần|tháng|quý|năm)(?:\s+(\d+))?$`,
    ).exec(text);
    if (!m) return undefined;
    const count = Number(m[1]);
    if (count < 1) throw new Failure('unknown-form');
    return { kind: 'recurrence', every: UNIT_WORD[m[2]], count, within: m[3] === undefined ? undefined : yearInterval(year(context, m[3])) };
  },
  // 6 tháng đầu năm 2026 · 6 tháng cuối năm 2025 · 9 tháng đầu năm
  (text, context) => {
    const m = /^(?:trong\s+)?(\d+|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d+))?$/.exec(text);
    if (!m) return undefined;
    const n = m[1] === 'sáu' ? 6 : Number(m[1]);
    if (n < 1 || n > 12) throw new Failure('month-range', m[1]);
    const y = year(context, m[3]);
    const span = m[2] === 'đầu' ? monthInterval(y, 1, n) : monthInterval(y, 13 - n, 12);
    return interval(span, n === 6 ? 'half' : n === 3 ? 'quarter' : n === 12 ? 'year' : 'month');
  },
  // Năm 2026 · Cả năm 2026 · Trong năm 2026 · 2026
  (text, context) => {
    const m = /^(?:(?:cả|trong|suốt|trong cả)\s+)?năm\s+(\d+)$|^(\d{4})$/.exec(text);
    if (!m) return undefined;
    return interval(yearInterval(year(context, m[1] ?? m[2])), 'year');
  },
  // Giai đoạn 2026 - 2030 · Năm 2026 - 2027 · Từ năm 2026 đến năm 2027
  (text, context) => {
    const m = new RegExp(String.raw`^(?:giai đoạn\s+|từ năm\s+|các năm\s+|năm\s+)?(\d{4})${RANGE_SEP}(?:năm\s+)?(\d{4})$`).exec(text);
    if (!m) return undefined;
    const from = year(context, m[1]);
    const to = year(context, m[2]);
    if (from > to) throw new Failure('reversed');
    return interval(yearInterval(from, to), from === to ? 'year' : 'years');
  },
  // Quý I/2026 · Quý IV năm 2025 · Quý III, quý IV năm 2025 · Quý I,II/2026 · Từ quý I đến quý III/2026
  (text, context) => {
    const m = new RegExp(
      String.raw`^(?:từ\s+|trong\s+|các\s+)?(quý\s+[ivx\d]+(?:${LIST_SEP}(?:quý\s+)?[ivx\d]+)*)(?:(?:\s*\/\s*|\s+năm\s+|\s+)(\d+))?$`,
    ).exec(text);
    if (!m) return undefined;
    const parts = m[1].replace(/^quý\s+/, '').split(new RegExp(LIST_SEP)).map((part) => part.replace(/^quý\s+/, '').trim());
    const quarters = parts.map(quarter);
    const y = year(context, m[2]);
    if (/-|đến|tới/.test(m[1]) && quarters.some((q, i) => i > 0 && q < quarters[i - 1])) throw new Failure('reversed');
    return interval(quarterInterval(y, Math.min(...quarters), Math.max(...quarters)), 'quarter');
  },
  // Từ tháng 10/2025 đến tháng 3/2026 · Tháng 3/2026 - tháng 5/2026
  (text, context) => {
    const m = new RegExp(String.raw`^(?:từ\s+)?tháng\s+(\d+)${YEAR_AFTER}${RANGE_SEP}(?:hết\s+)?tháng\s+(\d+)(?:${YEAR_AFTER})?$`).exec(text);
    if (!m) return undefined;
    const fromYear = year(context, m[2]);
    const toYear = m[4] === undefined ? fromYear : year(context, m[4]);
    const start = monthInterval(fromYear, month(m[1])).start;
    const end = monthInterval(toYear, month(m[3])).end;
    if (start > end) throw new Failure('reversed');
    return interval({ start, end }, 'month');
  },
  // Tháng 11/2026 · Tháng 3 - 4/2026 · Từ tháng 5 đến tháng 12/2026 · Tháng 11 năm 2026
  (text, context) => {
    const m = new RegExp(String.raw`^(?:từ\s+|trong\s+|các\s+)?(tháng\s+\d+(?:${LIST_SEP}(?:hết\s+)?(?:tháng\s+)?\d+)*)(?:${YEAR_AFTER})?$`).exec(text);
    if (!m) return undefined;
    const months = m[1]
      .split(new RegExp(LIST_SEP))
      .map((part) => part.replace(/^(?:hết\s+)?(?:tháng\s+)?/, '').trim())
      .map(month);
    if (/-|đến|tới/.test(m[1]) && months.some((value, i) => i > 0 && value < months[i - 1])) throw new Failure('reversed');
    const y = year(context, m[2]);
    return interval(monthInterval(y, Math.min(...months), Math.max(...months)), 'month');
  },
  // 11/2026
  (text, context) => {
    const m = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(text);
    if (!m) return undefined;
    return interval(monthInterval(year(context, m[2]), month(m[1])), 'month');
  },
  // Trước ngày 30/6/2026 · Trước 15/12/2026 · Chậm nhất ngày 30 tháng 6 năm 2026 · Hoàn thành trước ngày 30/6
  (text, context) => {
    const m = new RegExp(
      String.raw`^(?:hoàn thành\s+|thực hiện\s+|xong\s+)?(?:trước|chậm nhất|hạn chót|hạn|không quá|muộn nhất)\s+(?:(?:là|vào)\s+)?(?:ngày\s+)?(?:${DATE})$`,
    ).exec(text);
    if (!m) return undefined;
    return { kind: 'deadline', date: dateOf(context, m.slice(1, 7)) };
  },
  // Trước tháng 6/2026 (by the end of May) · Chậm nhất tháng 6/2026 (by the end of June)
  (text, context) => {
    const m = new RegExp(String.raw`^(?:hoàn thành\s+)?(trước|chậm nhất|muộn nhất)\s+(?:(?:trong|vào)\s+)?tháng\s+(\d+)(?:${YEAR_AFTER})?$`).exec(text);
    if (!m) return undefined;
    const span = monthInterval(year(context, m[3]), month(m[2]));
    return { kind: 'deadline', date: m[1] === 'trước' ? dayBefore(span.start) : span.end };
  },
  // Từ ngày 01/3/2026 đến ngày 31/3/2026 · 15/3 - 20/3/2026
  (text, context) => {
    const m = new RegExp(String.raw`^(?:từ\s+)?(?:ngày\s+)?(?:${DATE})${RANGE_SEP}(?:ngày\s+)?(?:${DATE})$`).exec(text);
    if (!m) return undefined;
    const end = dateOf(context, m.slice(7, 13));
    const endYear = Number(end.slice(0, 4));
    const start = dateOf({ ...context, defaultYear: endYear }, m.slice(1, 7));
    if (start > end) throw new Failure('reversed');
    return interval({ start, end }, 'day');
  },
  // Ngày 15/3/2026 · 15/3/2026
  (text, context) => {
    const m = new RegExp(String.raw`^(?:(?:vào\s+)?ngày\s+(?:${DATE})|(\d+)\s*\/\s*(\d+)\s*\/\s*(\d+))$`).exec(text);
    if (!m) return undefined;
    const groups = m[7] !== undefined ? [m[7], m[8], m[9], undefined, undefined, undefined] : m.slice(1, 7);
    const date = dateOf(context, groups);
    return interval({ start: date, end: date }, 'day');
  },
];

function run(text: string, context: Context): TimeValue | undefined {
  for (const recognize of recognizers) {
    const value = recognize(text, context);
    if (value) return value;
  }
  return undefined;
}

/**
 * Reads a time expression. Accepts "hàng"/"hằng", any dash, any case, a final full stop, and a
 * trailing remark in parentheses ("Quý IV/2026 (trước ngày 15/12)"); anything else must be one of
 * the forms of domain.md §4.
 */
export function parseTime(text: string, options: ParseTimeOptions = {}): TimeParse {
  const canon = canonicalTime(text ?? '');
  if (!canon) return { ok: false, reason: 'empty' };
  const context: Context = { defaultYear: options.defaultYear, yearImplied: false };
  try {
    let value = run(canon, context);
    if (!value) {
      const withoutRemark = /^(.*\S)\s*\([^()]*\)$/.exec(canon)?.[1];
      if (withoutRemark) value = run(canonicalTime(withoutRemark), context);
    }
    if (!value) return { ok: false, reason: 'unknown-form' };
    return { ok: true, value, yearImplied: context.yearImplied };
  } catch (error) {
    if (error instanceof Failure) return { ok: false, reason: error.reason, detail: error.detail };
    throw error;
  }
}

/**
 * The days a time covers. A deadline covers the plan period up to that day; "Thường xuyên" and
 * recurrences cover the plan period (or the year they name). Undefined when that needs a period
 * and there is none.
 */
export function intervalOf(value: TimeValue, period?: Interval): Interval | undefined {
  switch (value.kind) {
    case 'interval':
      return value.interval;
    case 'deadline':
      if (!period) return { start: value.date, end: value.date };
      return { start: period.start < value.date ? period.start : value.date, end: value.date };
    case 'recurrence':
    case 'continuous':
      return value.within ?? period;
  }
}
