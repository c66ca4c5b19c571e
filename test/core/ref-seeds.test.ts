// The real citations of the three seeds, in the examples workspace: each real defect flagged by the right rule on
// the right words, nothing flagged on a correct citation, fixes that touch only the citation they repair.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lintText, type LintResult } from '../../core/src';
import { analyzeCitations } from '../../core/src/citations/analyze';
import type { TextEdit } from '../../core/src/types';
import { loadWorkspace } from '../../cli/src/workspace-files';
import { examplesDir } from '../support/paths';

const { workspace } = loadWorkspace({ root: examplesDir });

function lint(name: string, inWorkspace = true): { text: string; result: LintResult } {
  const file = path.join(examplesDir, name);
  const text = readFileSync(file, 'utf8');
  return { text, result: lintText(text, inWorkspace ? { workspace, uri: file } : {}) };
}

function refFindings(text: string, result: LintResult): [string, string][] {
  return result.findings.filter((f) => f.ruleId.startsWith('ref/')).map((f) => [f.ruleId, text.slice(f.range.start, f.range.end).slice(0, 30)]);
}

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((acc, e) => acc.slice(0, e.range.start) + e.newText + acc.slice(e.range.end), text);
}

/** Each finding's own (same-file) fix edits stay inside the citation it is about. */
function assertFixesStayInCitations(name: string) {
  const { text, result } = lint(name);
  const citations = analyzeCitations(result.plan, result.registry);
  const ranges = [...citations.citations.map((c) => c.range), ...citations.aliasMentions.map((m) => m.range)];
  for (const finding of result.findings.filter((f) => f.ruleId.startsWith('ref/'))) {
    const around = ranges.find((r) => finding.range.start >= r.start && finding.range.end <= r.end);
    assert.ok(around, `${finding.ruleId} at "${text.slice(finding.range.start, finding.range.end)}" is inside a citation`);
    for (const fix of finding.fixes ?? []) {
      for (const edit of fix.edits.filter((e) => !e.file)) {
        assert.ok(edit.range.start >= around.start && edit.range.end <= around.end, `${finding.ruleId}: "${fix.title}" edits outside its citation`);
      }
    }
  }
}

