// Public surface of the kehoach core. Nothing here imports vscode, the LSP libraries or Node built-ins.
export * from './types';
export { lintText, lintPlan, type LintOptions, type LintResult, type RuleFailure } from './lint';
export { parsePlan, type ParsedPlan } from './parse/parse-plan';
export { LineIndex } from './text/line-index';
export { allRules, findRule } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
export { t, pick } from './i18n/messages';
export { Registry, defaultRegistry, bundledLayers, type RegistryEntry, type RegistryLayer } from './registry/registry';
export { findCitations, type Citation } from './citations/parse-citation';
export { planSchema } from './schema/plan-schema';
export { complete, UNIT_KEYS, type CompletionEntry, type CompletionKind } from './language/completion';
export { hover, type HoverResult } from './language/hover';
export { outline, type OutlineItem, type OutlineKind } from './language/symbols';
export { STANDARD_UNITS } from './units/standard-units';
