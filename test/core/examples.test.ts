import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lintText } from '../../core/src';
import { loadWorkspace } from '../../cli/src/workspace-files';
import { examplesDir, expectationsDir } from '../support/paths';

interface Expected {
  ruleId: string;
  line: number;
}

const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.plan.yaml'));
// The examples folder is a workspace, as `kehoach lint examples` and the editor see it: its commune registry
// (examples/.kehoach/van-ban.yaml) and its plans are registry layers.
const { workspace } = loadWorkspace({ root: examplesDir });

describe('example plans', () => {
  it('has the clean example and the three seed conversions', () => {
    assert.ok(examples.includes('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'));
    assert.equal(examples.filter((name) => name.startsWith('seed-')).length, 3);
  });

  // Expectations are kept per rule category (test/expectations/<example>.<category>.json), so work on
  // one area never touches another's file; a category without a file must produce nothing.
  for (const name of examples) {
    it(`${name} produces exactly the findings in its expectation files`, () => {
      const text = readFileSync(path.join(examplesDir, name), 'utf8');
      const result = lintText(text, { workspace, uri: path.join(examplesDir, name) });
      assert.deepEqual(result.failures, [], 'no rule may throw');
      const base = name.replace(/\.plan\.yaml$/, '');
      const categories = new Set([
        ...result.findings.map((finding) => finding.ruleId.split('/')[0]),
        ...readdirSync(expectationsDir).filter((file) => file.startsWith(base + '.')).map((file) => file.slice(base.length + 1, -'.json'.length)),
      ]);
      for (const category of categories) {
        const actual: Expected[] = result.findings
          .filter((finding) => finding.ruleId.startsWith(category + '/'))
          .map((finding) => ({ ruleId: finding.ruleId, line: result.plan.lines.positionAt(finding.range.start).line + 1 }));
        const file = path.join(expectationsDir, `${base}.${category}.json`);
        const expected = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { findings: Expected[] }).findings : [];
        assert.deepEqual(actual, expected, `${name}, category ${category}`);
      }
    });
  }

  it('the clean example has no findings at all, in either language', () => {
    const text = readFileSync(path.join(examplesDir, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'), 'utf8');
    assert.deepEqual(lintText(text, { lang: 'vi' }).findings, []);
    assert.deepEqual(lintText(text, { lang: 'en' }).findings, []);
  });
});
