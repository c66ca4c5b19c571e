import type { Rule } from '../rule';
import { planPeriodUnknown } from './period-unknown';

export const planRules: readonly Rule[] = [planPeriodUnknown];
