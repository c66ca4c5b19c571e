import { parsePlan, type ParsedPlan } from './parse/parse-plan';
import { defaultRegistry, type Registry } from './registry/registry';
import { allRules } from './rules';
import type { Rule, RuleContext } from './rules/rule';
import { collectSchemaIssues, type SchemaIssue } from './schema/schema-issues';
import type { Finding, Language, Severity } from './types';

export interface LintOptions {
  lang?: Language;
  registry?: Registry;
  /** Severity overrides by rule id; 'off' disables a rule. */
  severities?: Record<string, Severity | 'off'>;
  rules?: readonly Rule[];
}

export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface LintResult {
  plan: ParsedPlan;
  findings: Finding[];
  /** Rules that threw; their failure never stops the other rules. */
  failures: RuleFailure[];
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  return lintPlan(parsePlan(text), options);
}

export function lintPlan(plan: ParsedPlan, options: LintOptions = {}): LintResult {
  const lang = options.lang ?? 'vi';
  const registry = options.registry ?? defaultRegistry();
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  let schemaIssues: SchemaIssue[] | undefined;

  for (const rule of options.rules ?? allRules) {
    const configured = options.severities?.[rule.meta.id];
    if (configured === 'off') continue;
    const severity = configured ?? rule.meta.defaultSeverity;
    const context: RuleContext = {
      lang,
      plan,
      registry,
      schemaIssues: () => (schemaIssues ??= plan.data === undefined ? [] : collectSchemaIssues(plan.data)),
      report: ({ range, message, fixes }) => {
        findings.push({ ruleId: rule.meta.id, severity, message, range: clampRange(range, plan.text.length), fixes });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { plan, findings, failures };
}

function clampRange(range: { start: number; end: number }, length: number) {
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}
