// The period a plan covers (from `ky`, else from the trích yếu) and the plan's own date (`ngay`).
import type { TextField } from '../model/plan-model';
import type { ParsedPlan } from '../parse/parse-plan';
import { isoDate, parseIso } from './dates';
import { parseTime } from './parse-time';
import type { Interval, IsoDate } from './types';

export interface PlanPeriod {
  interval: Interval;
  source: 'ky' | 'trich_yeu';
  field: TextField;
  /** The expression as written ("6 tháng cuối năm 2025") and its indices in the field's value. */
  text: string;
  start: number;
  end: number;
  /** The year of the period when it lies within one calendar year (used for "Quý IV" without a year). */
  year?: number;
}

// Period expressions inside a subject line; the last one wins ("... giai đoạn 2021 - 2030 năm 2026").
const PERIOD_IN_TEXT = new RegExp(
  [
    String.raw`(?:\d+|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm\s+\d{4}`,
    String.raw`giai\s+đoạn\s+\d{4}\s*[-–—]\s*\d{4}`,
    String.raw`quý\s+[ivx\d]+(?:\s*(?:,|-|–|và)\s*(?:quý\s+)?[ivx\d]+)*\s*(?:\/|năm)\s*\d{4}`,
    String.raw`năm\s+\d{4}(?:\s*[-–—]\s*\d{4})?`,
    String.raw`\d{4}\s*[-–—]\s*\d{4}`,
  ].join('|'),
  'gu',
);

/** The last period expression in a text, with its interval; "đến năm 2030" (an horizon) is not a period. */
export function findPeriodIn(text: string): { start: number; end: number; text: string; interval: Interval } | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  let found: { start: number; end: number; text: string; interval: Interval } | undefined;
  for (const match of lower.matchAll(PERIOD_IN_TEXT)) {
    const start = match.index ?? 0;
    if (/(?:đến|tới|từ|sau|trước|định hướng)\s+$/.test(lower.slice(Math.max(0, start - 20), start))) continue;
    const parsed = parseTime(match[0]);
    if (!parsed.ok || parsed.value.kind !== 'interval') continue;
    found = { start, end: start + match[0].length, text: text.slice(start, start + match[0].length), interval: parsed.value.interval };
  }
  return found;
}

function textAt(plan: ParsedPlan, ...path: string[]): TextField | undefined {
  return plan.model.texts.find((field) => field.path.length === path.length && field.path[0] === path[0] && field.path.every((key, i) => key === path[i]));
}

const periods = new WeakMap<ParsedPlan, PlanPeriod | null>();

export function planPeriod(plan: ParsedPlan): PlanPeriod | undefined {
  if (periods.has(plan)) return periods.get(plan) ?? undefined;
  const period = computePeriod(plan);
  periods.set(plan, period ?? null);
  return period;
}

function computePeriod(plan: ParsedPlan): PlanPeriod | undefined {
  const withYear = (period: Omit<PlanPeriod, 'year'>): PlanPeriod => {
    const from = parseIso(period.interval.start).year;
    return { ...period, year: from === parseIso(period.interval.end).year ? from : undefined };
  };
  const ky = textAt(plan, 'ky');
  if (ky && ky.value.trim()) {
    const parsed = parseTime(ky.value);
    if (parsed.ok && parsed.value.kind === 'interval') {
      return withYear({ interval: parsed.value.interval, source: 'ky', field: ky, text: ky.value.trim(), start: 0, end: ky.value.length });
    }
    const inside = findPeriodIn(ky.value);
    if (inside) return withYear({ ...inside, source: 'ky', field: ky });
  }
  for (const field of [textAt(plan, 'trich_yeu'), textAt(plan, 'quyet_dinh', 'trich_yeu')]) {
    if (!field) continue;
    const found = findPeriodIn(field.value);
    if (found) return withYear({ ...found, source: 'trich_yeu', field });
  }
  return undefined;
}

/** Where the period should be read from, for a diagnostic when it cannot be: `ky`, else the trích yếu. */
export function periodSourceField(plan: ParsedPlan): TextField | undefined {
  const ky = textAt(plan, 'ky');
  if (ky) return ky;
  return textAt(plan, 'trich_yeu') ?? textAt(plan, 'quyet_dinh', 'trich_yeu');
}

/**
 * The plan's date: `ngay` ("2026-01-09", or "2026-01" for a draft: the first of the month).
 * Undefined when `ngay` is absent or malformed.
 */
export function planDate(plan: ParsedPlan): IsoDate | undefined {
  const ngay = textAt(plan, 'ngay')?.value.trim();
  const m = ngay ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(ngay) : null;
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return isoDate(Number(m[1]), month, m[3] ? Math.max(1, Math.min(31, Number(m[3]))) : 1);
}
