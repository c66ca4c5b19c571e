// The appendix as a timeline: one lane per lead unit, each task placed over the plan period
// (a bar for a time span, ticks for a recurring task, a full bar for "Thường xuyên"), with the
// findings that fall inside each task. Renderer-neutral; export/src/timeline-svg.ts draws it.
import { isMap } from 'yaml';
import { findPair } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import { parseIso, isoDate, daysInMonth } from '../time/dates';
import { planPeriod } from '../time/period';
import { taskTimes } from '../time/task-time';
import type { Interval, IsoDate, RecurrenceUnit } from '../time/types';
import type { Finding, OffsetRange, Severity } from '../types';
import { unitKey } from '../units/normalize';

export type TimelineTaskKind = 'interval' | 'deadline' | 'recurrence' | 'continuous' | 'unknown';

export interface TimelineFinding {
  ruleId: string;
  severity: Severity;
  message: string;
}

export interface TimelineTask {
  /** STT, 1-based. */
  number: number;
  name: string;
  /** The thoi_gian text as written. */
  time?: string;
  kind: TimelineTaskKind;
  /** The bar (clipped to the axis); absent when the time cannot be placed. */
  interval?: Interval;
  /** Occurrences of a recurring task. */
  ticks: IsoDate[];
  /** A deadline's day (drawn as a mark at the end of its bar). */
  deadline?: IsoDate;
  findings: TimelineFinding[];
  source?: OffsetRange;
}

export interface TimelineLane {
  /** The lead unit as first written, or empty for tasks with no lead. */
  unit: string;
  tasks: TimelineTask[];
}

export interface TimelineModel {
  /** The axis: the plan period, else the span of the tasks; absent when nothing can be placed. */
  axis?: Interval;
  /** Where the axis came from. */
  axisSource: 'period' | 'tasks' | 'none';
  lanes: TimelineLane[];
  /** Number of tasks (all lanes). */
  taskCount: number;
}

const MAX_TICKS = 120;

export function buildTimeline(plan: ParsedPlan, findings: readonly Finding[] = []): TimelineModel {
  const times = taskTimes(plan);
  const period = planPeriod(plan)?.interval;
  const lanes = new Map<string, TimelineLane>();
  const tasks: TimelineTask[] = [];

  for (const time of times) {
    const task = time.task;
    const range = task.range;
    const lead = leadOf(task.node);
    const laneKey = lead ? unitKey(lead) || lead : '';
    let lane = lanes.get(laneKey);
    if (!lane) {
      lane = { unit: lead ?? '', tasks: [] };
      lanes.set(laneKey, lane);
    }
    const entry: TimelineTask = {
      number: task.number,
      name: task.name?.value.trim() ?? '',
      time: time.field?.value.trim() || undefined,
      kind: 'unknown',
      ticks: [],
      findings: findings
        .filter((finding) => finding.range.start >= range.start && finding.range.start < Math.max(range.end, range.start + 1))
        .map(({ ruleId, severity, message }) => ({ ruleId, severity, message })),
      source: range,
    };
    if (time.parse?.ok && time.interval) {
      const value = time.parse.value;
      entry.kind = value.kind;
      entry.interval = time.interval;
      if (value.kind === 'deadline') entry.deadline = value.date;
      if (value.kind === 'recurrence') entry.ticks = recurrenceTicks(time.interval, value.every, value.count ?? 1);
    }
    lane.tasks.push(entry);
    tasks.push(entry);
  }

  let axis = period;
  let axisSource: TimelineModel['axisSource'] = period ? 'period' : 'none';
  if (!axis) {
    const placed = tasks.filter((task) => task.interval).map((task) => task.interval!);
    if (placed.length > 0) {
      axis = {
        start: placed.reduce((min, interval) => (interval.start < min ? interval.start : min), placed[0].start),
        end: placed.reduce((max, interval) => (interval.end > max ? interval.end : max), placed[0].end),
      };
      axisSource = 'tasks';
    }
  }
  return { axis, axisSource, lanes: [...lanes.values()], taskCount: tasks.length };
}

function leadOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const value = findPair(node, 'chu_tri')?.value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string' && value.value.trim()) {
    return value.value.trim();
  }
  return undefined;
}

/** The first day of each occurrence: each month, quarter, half-year or year (split `count` times). */
export function recurrenceTicks(interval: Interval, every: RecurrenceUnit, count: number): IsoDate[] {
  const ticks: IsoDate[] = [];
  const end = interval.end;
  if (every === 'week') {
    for (let day = interval.start; day <= end && ticks.length < MAX_TICKS; day = addDays(day, 7)) ticks.push(day);
    return ticks;
  }
  const months = every === 'month' ? 1 : every === 'quarter' ? 3 : every === 'half-year' ? 6 : 12;
  const start = parseIso(interval.start);
  // Align to calendar periods: quarters begin in months 1, 4, 7, 10; halves in 1 and 7; years in 1.
  let year = start.year;
  let month = start.month - ((start.month - 1) % months);
  const parts = Math.max(1, Math.min(12, Math.floor(count)));
  while (ticks.length < MAX_TICKS) {
    const periodStart = isoDate(year, month, 1);
    if (periodStart > end) break;
    const next = addMonths(year, month, months);
    const periodEnd = dayBeforeIso(isoDate(next.year, next.month, 1));
    const days = dayCount(periodStart, periodEnd);
    for (let k = 0; k < parts; k++) {
      const day = addDays(periodStart, Math.floor((days * k) / parts));
      if (day >= interval.start && day <= end) ticks.push(day);
    }
    ({ year, month } = next);
  }
  if (ticks.length === 0) ticks.push(interval.start);
  return ticks;
}

function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function addDays(date: IsoDate, days: number): IsoDate {
  let { year, month, day } = parseIso(date);
  day += days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    ({ year, month } = addMonths(year, month, 1));
  }
  return isoDate(year, month, day);
}

function dayBeforeIso(date: IsoDate): IsoDate {
  const { year, month, day } = parseIso(date);
  if (day > 1) return isoDate(year, month, day - 1);
  const previous = addMonths(year, month, -1);
  return isoDate(previous.year, previous.month, daysInMonth(previous.year, previous.month));
}

/** Days from `start` to `end`, both included. */
export function dayCount(start: IsoDate, end: IsoDate): number {
  const a = parseIso(start);
  const b = parseIso(end);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000) + 1;
}
