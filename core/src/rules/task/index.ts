import type { Rule } from '../rule';
import { taskMissingLead } from './missing-lead';
import { taskUndated } from './undated';

export const taskRules: readonly Rule[] = [taskMissingLead, taskUndated];
