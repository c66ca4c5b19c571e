import type { Interval, IsoDate } from './types';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseIso(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

export function monthInterval(year: number, from: number, to = from): Interval {
  return { start: isoDate(year, from, 1), end: isoDate(year, to, daysInMonth(year, to)) };
}

export function quarterInterval(year: number, from: number, to = from): Interval {
  return monthInterval(year, from * 3 - 2, to * 3);
}

export function yearInterval(from: number, to = from): Interval {
  return { start: isoDate(from, 1, 1), end: isoDate(to, 12, 31) };
}

/** The day before `date`. */
export function dayBefore(date: IsoDate): IsoDate {
  const { year, month, day } = parseIso(date);
  if (day > 1) return isoDate(year, month, day - 1);
  if (month > 1) return isoDate(year, month - 1, daysInMonth(year, month - 1));
  return isoDate(year - 1, 12, 31);
}

export function contains(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Number of days in an interval (both ends included). */
export function lengthInDays(interval: Interval): number {
  const toDays = (date: IsoDate) => {
    const { year, month, day } = parseIso(date);
    return Date.UTC(year, month - 1, day) / 86_400_000;
  };
  return toDays(interval.end) - toDays(interval.start) + 1;
}

/** "30/6/2026", the way plans write dates. */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = parseIso(date);
  return `${day}/${month}/${year}`;
}

export function formatInterval(interval: Interval): string {
  return interval.start === interval.end ? formatDate(interval.start) : `${formatDate(interval.start)} – ${formatDate(interval.end)}`;
}
