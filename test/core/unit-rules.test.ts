// Unit rules (must fire / must not fire, quick fixes), navigation, rename, completion and the appendix summary.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  complete,
  defaultRegistry,
  hover,
  lintText,
  parsePlan,
  prepareUnitRename,
  renameUnit,
  taskSummary,
  taskSummaryLenses,
  unitDefinition,
  unitReferences,
  type TextEdit,
} from '../../core/src';
import { examplesDir } from '../support/paths';
import { MINIMAL_PLAN, planWithTasks } from '../support/plans';
import { findingsOf, ruleTable } from '../support/rule-table';

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((result, edit) => result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end), text);
}

const read = (name: string) => readFileSync(path.join(examplesDir, name), 'utf8');

/** A plan with blocks (don_vi: nhiem_vu) and task rows. */
function plan(blocks: [string, string][], ...rows: string[]): string {
  const body = blocks.map(([unit, duty]) => `  - don_vi: ${unit}\n    nhiem_vu: ${duty}\n`).join('');
  return planWithTasks(...rows) + (blocks.length ? `to_chuc_thuc_hien:\n${body}` : '');
}

const row = (lead: string, extra = '') => `ten: Tuyên truyền\nchu_tri: ${lead}\n${extra}thoi_gian: Thường xuyên`;

ruleTable('unit/variant', [
  { name: 'canonical names everywhere', text: plan([['Phòng Văn hóa - Xã hội', 'Chủ trì.']], row('Phòng Văn hóa - Xã hội', 'phoi_hop: Trung tâm Phục vụ hành chính công xã\n')), covers: [] },
  { name: 'an equivalent full name is accepted', text: plan([['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã', 'Chủ trì.']], row('Văn phòng HĐND và UBND xã')), covers: [] },
  { name: 'the full proper name with the commune is accepted', text: plan([], row('Trung tâm Phục vụ hành chính công xã Tiên Lãng')), covers: [] },
  {
    name: 'a comma for the dash, in a lead',
    text: plan([], row('Phòng Văn hóa, Xã hội')),
    covers: ['Phòng Văn hóa, Xã hội'],
    message: ['"Phòng Văn hóa, Xã hội"', '"Phòng Văn hóa - Xã hội"'],
  },
  { name: '"hoá" for "hóa"', text: plan([], row('Phòng Văn hoá - Xã hội')), covers: ['Phòng Văn hoá - Xã hội'] },
  { name: 'an abbreviation in a lead', text: plan([], row('VHXH')), covers: ['VHXH'] },
  { name: 'a dash for "và"', text: plan([], row('Văn phòng HĐND-UBND xã')), covers: ['Văn phòng HĐND-UBND xã'] },
  { name: 'a missing "xã" in a block name (seed 003)', text: plan([['Trung tâm Phục vụ hành chính công', 'Niêm yết.']], row('Phòng Kinh tế')), covers: ['Trung tâm Phục vụ hành chính công'] },
  { name: 'case, in a partner cell among others', text: plan([], row('Phòng Kinh tế', 'phoi_hop: Phòng Văn hóa - Xã hội; Tổ công nghệ số cộng đồng\n')), covers: ['Tổ công nghệ số cộng đồng'] },
  {
    name: 'in running text: punctuation differences fire, case and a trailing "xã" do not',
    text: MINIMAL_PLAN + 'kinh_phi: "Phối hợp với Phòng Văn hóa – Xã hội, Trung tâm phục vụ hành chính công và Cổng thông tin điện tử của xã."\n',
    covers: ['Phòng Văn hóa – Xã hội'],
  },
  { name: 'a missing word in running text (seed 003 "Trung tâm sự nghiệp công")', text: MINIMAL_PLAN + 'kinh_phi: Phối hợp với Trung tâm sự nghiệp công.\n', covers: ['Trung tâm sự nghiệp công'] },
  { name: 'named collectives are not checked', text: plan([['Các thôn trên địa bàn toàn xã', 'Tuyên truyền.']], row('Phòng Kinh tế')), covers: [] },
  {
    name: 'units the registry does not know: the plan’s usual spelling is the reference',
    text: plan([['Đài truyền thanh xã', 'Phát tin.']], row('Đài truyền thanh xã'), row('Đài Truyền thanh xã')),
    covers: ['Đài Truyền thanh xã'],
    message: ['"Đài Truyền thanh xã"', '"Đài truyền thanh xã"', 'các chỗ khác'],
  },
]);

