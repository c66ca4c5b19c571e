import { t } from './i18n/messages';
import { parsePlan, unparsedPlan, type ParsedPlan } from './parse/parse-plan';
import { yamlTooLarge } from './rules/yaml/too-large';
import { registryForPlan, type Registry } from './registry/registry';
import { allRules } from './rules';
import { keep, reuseKept, ruleSlot, sharedKey } from './rules/kept-findings';
import type { Rule, RuleContext } from './rules/rule';
import { collectSchemaIssues, type SchemaIssue } from './schema/schema-issues';
import { readSuppressions } from './suppression';
import type { Finding, Language, Severity } from './types';
import type { Workspace } from './workspace/workspace';

export interface LintOptions {
  lang?: Language;
  /** The registry to use as is; by default the plan's own: national, its province's pack, the workspace. */
  registry?: Registry;
  /** Registry files and plan files of the workspace (read by the server or the CLI). */
  workspace?: Workspace;
  /** The plan's URI or path in the workspace (its own document is left out of the workspace layer). */
  uri?: string;
  /** The province (its bundled pack is searched), when not read from the workspace registry or the plan. */
  province?: string;
  /** Severity overrides by rule id; 'off' disables a rule. */
  severities?: Record<string, Severity | 'off'>;
  rules?: readonly Rule[];
  /** Plans longer than this (characters) are not checked; default DEFAULT_MAX_SIZE. */
  maxSize?: number;
  /**
   * The plan of an earlier version of the same document (from its last LintResult): only the changed part of
   * the text is parsed again (parse/incremental.ts). It is consumed: the caller must not use it afterwards.
   */
  previous?: ParsedPlan;
  /**
   * Keep what each rule found per item, for the next check of the same document (RuleContext.each): on by default;
   * off where each plan is checked once (the CLI), where keeping would only cost memory.
   */
  keepFindings?: boolean;
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
  /** The registry the plan was checked against (for hover, completion, definition). */
  registry: Registry;
}

/** Plans above this size (in characters) get one yaml/too-large finding instead of a check. */
export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

export function lintText(text: string, options: LintOptions = {}): LintResult {
  const limit = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > limit) return tooLarge(text, limit, options);
  return lintPlan(parsePlan(text, options.previous), options);
}

/** A plan too large to check gets one finding; positions and the registry still work for the editor. */
function tooLarge(text: string, limit: number, options: LintOptions): LintResult {
  const result = lintPlan(unparsedPlan(text), { ...options, rules: [] });
  const severity = options.severities?.[yamlTooLarge.meta.id] ?? yamlTooLarge.meta.defaultSeverity;
  if (severity !== 'off') {
    result.findings.push({
      ruleId: yamlTooLarge.meta.id,
      severity,
      range: { start: 0, end: result.plan.lines.lineEnd(0) },
      message: t(options.lang ?? 'vi', 'yaml.tooLarge', { size: Math.ceil(text.length / 1024), limit: Math.floor(limit / 1024) }),
    });
  }
  return result;
}

export function lintPlan(plan: ParsedPlan, options: LintOptions = {}): LintResult {
  const lang = options.lang ?? 'vi';
  const registry = options.registry ?? registryForPlan(plan, { workspace: options.workspace, uri: options.uri, province: options.province });
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
      each(items, nodeOf, key, check) {
        if (options.keepFindings === false) {
          for (const item of items) check(item);
          return;
        }
        const slot = ruleSlot(rule.meta.id);
        const fullKey = sharedKey(slot, `${lang}\u0000${severity}\u0000${key}`);
        for (const item of items) {
          const node = nodeOf(item);
          if (!node) {
            check(item);
            continue;
          }
          if (reuseKept(item, slot, fullKey, node, findings)) continue;
          const before = findings.length;
          check(item);
          keep(item, slot, fullKey, node, findings, before);
        }
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      failures.push({ ruleId: rule.meta.id, error });
    }
  }
  const suppressions = readSuppressions(plan.lines);
  const kept = findings
    .filter((finding) => !suppressions.isSuppressed(finding))
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { plan, findings: kept, failures, registry };
}

function clampRange(range: { start: number; end: number }, length: number) {
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}
