// The time of each appendix task, read once per parsed plan.
import type { TaskModel, TextField } from '../model/plan-model';
import { isMap, isScalar, isSeq } from 'yaml';
import { scalarKey } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import { StringMemo } from '../util/memo';
import { intervalOf, parseTime } from './parse-time';
import { planPeriod } from './period';
import type { Interval, TimeParse } from './types';

export interface TaskTime {
  task: TaskModel;
  /** The thoi_gian string, when it is one and not blank. */
  field?: TextField;
  parse?: TimeParse;
  /** The days the task covers (needs the plan period for "Thường xuyên", recurrences and deadlines). */
  interval?: Interval;
}

const cache = new WeakMap<ParsedPlan, TaskTime[]>();

/**
 * The time of a task, kept with the task: a spliced model keeps the task objects of unchanged rows (an edited row
 * is a new task), so only the period can make it stale.
 */
const timeOfTask = new WeakMap<TaskModel, { period: string; time: TaskTime }>();

export function taskTimes(plan: ParsedPlan): TaskTime[] {
  const cached = cache.get(plan);
  if (cached) return cached;
  const period = planPeriod(plan);
  const periodKey = period ? `${period.year ?? ''}|${period.interval.start}|${period.interval.end}` : '';
  const times = plan.model.tasks.map((task): TaskTime => {
    // A task object is only kept by a splice, in a document without errors (so without repeated keys): its
    // thoi_gian field is the one found last time.
    const known = timeOfTask.get(task);
    if (known && known.period === periodKey) return known.time;
    const field = textField(plan, [...task.path, 'thoi_gian']);
    let time: TaskTime;
    if (!field || !field.value.trim()) {
      time = { task };
    } else {
      const parse = parsedTimes.get(`${period?.year ?? ''}|${field.value}`, (key) => parseTime(key.slice(key.indexOf('|') + 1), { defaultYear: period?.year }));
      const interval = parse.ok ? intervalOf(parse.value, period?.interval) : undefined;
      time = { task, field, parse, interval };
    }
    timeOfTask.set(task, { period: periodKey, time });
    return time;
  });
  cache.set(plan, times);
  return times;
}

/** Time expressions already read, by default year and text (kept across checks; never changed by callers). */
const parsedTimes = new StringMemo<TimeParse>();
const taskTextIndex = new WeakMap<ParsedPlan, Map<TaskModel, TextField[]>>();
const rootIndex = new WeakMap<ParsedPlan, Map<string, unknown[]>>();

/** The text field at `path` (the last one in document order, should a duplicate key repeat the path). */
export function textField(plan: ParsedPlan, path: readonly (string | number)[]): TextField | undefined {
  const root = plan.model.root;
  if (!root || path.length === 0 || typeof path[0] !== 'string') return undefined;
  // The values of each top-level key, in order (several only when a key is repeated).
  let index = rootIndex.get(plan);
  if (!index) {
    index = new Map();
    for (const pair of root.items) {
      const key = scalarKey(pair);
      if (key === undefined) continue;
      const values = index.get(key);
      if (values) values.push(pair.value);
      else index.set(key, [pair.value]);
    }
    rootIndex.set(plan, index);
  }
  let found: TextField | undefined;
  // Walks every branch the path may name, in document order.
  const walk = (node: unknown, depth: number): void => {
    if (depth === path.length) {
      found = textOfNode(plan, node) ?? found;
      return;
    }
    const segment = path[depth];
    if (isMap(node) && typeof segment === 'string') {
      for (const pair of node.items) if (scalarKey(pair) === segment) walk(pair.value, depth + 1);
    } else if (isSeq(node) && typeof segment === 'number') {
      if (segment >= 0 && segment < node.items.length) walk(node.items[segment], depth + 1);
    }
  };
  for (const value of index.get(path[0]) ?? []) walk(value, 1);
  return found;
}

/** The plan's text field of a scalar node: found by position (texts are in document order). */
function textOfNode(plan: ParsedPlan, node: unknown): TextField | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const texts = plan.model.texts;
  const start = node.range[0];
  let low = 0;
  let high = texts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = texts[mid].node.range?.[0] ?? 0;
    if (at < start) low = mid + 1;
    else if (at > start) high = mid - 1;
    else if (texts[mid].node === node) return texts[mid];
    else break;
  }
  // Not where its position says (odd ranges in a broken document): look through.
  return texts.find((field) => field.node === node);
}

/** The text fields inside an appendix task (its name, details, cells), in document order. */
export function taskTexts(plan: ParsedPlan, task: TaskModel): TextField[] {
  let index = taskTextIndex.get(plan);
  if (!index) {
    index = new Map();
    const byNumber = new Map(plan.model.tasks.map((candidate) => [candidate.path[1], candidate]));
    for (const field of plan.model.texts) {
      if (field.path[0] !== 'nhiem_vu') continue;
      const owner = byNumber.get(field.path[1]);
      if (!owner) continue;
      const list = index.get(owner);
      if (list) list.push(field);
      else index.set(owner, [field]);
    }
    taskTextIndex.set(plan, index);
  }
  return index.get(task) ?? [];
}

/** Document offsets of the whole value of a text field (without its quotes). */
export function valueRange(field: TextField): { start: number; end: number } {
  if (field.value.length === 0) return field.range;
  return { start: field.offsetOf(0), end: field.offsetOf(field.value.length - 1) + 1 };
}
