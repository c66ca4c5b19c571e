// When the 2025 reform applies to a plan: dated (or, without a date, starting) on or after 1 July 2025.
import type { ParsedPlan } from '../parse/parse-plan';
import { planDate, planPeriod } from '../time/period';
import type { IsoDate } from '../time/types';

export const REFORM_DATE: IsoDate = '2025-07-01';

/** The date the plan is judged by: `ngay`, else the start of its period; undefined when neither is known. */
export function reformReferenceDate(plan: ParsedPlan): IsoDate | undefined {
  return planDate(plan) ?? planPeriod(plan)?.interval.start;
}

export function reformApplies(plan: ParsedPlan): boolean {
  const date = reformReferenceDate(plan);
  return date !== undefined && date >= REFORM_DATE;
}
