import { isMap, type YAMLMap } from 'yaml';
import { findPair } from '../../model/yaml-nodes';
import type { ParsedPlan } from '../../parse/parse-plan';

export function isDecision(plan: ParsedPlan): boolean {
  const root = plan.model.root;
  const kind = root ? findPair(root, 'loai')?.value : undefined;
  return !!kind && (kind as { value?: unknown }).value === 'quyet-dinh';
}

export function decisionMap(plan: ParsedPlan): YAMLMap | undefined {
  const root = plan.model.root;
  const decision = root ? findPair(root, 'quyet_dinh')?.value : undefined;
  return isMap(decision) ? decision : undefined;
}