describe('unit/variant quick fixes', () => {
  it('fixes one occurrence, or every spelling of the unit, editing only the names', () => {
    const text = plan(
      [['Phòng Văn hóa, Xã hội xã', 'Chủ trì tổng hợp, báo cáo Phòng Văn hoá - Xã hội.']],
      row('Phòng Văn hóa, Xã hội'),
      row('"Phòng Văn hóa– Xã hội"  # ghi chú'),
    );
    const found = findingsOf(text, 'unit/variant');
    assert.deepEqual(found.map((f) => f.text), ['Phòng Văn hóa, Xã hội', 'Phòng Văn hóa– Xã hội', 'Phòng Văn hóa, Xã hội xã', 'Phòng Văn hoá - Xã hội']);
    const [first] = found;
    assert.equal(first.fixes?.length, 2);
    assert.deepEqual(first.fixes![0].edits, [{ range: first.range, newText: 'Phòng Văn hóa - Xã hội' }]);
    assert.match(first.fixes![1].title, /4 chỗ/);
    const fixed = apply(text, first.fixes![1].edits);
    assert.equal(fixed, text.split(/Phòng Văn hóa, Xã hội xã|Phòng Văn hóa, Xã hội|Phòng Văn hóa– Xã hội|Phòng Văn hoá - Xã hội/).join('Phòng Văn hóa - Xã hội'));
    assert.ok(fixed.includes('"Phòng Văn hóa - Xã hội"  # ghi chú'), 'quotes and comments stay');
    assert.deepEqual(findingsOf(fixed, 'unit/variant'), []);
  });

  it('fixes every variant of seed 000 and the result parses with no variant left', () => {
    let text = read('seed-000-yet-kieu-2026.plan.yaml');
    for (let round = 0; round < 20; round++) {
      const [finding] = findingsOf(text, 'unit/variant');
      if (!finding) break;
      const fix = finding.fixes![finding.fixes!.length - 1];
      text = apply(text, fix.edits);
      assert.equal(parsePlan(text).yamlErrors.length, 0);
    }
    assert.deepEqual(findingsOf(text, 'unit/variant'), []);
    assert.ok(text.includes('chu_tri: Văn phòng HĐND và UBND xã'));
    assert.ok(text.includes('chu_tri: Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ sự nghiệp công'));
  });
});

ruleTable('unit/outdated', [
  { name: 'current names', text: plan([['Trung tâm Phục vụ hành chính công xã', 'Niêm yết.']], row('Phòng Kinh tế')), covers: [] },
  {
    name: 'the old one-stop office in running text (seed 003), with "của xã"',
    text: MINIMAL_PLAN + 'hinh_thuc:\n  - Niêm yết thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả của xã; bảo đảm kết nối.\n',
    covers: ['Bộ phận Tiếp nhận và Trả kết quả của xã'],
    message: ['"Trung tâm Phục vụ hành chính công xã"'],
  },
  { name: 'the old commune office as a block (seed 000)', text: plan([['Văn phòng Ủy ban nhân dân xã', 'Đăng tin.']], row('Phòng Kinh tế')), covers: ['Văn phòng Ủy ban nhân dân xã'], message: ['"Văn phòng HĐND và UBND xã"'] },
  { name: 'a district office in a partner cell', text: plan([], row('Phòng Kinh tế', 'phoi_hop: Phòng Văn hóa và Thông tin huyện\n')), covers: ['Phòng Văn hóa và Thông tin huyện'], message: ['cấp huyện'] },
  { name: 'a district body named with "huyện"', text: plan([], row('Phòng Kinh tế', 'phoi_hop: UBND huyện Tiên Lãng\n')), covers: ['UBND huyện Tiên Lãng'] },
  {
    name: 'not in a plan dated before the reform',
    text: MINIMAL_PLAN.replace('ngay: 2026-01', 'ngay: 2025-03').replace(' năm 2026\n', ' năm 2025\n') + 'hinh_thuc:\n  - Niêm yết tại Bộ phận Tiếp nhận và Trả kết quả.\n',
    covers: [],
  },
  { name: 'not the city office ("Văn phòng UBND thành phố")', text: MINIMAL_PLAN + 'kinh_phi: Văn phòng UBND thành phố hướng dẫn.\n', covers: [] },
]);

describe('unit/outdated quick fix', () => {
  it('writes the new name in place of the old one, and only there', () => {
    const text = MINIMAL_PLAN + 'hinh_thuc:\n  - Niêm yết tại Bộ phận Tiếp nhận và Trả kết quả của xã; bảo đảm kết nối.\n';
    const [finding] = findingsOf(text, 'unit/outdated');
    const fixed = apply(text, finding.fixes![0].edits);
    assert.equal(fixed, text.replace('Bộ phận Tiếp nhận và Trả kết quả của xã', 'Trung tâm Phục vụ hành chính công xã'));
    assert.deepEqual(findingsOf(fixed, 'unit/outdated'), []);
  });
});