describe('the seeds\' citations in the examples workspace', () => {
  it('seed 000 (Yết Kiêu): exactly its real citation defects', () => {
    const { text, result } = lint('seed-000-yet-kieu-2026.plan.yaml');
    assert.deepEqual(refFindings(text, result), [
      ['ref/incomplete', 'Ủy ban nhân dân thành phố'], // 3470/QĐ-UBND: which city?
      ['ref/unknown', '268/NQ-CP'],
      ['ref/incomplete', '1669/NQ-UBTVQH15'], // no date
      ['ref/malformed-symbol', '780 /QĐ-UBND'],
      ['ref/title-mismatch', 'Tuyên truyền, phổ biến, nâng c'], // "đến năm 2026"
    ]);
    assertFixesStayInCitations('seed-000-yet-kieu-2026.plan.yaml');
  });

  it('seed 002 (Ninh Giang): the 709/KH-UBND line and "Đề án 06"', () => {
    const { text, result } = lint('seed-002-ninh-giang-2025.plan.yaml');
    assert.deepEqual(refFindings(text, result), [
      ['ref/type-mismatch', 'Quyết định'],
      ['ref/unknown', '709/KH-UBND'],
      ['ref/incomplete', 'Ủy ban nhân dân xã'],
      ['ref/incomplete', 'Đề án 06'],
    ]);
    assertFixesStayInCitations('seed-002-ninh-giang-2025.plan.yaml');
  });

  it('seed 003 (Tiên Lãng): the misdated 247/QĐ-UBND and 5256/QĐ-UBND without its city', () => {
    const { text, result } = lint('seed-003-tien-lang-2026.plan.yaml');
    assert.deepEqual(refFindings(text, result), [
      ['ref/date-mismatch', '20/01/2025'],
      ['ref/incomplete', 'Ủy ban nhân dân thành phố'],
    ]);
    assertFixesStayInCitations('seed-003-tien-lang-2026.plan.yaml');
  });

  it('the clean example: nothing', () => {
    const { text, result } = lint('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    assert.deepEqual(refFindings(text, result), []);
  });

  it('applying the registry\'s corrections clears those defects and nothing new appears', () => {
    for (const name of ['seed-000-yet-kieu-2026.plan.yaml', 'seed-003-tien-lang-2026.plan.yaml']) {
      const { text, result } = lint(name);
      const edits = result.findings
        .filter((f) => f.ruleId.startsWith('ref/') && f.fixes?.length === 1 && f.fixes[0].isPreferred !== false)
        .flatMap((f) => f.fixes![0].edits.filter((e) => !e.file));
      assert.ok(edits.length >= 2, name);
      const fixed = apply(text, edits);
      const after = lintText(fixed, { workspace, uri: path.join(examplesDir, name) });
      const left = refFindings(fixed, after).map(([rule]) => rule);
      assert.deepEqual(left, name.startsWith('seed-000') ? ['ref/unknown'] : [], `${name}: ${JSON.stringify(refFindings(fixed, after))}`);
    }
    const fixed003 = apply(lint('seed-003-tien-lang-2026.plan.yaml').text, lint('seed-003-tien-lang-2026.plan.yaml').result.findings.filter((f) => f.ruleId.startsWith('ref/')).flatMap((f) => f.fixes![0].edits));
    assert.match(fixed003, /Quyết định số 247\/QĐ-UBND ngày 20\/01\/2026 của Ủy ban nhân dân thành phố Hải Phòng ban hành/);
    assert.match(fixed003, /5256\/QĐ-UBND ngày 26\/12\/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc/);
  });

  it('outside the workspace the commune\'s own documents are unknown, and the message says where kehoach looked', () => {
    const { text, result } = lint('seed-003-tien-lang-2026.plan.yaml', false);
    const unknown = result.findings.filter((f) => f.ruleId === 'ref/unknown');
    assert.deepEqual(unknown.map((f) => text.slice(f.range.start, f.range.end)), ['01/KH-UBND', '50/KH-UBND']);
    assert.match(unknown[0].message, /sổ văn bản Trung ương và sổ văn bản của thành phố Hải Phòng \(chưa có sổ văn bản của xã: \.kehoach\/van-ban\.yaml\)/);
    const inside = lint('seed-003-tien-lang-2026.plan.yaml').result;
    assert.deepEqual(inside.findings.filter((f) => f.ruleId === 'ref/unknown'), []);
  });

  it('the examples registry holds only what the seeds state: 709 and 268/NQ-CP are not in it', () => {
    const registry = workspace.registryFiles[0];
    assert.deepEqual(registry.problems, []);
    assert.deepEqual(registry.entries.map((e) => e.symbol).sort(), ['01/KH-UBND', '1609/QĐ-UBND', '50/KH-UBND', '780/QĐ-UBND']);
    for (const entry of registry.entries) {
      const seedText = ['seed-000-yet-kieu-2026.plan.yaml', 'seed-003-tien-lang-2026.plan.yaml'].map((n) => readFileSync(path.join(examplesDir, n), 'utf8')).join('\n');
      const [y, m, d] = entry.date.split('-').map(Number);
      const dates = [`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${d}/${m}/${y}`, `${String(d).padStart(2, '0')}/${m}/${y}`];
      assert.ok(dates.some((date) => seedText.includes(`${entry.symbol.replace('780/', '780 /')} ngày ${date}`)), `${entry.symbol} ${entry.date} as a seed states it`);
      assert.ok(entry.title && seedText.includes(entry.title), `${entry.symbol}: title as in the seed`);
    }
  });
});
