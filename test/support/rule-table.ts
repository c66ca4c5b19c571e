// Table-driven rule tests: each case says where a rule must fire (lines, or the exact texts its
// findings cover) and what the message says; an empty list means the rule must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, type Finding } from '../../core/src';

export interface FoundFinding extends Finding {
  /** 1-based line of the finding's start. */
  line: number;
  /** The text the finding covers. */
  text: string;
}

/** Findings of one rule, with their lines and covered texts; no rule may fail while checking. */
export function findingsOf(text: string, ruleId: string, lang: 'vi' | 'en' = 'vi'): FoundFinding[] {
  const result = lintText(text, { lang });
  assert.deepEqual(result.failures, []);
  return result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({
      ...finding,
      line: result.plan.lines.positionAt(finding.range.start).line + 1,
      text: text.slice(finding.range.start, finding.range.end),
    }));
}

export interface RuleCase {
  name: string;
  text: string;
  /** 1-based lines where the rule must fire, in order; [] = must not fire. */
  lines?: number[];
  /** Exact texts the findings cover, in order; [] = must not fire. */
  covers?: string[];
  /** Parts the first finding's (Vietnamese) message must contain. */
  message?: string | string[];
}

export function ruleTable(ruleId: string, cases: RuleCase[]): void {
  describe(ruleId, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        assert.ok(testCase.lines || testCase.covers, 'a case says where the rule fires');
        const found = findingsOf(testCase.text, ruleId);
        const messages = found.map((f) => f.message).join('\n');
        if (testCase.lines) assert.deepEqual(found.map((f) => f.line), testCase.lines, messages);
        if (testCase.covers) assert.deepEqual(found.map((f) => f.text), testCase.covers, messages);
        for (const part of ([] as string[]).concat(testCase.message ?? [])) {
          assert.ok(found[0]?.message.includes(part), `${found[0]?.message} ∌ ${part}`);
        }
      });
    }
  });
}