ruleTable('unit/lead-without-duty', [
  { name: 'the lead has a block', text: plan([['Phòng Văn hóa - Xã hội', 'Chủ trì.']], row('Phòng Văn hóa - Xã hội')), covers: [] },
  { name: 'the block is spelt differently', text: plan([['Phòng Văn hóa, Xã hội xã', 'Chủ trì.']], row('Phòng Văn hóa - Xã hội')), covers: [] },
  { name: 'the block has the outdated name of the same office (seed 000)', text: plan([['Văn phòng Ủy ban nhân dân xã', 'Đăng tin.']], row('Văn phòng HĐND- UBND xã')), covers: [] },
  { name: 'a member of the joint block of Mặt trận', text: plan([['Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội', 'Phối hợp.']], row('Ủy ban Mặt trận Tổ quốc Việt Nam xã')), covers: [] },
  { name: 'no block for the lead', text: plan([['Phòng Văn hóa - Xã hội', 'Chủ trì.']], row('Văn phòng HĐND và UBND xã')), covers: ['Văn phòng HĐND và UBND xã'], message: ['nhiệm vụ 1', 'to_chuc_thuc_hien'] },
  { name: 'each of two leads is checked', text: plan([['Phòng Văn hóa - Xã hội', 'Chủ trì.']], row('Phòng Văn hóa - Xã hội, Phòng Kinh tế')), covers: ['Phòng Kinh tế'] },
  { name: 'an unknown unit without a block', text: plan([['Phòng Văn hóa - Xã hội', 'Chủ trì.']], row('Đài truyền thanh xã')), covers: ['Đài truyền thanh xã'] },
  { name: 'a vague lead is another rule', text: plan([['Phòng Văn hóa - Xã hội', 'Chủ trì.']], row('Các cơ quan, đơn vị')), covers: [] },
  { name: 'no tổ chức thực hiện part: nothing to compare', text: plan([], row('Phòng Kinh tế')), covers: [] },
]);

ruleTable('unit/duty-without-task', [
  { name: 'the unit leads a task', text: plan([['Trung tâm Phục vụ hành chính công xã', 'Niêm yết.']], row('Trung tâm Phục vụ hành chính công xã')), covers: [] },
  { name: 'the unit partners a task', text: plan([['Trung tâm Phục vụ hành chính công xã', 'Niêm yết.']], row('Phòng Kinh tế', 'phoi_hop: Trung tâm PVHCC xã\n')), covers: [] },
  {
    name: 'duties of its own and no task (seed 000 block 4)',
    text: plan([['Trung tâm Phục vụ hành chính công xã', 'Niêm yết công khai thủ tục hành chính.']], row('Phòng Kinh tế')),
    covers: ['Trung tâm Phục vụ hành chính công xã'],
    message: ['Tổ chức thực hiện'],
  },
  { name: 'only supporting duties ("Phối hợp …", the clean example)', text: plan([['Phòng Kinh tế', 'Phối hợp với Phòng Văn hóa - Xã hội bố trí kinh phí.']], row('Phòng Văn hóa - Xã hội')), covers: [] },
  { name: 'covered by "Các phòng chuyên môn" as a partner', text: plan([['Phòng Kinh tế', 'Thẩm định dự toán.']], row('Phòng Văn hóa - Xã hội', 'phoi_hop: Các phòng chuyên môn UBND xã\n')), covers: [] },
  { name: 'a "Đề nghị" block', text: planWithTasks(row('Phòng Kinh tế')) + 'to_chuc_thuc_hien:\n  - don_vi: Đảng ủy xã\n    de_nghi: true\n    nhiem_vu: Lãnh đạo, chỉ đạo.\n', covers: [] },
  { name: 'a collective block', text: plan([['Các thôn', 'Tuyên truyền.']], row('Phòng Kinh tế')), covers: [] },
  { name: 'no appendix: nothing to compare (seed 003)', text: MINIMAL_PLAN + 'to_chuc_thuc_hien:\n  - don_vi: Phòng Kinh tế\n    nhiem_vu: Tuyên truyền.\n', covers: [] },
]);

