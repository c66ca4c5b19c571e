import type { Rule } from './rule';
import { refUnknown } from './ref-unknown';
import { schemaRequired } from './schema-required';
import { schemaType } from './schema-type';
import { schemaUnknownKey } from './schema-unknown-key';
import { schemaValue } from './schema-value';
import { taskMissingLead } from './task-missing-lead';
import { taskUndated } from './task-undated';
import { yamlSyntax } from './yaml-syntax';

/** Every rule kehoach has, in documentation order. Docs and the config schema are generated from this list. */
export const allRules: readonly Rule[] = [
  yamlSyntax,
  schemaRequired,
  schemaUnknownKey,
  schemaType,
  schemaValue,
  taskMissingLead,
  taskUndated,
  refUnknown,
];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
