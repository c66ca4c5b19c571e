import type { Rule } from '../rule';
import { unitDutyWithoutTask } from './duty-without-task';
import { unitLeadWithoutDuty } from './lead-without-duty';
import { unitOutdated } from './outdated';
import { unitVariant } from './variant';

export const unitRules: readonly Rule[] = [unitVariant, unitOutdated, unitLeadWithoutDuty, unitDutyWithoutTask];