describe('navigation over units', () => {
  const text = plan(
    [['Phòng Văn hóa - Xã hội', 'Chủ trì, phối hợp với Phòng Kinh tế.'], ['Phòng Kinh tế', 'Phối hợp.']],
    row('Phòng Văn hóa, Xã hội', 'phoi_hop: Phòng Kinh tế; Trung tâm Dịch vụ sự nghiệp công\n'),
    row('"Phòng Kinh tế"'),
  );
  const parsed = parsePlan(text);
  const at = (needle: string, occurrence = 0, shift = 2) => {
    let index = -1;
    for (let i = 0; i <= occurrence; i++) index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, needle);
    return index + shift;
  };
  const slices = (ranges: { start: number; end: number }[]) => ranges.map((range) => text.slice(range.start, range.end));

  it('finds every reference of a unit, whatever its spelling', () => {
    assert.deepEqual(slices(unitReferences(parsed, at('Phòng Kinh tế'))), ['Phòng Kinh tế', 'Phòng Kinh tế', 'Phòng Kinh tế', 'Phòng Kinh tế']);
    assert.deepEqual(slices(unitReferences(parsed, at('Phòng Văn hóa, Xã hội'))), ['Phòng Văn hóa, Xã hội', 'Phòng Văn hóa - Xã hội']);
    assert.deepEqual(unitReferences(parsed, at('thoi_gian')), []);
  });

  it('goes from a lead, a partner or a text mention to its block', () => {
    const block = text.indexOf('don_vi: Phòng Kinh tế') + 'don_vi: '.length;
    for (const offset of [at('phoi_hop: Phòng Kinh tế', 0, 12), at('"Phòng Kinh tế"'), at('với Phòng Kinh tế', 0, 6)]) {
      assert.deepEqual(unitDefinition(parsed, offset), [{ start: block, end: block + 'Phòng Kinh tế'.length }]);
    }
    assert.deepEqual(unitDefinition(parsed, at('Trung tâm Dịch vụ')), [], 'no block for that unit');
  });

  it('prepares a rename only on a unit name', () => {
    const place = prepareUnitRename(parsed, at('Phòng Văn hóa, Xã hội'));
    assert.deepEqual(place && text.slice(place.range.start, place.range.end), 'Phòng Văn hóa, Xã hội');
    assert.equal(place?.placeholder, 'Phòng Văn hóa, Xã hội');
    assert.equal(prepareUnitRename(parsed, at('ten: Tuyên truyền')), undefined);
    assert.equal(prepareUnitRename(parsed, at('loai')), undefined);
  });

  it('renames a unit in cells and text, replacing only the names, keeping quotes', () => {
    const result = renameUnit(parsed, at('"Phòng Kinh tế"'), 'Phòng Kinh tế, Hạ tầng và Đô thị', 'vi');
    assert.ok('edits' in result);
    assert.equal(result.edits.length, 4);
    const renamed = apply(text, result.edits);
    assert.equal(renamed, text.split('Phòng Kinh tế').join('Phòng Kinh tế, Hạ tầng và Đô thị'));
    assert.equal(parsePlan(renamed).yamlErrors.length, 0);
  });

  it('renames every spelling of a unit to one name', () => {
    const result = renameUnit(parsed, at('Phòng Văn hóa, Xã hội'), 'Phòng Văn hóa - Xã hội', 'vi');
    assert.ok('edits' in result);
    assert.equal(apply(text, result.edits), text.replace('Phòng Văn hóa, Xã hội', 'Phòng Văn hóa - Xã hội'));
  });

  it('renames across a folded line and inside an escaped double-quoted value', () => {
    const folded = MINIMAL_PLAN + 'kinh_phi: Phối hợp với Phòng Văn hóa - Xã\n  hội thực hiện, báo cáo Phòng Văn hoá - Xã hội.\nbao_cao: "Gửi Phòng Văn hóa – Xã hội \\"tổng hợp\\"."\n';
    const result = renameUnit(parsePlan(folded), folded.indexOf('Phòng Văn hoá') + 3, 'Phòng Văn hóa - Xã hội', 'vi');
    assert.ok('edits' in result);
    assert.equal(result.edits.length, 3);
    const data = parsePlan(apply(folded, result.edits)).data as { kinh_phi: string; bao_cao: string };
    assert.equal(data.kinh_phi, 'Phối hợp với Phòng Văn hóa - Xã hội thực hiện, báo cáo Phòng Văn hóa - Xã hội.');
    assert.equal(data.bao_cao, 'Gửi Phòng Văn hóa - Xã hội "tổng hợp".');
  });

  it('escapes a new name inside a double-quoted value', () => {
    const result = renameUnit(parsed, at('"Phòng Kinh tế"'), 'Phòng "Kinh tế"', 'vi');
    assert.ok('edits' in result);
    const renamed = apply(text, result.edits);
    assert.ok(renamed.includes('chu_tri: "Phòng \\"Kinh tế\\""'));
    assert.equal(parsePlan(renamed).yamlErrors.length, 0);
  });

  it('refuses a name that would break a plain value, an empty name, or a position off a unit', () => {
    for (const [offset, name] of [[at('"Phòng Kinh tế"'), 'Phòng: Kinh tế'], [at('"Phòng Kinh tế"'), '   '], [at('thoi_gian'), 'X']] as const) {
      const result = renameUnit(parsed, offset, name, 'vi');
      assert.ok('error' in result, JSON.stringify(result));
    }
  });
});

