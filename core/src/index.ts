// Public surface of the kehoach core. Nothing here imports vscode, the LSP libraries or Node built-ins.
export * from './types';
export { lintText, lintPlan, type LintOptions, type LintResult, type RuleFailure } from './lint';
export { parsePlan, type ParsedPlan } from './parse/parse-plan';
export { LineIndex } from './text/line-index';
export { allRules, findRule } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
export { t, pick } from './i18n/messages';
export {
  Registry,
  defaultRegistry,
  bundledLayers,
  registryForPlan,
  type RegistryEntry,
  type RegistryLayer,
  type RegistryMatch,
} from './registry/registry';
export { findCitations, parseCitations, type Citation, type NumberedCitation } from './citations/parse-citation';
export { planSchema } from './schema/plan-schema';
export { complete, UNIT_KEYS, type CompletionEntry, type CompletionKind } from './language/completion';
export { hover, type HoverResult } from './language/hover';
export { outline, type OutlineItem, type OutlineKind } from './language/symbols';
export { STANDARD_UNITS } from './units/standard-units';
// Time of tasks and the plan period (issue 5).
export { parseTime, intervalOf, canonicalTime, type ParseTimeOptions } from './time/parse-time';
export type { Interval, IsoDate, Precision, RecurrenceUnit, TimeValue, TimeParse, TimeErrorReason } from './time/types';
export { planPeriod, planDate, findPeriodIn, type PlanPeriod } from './time/period';
export { formatDate, formatInterval } from './time/dates';
export { timeSuggestions } from './time/completion';
export { taskSummary, taskSummaryMarkdown, taskSummaryLenses, type TaskSummary, type SummaryLens } from './time/task-summary';
// Units: registry, normaliser, who the plan names, navigation and rename (issue 5).
export { UnitRegistry, defaultUnitRegistry, bundledUnitPacks, type UnitEntry, type UnitKind, type UnitPack } from './units/unit-registry';
export { unitKey, unitTokens, normalizeWord } from './units/normalize';
export { planUnits, isVagueUnitText, refRange, type PlanUnits, type UnitCell, type UnitRef } from './units/analysis';
export { unitRefAt, unitReferences, unitDefinition, prepareUnitRename, renameUnit, type RenamePlace, type RenameResult } from './units/navigation';
// Fixes and suppression (issue 6).
export { applyEdits, compatibleFixes, fixAll, preferredFix, type AppliedFix, type FixAllResult } from './fixes';
export { readSuppressions } from './suppression';
export { parseConfig, CONFIG_FILE_NAME, type KehoachConfig, type ConfigProblem } from './config/config';
export { readRegistryFile, registryProblemMessage, type RegistryFile, type RegistryProblem } from './registry/registry-file';
export { Workspace, WorkspacePlan, type WorkspaceInit, type WorkspaceSource } from './workspace/workspace';
export { definitionAt, referencesAt, type DefinitionTarget, type ReferenceLocation } from './workspace/navigation';
export { CLAUSES, clause, fillClause, type Clause, type ClauseId } from './clauses/library';
export { yamlBlock, yamlScalar, type YamlValue } from './clauses/yaml-text';
