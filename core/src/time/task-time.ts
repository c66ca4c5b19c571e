// The time of each appendix task, read once per parsed plan.
import type { TaskModel, TextField } from '../model/plan-model';
import { isMap, isSeq } from 'yaml';
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

export function taskTimes(plan: ParsedPlan): TaskTime[] {
  const cached = cache.get(plan);
  if (cached) return cached;
  const period = planPeriod(plan);
  const times = plan.model.tasks.map((task): TaskTime => {
    const field = textField(plan, [...task.path, 'thoi_gian']);
    if (!field || !field.value.trim()) return { task };
    const parse = parsedTimes.get(`${period?.year ?? ''}|${field.value}`, () => parseTime(field.value, { defaultYear: period?.year }));
    const interval = parse.ok ? intervalOf(parse.value, period?.interval) : undefined;
    return { task, field, parse, interval };
  });
  cache.set(plan, times);
  return times;
}

/** Time expressions already read, by default year and text (kept across checks; never changed by callers). */
const parsedTimes = new StringMemo<TimeParse>();
const textIndex = new WeakMap<ParsedPlan, Map<unknown, TextField>>();
const taskTextIndex = new WeakMap<ParsedPlan, Map<TaskModel, TextField[]>>();

/** The text field at `path` (the last one in document order, should a duplicate key repeat the path). */
export function textField(plan: ParsedPlan, path: readonly (string | number)[]): TextField | undefined {
  let index = textIndex.get(plan);
  if (!index) {
    index = new Map(plan.model.texts.map((field) => [field.node, field]));
    textIndex.set(plan, index);
  }
  const byNode = index;
  let found: TextField | undefined;
  // Walks every branch the path may name (several only when a key is repeated), in document order.
  const walk = (node: unknown, depth: number): void => {
    if (depth === path.length) {
      found = byNode.get(node) ?? found;
      return;
    }
    const segment = path[depth];
    if (isMap(node) && typeof segment === 'string') {
      for (const pair of node.items) if (scalarKey(pair) === segment) walk(pair.value, depth + 1);
    } else if (isSeq(node) && typeof segment === 'number') {
      if (segment >= 0 && segment < node.items.length) walk(node.items[segment], depth + 1);
    }
  };
  walk(plan.model.root, 0);
  return found;
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