describe('completion of unit names', () => {
  it('offers the plan’s units in their canonical spelling first, then the standard ones', () => {
    const text = planWithTasks('ten: A\nchu_tri: Phòng Văn hóa, Xã hội\nphoi_hop: Trung tâm dịch vụ sự nghiệp công, Đài truyền thanh xã\nthoi_gian: Quý I/2026', 'ten: B\nchu_tri: |');
    const offset = text.indexOf('|');
    const entries = complete(parsePlan(text.replace('|', '')), offset, 'vi');
    const labels = entries.map((entry) => entry.label);
    assert.ok(labels.includes('Phòng Văn hóa - Xã hội'));
    assert.ok(!labels.includes('Phòng Văn hóa, Xã hội'), 'a variant is not offered');
    assert.ok(labels.includes('Trung tâm Dịch vụ sự nghiệp công'));
    assert.ok(labels.includes('Đài truyền thanh xã'));
    assert.ok(!labels.includes('Bộ phận Tiếp nhận và Trả kết quả'));
    assert.equal(new Set(labels).size, labels.length);
  });
});

describe('summary of the appendix', () => {
  it('counts tasks per lead unit and per quarter (seed 002)', () => {
    const parsed = parsePlan(read('seed-002-ninh-giang-2025.plan.yaml'));
    const summary = taskSummary(parsed, 'vi');
    assert.equal(summary.total, 7);
    assert.deepEqual(summary.byLead, [{ label: 'Phòng Văn hóa - Xã hội', count: 5 }, { label: 'Phòng Kinh tế', count: 1 }]);
    assert.equal(summary.noLead, 1, 'row 2 has a vague lead');
    assert.deepEqual(summary.byPeriod, [{ label: 'Quý III/2025', count: 5 }, { label: 'Quý IV/2025', count: 7 }]);
    assert.equal(summary.noTime, 0);
  });

  it('is shown as code lenses on the nhiem_vu key, and on hover', () => {
    const text = read('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    const parsed = parsePlan(text);
    const lenses = taskSummaryLenses(parsed, 'vi');
    assert.equal(lenses.length, 2);
    for (const lens of lenses) assert.equal(text.slice(lens.range.start, lens.range.end), 'nhiem_vu');
    assert.equal(lenses[0].title, '4 nhiệm vụ · Phòng Văn hóa - Xã hội: 2 · Trung tâm Phục vụ hành chính công xã: 1 · Văn phòng HĐND và UBND xã: 1');
    assert.equal(lenses[1].title, 'Quý I/2026: 3 · Quý II/2026: 3 · Quý III/2026: 3 · Quý IV/2026: 4');
    const offset = text.indexOf('\nnhiem_vu:') + 3;
    const result = hover(parsed, offset, 'vi', defaultRegistry());
    assert.ok(result?.contents.includes('| Phòng Văn hóa - Xã hội | 2 |'), result?.contents);
    assert.ok(result?.contents.includes('| Quý IV/2026 | 4 |'));
    assert.equal(taskSummaryLenses(parsePlan(MINIMAL_PLAN), 'vi').length, 0, 'no appendix, no lens');
  });

  it('speaks English', () => {
    const lenses = taskSummaryLenses(parsePlan(read('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml')), 'en');
    assert.match(lenses[0].title, /^4 tasks · /);
    assert.match(lenses[1].title, /^Q1 2026: 3/);
  });
});

describe('unit rules in English', () => {
  it('quote the Vietnamese they cite', () => {
    const text = plan([['Trung tâm Phục vụ hành chính công', 'Niêm yết.'], ['Văn phòng Ủy ban nhân dân xã', 'Đăng tin.']], row('Phòng Văn hóa, Xã hội'));
    const messages = lintText(text, { lang: 'en' }).findings.filter((f) => f.ruleId.startsWith('unit/')).map((f) => f.message);
    assert.ok(messages.length >= 4, messages.join('\n'));
    for (const message of messages) assert.doesNotMatch(message.replace(/"[^"]*"/g, ''), /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỵỷỹđ]/, message);
  });
});
