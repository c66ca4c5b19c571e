import { isScalar, type Node } from 'yaml';
import type { TaskModel } from '../../model/plan-model';
import { isBlank, nodeRange } from '../../model/yaml-nodes';
import type { ParsedPlan } from '../../parse/parse-plan';
import type { OffsetRange } from '../../types';
import { excerpt } from '../../util/strings';

/** True when the task's field is absent, empty or only white space. */
export function isFieldBlank(task: TaskModel, key: string): boolean {
  const pair = task.field(key);
  return !pair || isBlank(pair.value);
}

/**
 * Where to show a problem with a task field: the field itself when it is written (empty),
 * otherwise the first line of the task, so the squiggle sits on the row the drafter must fix.
 */
export function taskFieldRange(plan: ParsedPlan, task: TaskModel, key: string): OffsetRange {
  const pair = task.field(key);
  if (pair && isScalar(pair.key)) {
    const keyRange = nodeRange(pair.key);
    const value = pair.value as Node | null;
    return { start: keyRange.start, end: value?.range ? nodeRange(value).end : keyRange.end };
  }
  const line = plan.lines.positionAt(task.range.start).line;
  return { start: task.range.start, end: Math.min(task.range.end, plan.lines.lineEnd(line)) };
}

export function taskLabel(task: TaskModel): string {
  return excerpt(task.name?.value ?? '', 50);
}
