// Unit names to offer in completion: the plan's own units (canonical spelling when the unit is known) first.
import type { ParsedPlan } from '../parse/parse-plan';
import { planUnits } from './analysis';
import { surfaceOf } from './normalize';

export function planUnitNames(plan: ParsedPlan): string[] {
  const units = planUnits(plan);
  const names: string[] = [];
  for (const cell of units.cells) {
    for (const ref of cell.refs) {
      const current = ref.entry ? units.registry.current(ref.entry) : undefined;
      if (ref.entry && !current) continue;
      names.push(current ? current.name : surfaceOf(ref.surface));
    }
  }
  return [...new Set(names.filter(Boolean))];
}
