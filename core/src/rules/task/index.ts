import type { Rule } from '../rule';
import { taskMissingLead } from './missing-lead';
import { taskMissingPartner } from './missing-partner';
import { taskMultipleLeads } from './multiple-leads';
import { taskOutsidePeriod } from './outside-period';
import { taskTimeInDescription } from './time-in-description';
import { taskUndated } from './undated';
import { taskUnreadableTime } from './unreadable-time';
import { taskVagueLead } from './vague-lead';

export const taskRules: readonly Rule[] = [
  taskMissingLead,
  taskVagueLead,
  taskMultipleLeads,
  taskMissingPartner,
  taskUndated,
  taskUnreadableTime,
  taskOutsidePeriod,
  taskTimeInDescription,
];
