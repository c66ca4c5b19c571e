// Values offered for `thoi_gian`: the plan's own years, halves, quarters and months, and the recurring forms.
import type { CompletionEntry } from '../language/completion';
import { t } from '../i18n/messages';
import type { ParsedPlan } from '../parse/parse-plan';
import type { Language, OffsetRange } from '../types';
import { contains, monthInterval, parseIso, quarterInterval, yearInterval } from './dates';
import { planDate, planPeriod } from './period';
import type { Interval } from './types';

const ROMAN = ['I', 'II', 'III', 'IV'];
export const RECURRING_TIMES = ['Thường xuyên', 'Hằng tháng', 'Hằng quý', 'Định kỳ 6 tháng'];

/** Time values within the plan period, coarse to fine; without a period, those of the plan's year. */
export function timeSuggestions(plan: ParsedPlan): string[] {
  const period: Interval | undefined =
    planPeriod(plan)?.interval ?? (planDate(plan) ? yearInterval(parseIso(planDate(plan)!).year) : undefined);
  if (!period) return [];
  const first = parseIso(period.start).year;
  const last = parseIso(period.end).year;
  const values: string[] = [];
  const add = (label: string, interval: Interval) => {
    if (contains(period, interval)) values.push(label);
  };
  for (let year = first; year <= last && year - first < 10; year++) add(`Năm ${year}`, yearInterval(year));
  if (last - first > 1) return values;
  for (let year = first; year <= last; year++) {
    add(`6 tháng đầu năm ${year}`, monthInterval(year, 1, 6));
    add(`6 tháng cuối năm ${year}`, monthInterval(year, 7, 12));
    for (let q = 1; q <= 4; q++) add(`Quý ${ROMAN[q - 1]}/${year}`, quarterInterval(year, q));
    for (let m = 1; m <= 12; m++) add(`Tháng ${m}/${year}`, monthInterval(year, m));
  }
  return values;
}

export function timeCompletions(plan: ParsedPlan, range: OffsetRange, lang: Language, pad: string): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  const push = (label: string, detail: string) =>
    entries.push({ label, kind: 'value', detail, insertText: pad + label, range, sortText: String(entries.length).padStart(3, '0') });
  for (const label of RECURRING_TIMES) push(label, t(lang, 'completion.timeRecurring'));
  for (const label of timeSuggestions(plan)) push(label, t(lang, 'completion.timeInPeriod'));
  return entries;
}
