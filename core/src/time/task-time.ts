// The time of each appendix task, read once per parsed plan.
import type { TaskModel, TextField } from '../model/plan-model';
import type { ParsedPlan } from '../parse/parse-plan';
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
    const parse = parseTime(field.value, { defaultYear: period?.year });
    const interval = parse.ok ? intervalOf(parse.value, period?.interval) : undefined;
    return { task, field, parse, interval };
  });
  cache.set(plan, times);
  return times;
}

const textIndex = new WeakMap<ParsedPlan, Map<string, TextField>>();
const taskTextIndex = new WeakMap<ParsedPlan, Map<TaskModel, TextField[]>>();

export function textField(plan: ParsedPlan, path: readonly (string | number)[]): TextField | undefined {
  let index = textIndex.get(plan);
  if (!index) {
    index = new Map(plan.model.texts.map((field) => [JSON.stringify(field.path), field]));
    textIndex.set(plan, index);
  }
  return index.get(JSON.stringify(path));
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
      if (owner) index.set(owner, [...(index.get(owner) ?? []), field]);
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
