// Citations in the core's language features: hover, completion in can_cu, definition and references across the
// plans of a workspace (the server only translates these to LSP).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete, definitionAt, hover, lintText, parsePlan, referencesAt, registryForPlan, Workspace } from '../../core/src';
import { MINIMAL_PLAN } from '../support/plans';

function at(text: string, needle: string, shift = 0): number {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, needle);
  return index + shift;
}

describe('hover on citations', () => {
  const text = `${MINIMAL_PLAN}noi_dung:\n  - Theo Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 và Đề án 06; Nghị quyết số 67/NQ-CP.\n`;
  const plan = parsePlan(text);
  const registry = registryForPlan(plan);

  it('a Luật cited by name shows its entry', () => {
    const result = hover(plan, at(text, 'chính quyền địa phương ngày'), 'vi', registry);
    assert.match(result!.contents, /Luật 72\/2025\/QH15/);
    assert.match(result!.contents, /16\/6\/2025/);
    assert.equal(text.slice(result!.range.start, result!.range.end), 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025');
  });

  it('a short name shows the document it stands for', () => {
    const result = hover(plan, at(text, 'Đề án 06', 3), 'en', registry);
    assert.match(result!.contents, /06\/QĐ-TTg/);
    assert.match(result!.contents, /Status: in force/);
  });

  it('an unknown document has no hover (its diagnostic explains it)', () => {
    assert.equal(hover(plan, at(text, '67/NQ-CP', 2), 'vi', registry), undefined);
  });

  it('a replaced document shows its successor', () => {
    const old = MINIMAL_PLAN.replace(/can_cu:\n {2}- .*\n/, 'can_cu:\n  - Luật số 76/2015/QH13 ngày 19/6/2015 của Quốc hội\n');
    const p = parsePlan(old);
    assert.match(hover(p, at(old, '76/2015', 2), 'vi', registryForPlan(p))!.contents, /đã được thay thế bởi 63\/2025\/QH15/);
  });
});

describe('completion in can_cu', () => {
  const cases: [string, string][] = [
    ['76', 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030'],
    ['Nghị quyết 76', 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ'],
    ['nghi quyet so 76', 'Nghị quyết số 76/NQ-CP'],
    ['Đề án 06', 'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án'],
    ['Luật Tổ chức chính quyền', 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025'],
    ['247', 'Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ban hành'],
  ];
  for (const [typed, expected] of cases) {
    it(`"${typed}" offers "${expected.slice(0, 40)}…"`, () => {
      const text = MINIMAL_PLAN.replace('can_cu:\n', `can_cu:\n  - ${typed}\n`);
      const plan = parsePlan(text);
      const offset = at(text, `  - ${typed}`) + 4 + typed.length;
      const entries = complete(plan, offset, 'vi', registryForPlan(plan));
      const match = entries.find((e) => e.kind === 'citation' && e.insertText.startsWith(expected));
      assert.ok(match, entries.map((e) => e.insertText).join('\n'));
      assert.equal(text.slice(match.range.start, match.range.end), typed);
      assert.ok(entries.filter((e) => e.kind === 'citation').length < 6, 'only documents that match');
    });
  }

  it('no citations offered outside can_cu / thuc_hien, nor without a registry', () => {
    const text = MINIMAL_PLAN + 'kinh_phi: 76';
    const plan = parsePlan(text);
    assert.deepEqual(complete(plan, text.length, 'vi', registryForPlan(plan)).filter((e) => e.kind === 'citation'), []);
    const inBasis = MINIMAL_PLAN.replace('can_cu:\n', 'can_cu:\n  - 76\n');
    assert.deepEqual(complete(parsePlan(inBasis), at(inBasis, '  - 76') + 6, 'vi').filter((e) => e.kind === 'citation'), []);
  });
});

describe('definition and references across the plans of a workspace', () => {
  const a = MINIMAL_PLAN.replace('so: /KH-UBND', 'so: 15/KH-UBND').replace('ngay: 2026-01', 'ngay: 2026-01-20');
  const cite = 'Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân xã Tiên Lãng về tuyên truyền';
  const b = `${MINIMAL_PLAN}thuc_hien:\n  - ${cite}\n`;
  const c = `${MINIMAL_PLAN}noi_dung:\n  - Theo ${cite}; và Kế hoạch số 15/KH-UBND của UBND xã Hùng Thắng.\n`;
  const workspace = new Workspace({
    plans: [
      { uri: '/w/a.plan.yaml', text: a },
      { uri: '/w/b.plan.yaml', text: b },
      { uri: '/w/c.plan.yaml', text: c },
    ],
  });

  it('the definition of a cited plan is its `so`', () => {
    const plan = parsePlan(b);
    const { registry } = lintText(b, { workspace, uri: '/w/b.plan.yaml' });
    const target = definitionAt(plan, registry, at(b, '15/KH-UBND'));
    assert.equal(target?.uri, '/w/a.plan.yaml');
    assert.equal(a.split('\n')[target!.range!.start.line], 'so: 15/KH-UBND');
  });

  it('references: every mention of that plan, not the other commune\'s 15/KH-UBND', () => {
    const plan = parsePlan(b);
    const { registry } = lintText(b, { workspace, uri: '/w/b.plan.yaml' });
    const found = referencesAt(plan, registry, at(b, '15/KH-UBND'), '/w/b.plan.yaml', true).map((l) => `${l.uri}:${l.range.start.line}`);
    const line = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
    assert.deepEqual(found, [`/w/a.plan.yaml:${line(a, 'so: 15')}`, `/w/b.plan.yaml:${line(b, cite)}`, `/w/c.plan.yaml:${line(c, cite)}`]);
  });

  it('references from the plan\'s own number', () => {
    const plan = parsePlan(a);
    const { registry } = lintText(a, { workspace, uri: '/w/a.plan.yaml' });
    const found = referencesAt(plan, registry, at(a, '15/KH-UBND', 1), '/w/a.plan.yaml').map((l) => l.uri);
    assert.deepEqual(found, ['/w/b.plan.yaml', '/w/c.plan.yaml']);
  });
});
