// A summary of the task appendix: tasks per lead unit and per quarter (shown as a code lens and on hover).
import { isScalar } from 'yaml';
import { t } from '../i18n/messages';
import { findPair, nodeRange } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import type { Language, OffsetRange } from '../types';
import { planUnits } from '../units/analysis';
import { surfaceOf } from '../units/normalize';
import { overlaps, parseIso, quarterInterval, yearInterval } from './dates';
import { planPeriod } from './period';
import { taskTimes } from './task-time';
import type { Interval } from './types';

export interface SummaryRow {
  label: string;
  count: number;
}

export interface TaskSummary {
  total: number;
  byLead: SummaryRow[];
  byPeriod: SummaryRow[];
  /** Tasks without one clear lead (none, vague). */
  noLead: number;
  /** Tasks whose time cannot be placed. */
  noTime: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function buckets(period: Interval, lang: Language): { label: string; interval: Interval }[] {
  const first = parseIso(period.start).year;
  const last = parseIso(period.end).year;
  const list: { label: string; interval: Interval }[] = [];
  if (last - first > 1) {
    for (let year = first; year <= last && year - first < 10; year++) list.push({ label: t(lang, 'summary.year', { year }), interval: yearInterval(year) });
    return list;
  }
  for (let year = first; year <= last; year++) {
    for (let q = 1; q <= 4; q++) {
      const interval = quarterInterval(year, q);
      if (overlaps(interval, period)) list.push({ label: t(lang, 'summary.quarter', { quarter: lang === 'vi' ? ROMAN[q - 1] : q, year }), interval });
    }
  }
  return list;
}

export function taskSummary(plan: ParsedPlan, lang: Language): TaskSummary {
  const units = planUnits(plan);
  const leads = new Map<string, number>();
  let noLead = 0;
  for (const task of plan.model.tasks) {
    const cell = units.cells.find((candidate) => candidate.role === 'lead' && candidate.task === task);
    if (!cell || cell.vague || cell.refs.length === 0) {
      noLead++;
      continue;
    }
    for (const ref of cell.refs) {
      const current = ref.entry ? units.registry.current(ref.entry) : undefined;
      const name = current?.name ?? surfaceOf(ref.surface);
      leads.set(name, (leads.get(name) ?? 0) + 1);
    }
  }
  const byLead = [...leads.entries()].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));

  const period = planPeriod(plan)?.interval;
  const times = taskTimes(plan);
  const byPeriod = period ? buckets(period, lang).map(({ label, interval }) => ({ label, count: times.filter((time) => time.interval && overlaps(time.interval, interval)).length })) : [];
  const noTime = times.filter((time) => !time.interval).length;
  return { total: plan.model.tasks.length, byLead, byPeriod, noLead, noTime };
}

export function taskSummaryMarkdown(plan: ParsedPlan, lang: Language): string | undefined {
  if (plan.model.tasks.length === 0) return undefined;
  const summary = taskSummary(plan, lang);
  const table = (head: string, rows: SummaryRow[], extra: SummaryRow | undefined) => {
    const all = extra && extra.count > 0 ? [...rows, extra] : rows;
    if (all.length === 0) return [];
    return ['', `| ${head} | ${t(lang, 'summary.countColumn')} |`, '|---|---:|', ...all.map((row) => `| ${row.label.replace(/\|/g, '\\|')} | ${row.count} |`)];
  };
  return [
    `**${t(lang, 'summary.title')}**: ${t(lang, 'summary.tasks', { count: summary.total })}`,
    ...table(t(lang, 'summary.byLead'), summary.byLead, { label: t(lang, 'summary.noLead'), count: summary.noLead }),
    ...table(t(lang, 'summary.byQuarter'), summary.byPeriod, { label: t(lang, 'summary.noTime'), count: summary.noTime }),
  ].join('\n');
}

export interface SummaryLens {
  range: OffsetRange;
  title: string;
}

/** Lenses on the `nhiem_vu` key: tasks per lead unit, and tasks per quarter. */
export function taskSummaryLenses(plan: ParsedPlan, lang: Language): SummaryLens[] {
  const root = plan.model.root;
  const pair = root ? findPair(root, 'nhiem_vu') : undefined;
  if (!pair || !isScalar(pair.key) || plan.model.tasks.length === 0) return [];
  const range = nodeRange(pair.key);
  const summary = taskSummary(plan, lang);
  const list = (rows: SummaryRow[], extra: SummaryRow) =>
    [...rows, ...(extra.count ? [extra] : [])].map((row) => `${row.label}: ${row.count}`).join(' · ');
  const lenses = [{ range, title: `${t(lang, 'summary.tasks', { count: summary.total })} · ${list(summary.byLead, { label: t(lang, 'summary.noLead'), count: summary.noLead })}` }];
  const periods = list(summary.byPeriod, { label: t(lang, 'summary.noTime'), count: summary.noTime });
  if (periods) lenses.push({ range, title: periods });
  return lenses;
}
