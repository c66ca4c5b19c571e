// Dates of citations ("15/7/2021", "ngày 15 tháng 7 năm 2021", "năm 2025") and of plans ("2026-01-09", "2026-01").

export type DateForm = 'short' | 'long' | 'year';

export interface DateValue {
  year: number;
  /** 1-12; absent for a year-only date. */
  month?: number;
  /** Absent for a month-only or year-only date. */
  day?: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Why a date cannot exist, or undefined when it can. */
export function dateProblem(date: DateValue): 'month' | 'day' | 'year' | undefined {
  if (date.year < 1945 || date.year > 2100) return 'year';
  if (date.month === undefined) return undefined;
  if (date.month < 1 || date.month > 12) return 'month';
  if (date.day === undefined) return undefined;
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month)) return 'day';
  return undefined;
}

/** Reads "YYYY-MM-DD" or "YYYY-MM". */
export function parseIsoDate(text: string | undefined): DateValue | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec((text ?? '').trim());
  if (!match) return undefined;
  const value: DateValue = { year: Number(match[1]), month: Number(match[2]) };
  if (match[3]) value.day = Number(match[3]);
  return value;
}

export function toIsoDate(date: DateValue): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

/**
 * Compares two dates as far as both are known: -1, 0 or 1, or 0 when one is less precise and
 * agrees with the other on what it gives (2026-01 vs 2026-01-20 → 0).
 */
export function compareDates(a: DateValue, b: DateValue): number {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day === b.day ? 0 : a.day < b.day ? -1 : 1;
}

/** True when the two dates are the same as far as the less precise one goes. */
export function sameDate(a: DateValue, b: DateValue): boolean {
  return compareDates(a, b) === 0;
}

export interface DateStyle {
  form: DateForm;
  /** Whether the day and month were written with a leading zero (short form). */
  padDay?: boolean;
  padMonth?: boolean;
}

/**
 * Writes a date the way citations write it. The default style is the one of the decree (Nghị định 30/2020/NĐ-CP):
 * day below 10 and months 1-2 padded with 0 ("02/9/2021", "20/01/2026").
 */
export function formatDate(date: DateValue, style: DateStyle = { form: 'short' }): string {
  // A year-only date part is the year's digits ("năm 2025": the part is "2025").
  if (style.form === 'year' || date.month === undefined || date.day === undefined) return String(date.year);
  const padDay = style.padDay ?? true;
  const padMonth = style.padMonth ?? date.month <= 2;
  const day = padDay ? String(date.day).padStart(2, '0') : String(date.day);
  const month = padMonth ? String(date.month).padStart(2, '0') : String(date.month);
  return style.form === 'long' ? `${day} tháng ${month} năm ${date.year}` : `${day}/${month}/${date.year}`;
}

/** "15/7/2021" for messages. */
export function displayDate(date: DateValue): string {
  return formatDate(date);
}
