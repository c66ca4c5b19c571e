import type { Node } from 'yaml';
import type { Bilingual } from '../i18n/messages';
import type { ParsedPlan } from '../parse/parse-plan';
import type { Registry } from '../registry/registry';
import type { SchemaIssue } from '../schema/schema-issues';
import type { Fix, Language, OffsetRange, Severity } from '../types';

export type RuleCategory = 'yaml' | 'schema' | 'task' | 'ref' | 'unit' | 'text' | 'doc' | 'plan' | 'import';

export interface RuleMeta {
  /** Stable id, `category/name`: used in settings, suppression comments and docs. */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  fixable: boolean;
  /** One line: what the rule checks. */
  description: Bilingual;
  /** Markdown body of the rule's documentation page: why it matters, examples that fire and that do not. */
  docs: Bilingual;
}

export interface Report {
  range: OffsetRange;
  message: string;
  fixes?: Fix[];
}

export interface RuleContext {
  readonly lang: Language;
  readonly plan: ParsedPlan;
  readonly registry: Registry;
  /** Structural issues from the schema, computed once per check and shared by the schema rules. */
  schemaIssues(): SchemaIssue[];
  report(report: Report): void;
  /**
   * Runs `check` for each item (a task, a unit cell, a text field…), re-using what it reported for the same item
   * object at the last check of this document when `key` is the same (rules/kept-findings.ts). For checks whose
   * findings for an item depend only on that item and on what `key` spells out (the plan period, the plan's
   * declared units…); `node` is the item's node, within which its findings lie.
   */
  each<T extends object>(items: Iterable<T>, node: (item: T) => Node | undefined, key: string, check: (item: T) => void): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
