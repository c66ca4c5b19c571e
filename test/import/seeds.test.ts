// Importing each shared seed (.txt) gives the hand-made conversion in examples/ field by field, except
// where SEEDS documents why, and lints with the same findings.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { loadWorkspace } from '../../cli/src/workspace-files';
import { lintText, type Finding } from '../../core/src';
import { importText } from '../../core/src/import';
import { examplesDir } from '../support/paths';
import { differences, SEEDS, seedsDir, sharedSeedsDir } from './support';

const { workspace } = loadWorkspace({ root: examplesDir });

const findingKeys = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`).sort();

describe('importing the shared seeds', () => {
  it('the fixtures are the shared seeds, byte for byte', (t) => {
    if (!existsSync(sharedSeedsDir)) {
      t.skip(`${sharedSeedsDir} is not here`);
      return;
    }
    for (const { seed } of SEEDS) {
      assert.ok(readFileSync(path.join(seedsDir, seed)).equals(readFileSync(path.join(sharedSeedsDir, seed))), seed);
    }
  });

  for (const { seed, example, allowed } of SEEDS) {
    describe(seed, () => {
      const source = readFileSync(path.join(seedsDir, seed), 'utf8');
      const expectedText = readFileSync(path.join(examplesDir, example), 'utf8');
      const started = performance.now();
      const result = importText(source, { sourceName: seed });
      const elapsed = performance.now() - started;

      it(`matches ${example} field by field (documented differences only)`, (t) => {
        t.diagnostic(`import ${seed}: ${elapsed.toFixed(0)} ms`);
        const found = differences(result.data, parse(expectedText));
        assert.deepEqual(
          found,
          allowed.map(({ path: at, imported, expected }) => ({ path: at, imported, expected })),
          found.map((d) => `${d.path}\n  imported: ${JSON.stringify(d.imported)}\n  expected: ${JSON.stringify(d.expected)}`).join('\n'),
        );
        for (const difference of allowed) assert.ok(difference.why.length > 40, 'each allowed difference says why');
      });

      it('puts nothing under ghi_chu (every passage of the seed has its place)', () => {
        assert.deepEqual(result.unplaced, []);
        assert.equal(result.data.ghi_chu, undefined);
        assert.ok(result.recognised);
      });

      it('writes YAML that parses back to the same data and carries the header comment', () => {
        assert.deepEqual(parse(result.text), result.data);
        assert.match(result.text, new RegExp(`^# Nhập từ ${seed.replace('.', '\\.')} bằng kehoach import`));
      });

      it(`lints with the same findings as ${example}`, () => {
        const uri = path.join(examplesDir, example);
        const imported = lintText(result.text, { workspace, uri });
        const handMade = lintText(expectedText, { workspace, uri });
        assert.deepEqual(imported.failures, []);
        assert.ok(handMade.findings.length > 5, 'the seed has defects to find');
        assert.deepEqual(findingKeys(imported.findings), findingKeys(handMade.findings));
      });
    });
  }

  it('comments where the format cannot keep a defect (repeated letter, row gap, skipped letter)', () => {
    const seed002 = importText(readFileSync(path.join(seedsDir, '002_b1663da4338020a2.txt'), 'utf8'));
    assert.match(seed002.text, /# bản gốc: mục này đánh chữ d\) lần nữa \(thứ tự gốc: a b c d d\); kehoach đánh lại là đ\)\n {2}- Tuyên truyền cách làm hay/);
    assert.match(seed002.text, /# bản gốc: số thứ tự nhảy từ 6 sang 8 .*\n {2}- ten: Tuyên truyền về kết quả Chỉ số CCHC/);
    assert.ok(seed002.notes.some((note) => note.at?.line === 141 && /nhảy từ 6 sang 8/.test(note.message)), 'located at the row\'s line');
    const seed000 = importText(readFileSync(path.join(seedsDir, '000_cf4105b9ebf2f87c.txt'), 'utf8'), { lang: 'en' });
    assert.match(seed000.text, /# original: this item is lettered e\) — the letters jump from d\) to e\), skipping đ\); kehoach numbers it đ\)\n {6}- Xây dựng, duy trì/);
    assert.match(seed000.text, /# the source has no issuing body in its header; co_quan is taken from “Ủy ban nhân dân xã Yết Kiêu ban hành/);
  });
});
