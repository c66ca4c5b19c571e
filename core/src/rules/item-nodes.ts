// The node of each kind of item a rule checks one by one (RuleContext.each): its findings lie within it.
import type { Node } from 'yaml';
import type { PlanCitation } from '../citations/analyze';
import type { TaskModel } from '../model/plan-model';
import type { TaskTime } from '../time/task-time';
import type { UnitCell } from '../units/analysis';

export const taskNode = (task: TaskModel): Node => task.node as Node;
export const timeNode = (time: TaskTime): Node => time.task.node as Node;
export const cellNode = (cell: UnitCell): Node => cell.field.node;
export const citationNode = (citation: PlanCitation): Node => citation.field.node;
