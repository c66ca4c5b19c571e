import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lintText } from '../../core/src';
import { examplesDir, expectationsDir } from '../support/paths';

interface Expected {
  ruleId: string;
  line: number;
}

const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.plan.yaml'));

describe('example plans', () => {
  it('has the clean example and the three seed conversions', () => {
    assert.ok(examples.includes('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'));
    assert.equal(examples.filter((name) => name.startsWith('seed-')).length, 3);
  });

  for (const name of examples) {
    it(`${name} produces exactly the findings in its expectation file`, () => {
      const text = readFileSync(path.join(examplesDir, name), 'utf8');
      const result = lintText(text);
      assert.deepEqual(result.failures, [], 'no rule may throw');
      const actual: Expected[] = result.findings.map((finding) => ({
        ruleId: finding.ruleId,
        line: result.plan.lines.positionAt(finding.range.start).line + 1,
      }));
      const expected = JSON.parse(readFileSync(path.join(expectationsDir, name.replace(/\.plan\.yaml$/, '.json')), 'utf8')) as {
        findings: Expected[];
      };
      assert.deepEqual(actual, expected.findings);
    });
  }

  it('the clean example has no findings at all, in either language', () => {
    const text = readFileSync(path.join(examplesDir, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'), 'utf8');
    assert.deepEqual(lintText(text, { lang: 'vi' }).findings, []);
    assert.deepEqual(lintText(text, { lang: 'en' }).findings, []);
  });
});
