import { docRules } from './doc';
import { importRules } from './import';
import { planRules } from './plan';
import { refRules } from './ref';
import type { Rule } from './rule';
import { schemaRules } from './schema';
import { taskRules } from './task';
import { textRules } from './text';
import { unitRules } from './unit';
import { yamlRules } from './yaml';

/**
 * Every rule kehoach has, in documentation order. Each category keeps its own list in
 * rules/<category>/index.ts. Docs and the config schema are generated from this list.
 */
export const allRules: readonly Rule[] = [...yamlRules, ...schemaRules, ...planRules, ...taskRules, ...unitRules, ...textRules, ...refRules, ...docRules, ...importRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
