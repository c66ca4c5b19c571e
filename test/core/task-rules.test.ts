// Rules on appendix tasks: who leads, partners, and the time (must fire / must not fire), and the time quick fix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lintText, parsePlan, type TextEdit } from '../../core/src';
import { examplesDir } from '../support/paths';
import { lineOf, MINIMAL_PLAN, planWithTasks } from '../support/plans';
import { findingsOf, ruleTable } from '../support/rule-table';

/** A plan with one task row; `line` finds the 1-based line of a needle in it. */
function oneTask(row: string) {
  const text = planWithTasks(row);
  return { text, line: (needle: string) => lineOf(text, needle) };
}

const vague = oneTask('ten: Tuyên truyền thủ tục hành chính\nchu_tri: Các cơ quan, đơn vị\nthoi_gian: Thường xuyên');
const vagueRelated = oneTask('ten: A\nchu_tri: Các phòng chuyên môn UBND xã\nthoi_gian: Thường xuyên');
ruleTable('task/vague-lead', [
  { name: 'a named unit', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nthoi_gian: Quý I/2026'), lines: [] },
  { name: '"Các cơ quan, đơn vị" as the lead', text: vague.text, lines: [vague.line('chu_tri')], covers: ['Các cơ quan, đơn vị'], message: ['Nhiệm vụ 1', 'Các cơ quan, đơn vị'] },
  { name: '"Các phòng chuyên môn UBND xã" as the lead', text: vagueRelated.text, lines: [vagueRelated.line('chu_tri')] },
  { name: 'a vague group as a partner is fine', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nphoi_hop: Các cơ quan, đơn vị\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'a named collective is not vague', text: planWithTasks('ten: A\nchu_tri: Các tổ chức chính trị - xã hội xã\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'no lead at all is task/missing-lead, not this rule', text: planWithTasks('ten: A\nthoi_gian: Quý I/2026'), lines: [] },
]);

const twoLeads = oneTask('ten: Tham dự cuộc thi\nchu_tri: Phòng Văn hóa, Xã hội, Trung tâm dịch vụ sự nghiệp công\nthoi_gian: Tháng 11/2026');
const semicolon = oneTask('ten: A\nchu_tri: Đài truyền thanh xã; Hội Nông dân xã\nthoi_gian: Quý I/2026');
const joint = oneTask('ten: A\nchu_tri: Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội\nthoi_gian: Quý I/2026');
ruleTable('task/multiple-leads', [
  { name: 'one unit whose name has a comma', text: planWithTasks('ten: A\nchu_tri: Phòng Văn hóa, Xã hội\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'one unit with "và" inside its name', text: planWithTasks('ten: A\nchu_tri: Văn phòng HĐND và UBND xã\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'one unit of a phường, commas inside', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế, Hạ tầng và Đô thị\nthoi_gian: Quý I/2026'), lines: [] },
  {
    name: 'two known units in one cell (seed 000 row 5)',
    text: twoLeads.text,
    lines: [twoLeads.line('chu_tri')],
    covers: ['Phòng Văn hóa, Xã hội, Trung tâm dịch vụ sự nghiệp công'],
    message: ['2 cơ quan chủ trì', '"Phòng Văn hóa, Xã hội"', '"Trung tâm dịch vụ sự nghiệp công"'],
  },
  { name: 'two unknown units separated by ";"', text: semicolon.text, lines: [semicolon.line('chu_tri')] },
  { name: 'unknown words after a comma are not counted as a unit', text: planWithTasks('ten: A\nchu_tri: Đài truyền thanh xã, Hội Nông dân xã\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'a remark in lower case is not a second lead', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế (chủ trì)\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'the joint block of Mặt trận and the organisations names two bodies', text: joint.text, lines: [joint.line('chu_tri')] },
  { name: 'a vague lead is task/vague-lead only', text: vague.text, lines: [] },
]);

const emptyPartner = oneTask('ten: Khảo sát\nchu_tri: Phòng Văn hóa - Xã hội\nphoi_hop: ""\nthoi_gian: Quý IV/2026');
const nullPartner = oneTask('ten: Khảo sát\nchu_tri: Phòng Văn hóa - Xã hội\nphoi_hop:\nthoi_gian: Quý IV/2026');
const declared = MINIMAL_PLAN + 'phu_luc:\n  cot:\n    - ten\n    - chu_tri\n    - phoi_hop\n    - thoi_gian\nnhiem_vu:\n  - ten: Khảo sát\n    chu_tri: Phòng Kinh tế\n    thoi_gian: Quý IV/2026\n';
ruleTable('task/missing-partner', [
  { name: 'a partner is named', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nphoi_hop: Phòng Văn hóa - Xã hội\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'partners as a list', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nphoi_hop:\n  - Phòng Văn hóa - Xã hội\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'an empty partner cell (seed 002 rows 4 and 6)', text: emptyPartner.text, lines: [emptyPartner.line('phoi_hop')], covers: ['phoi_hop: ""'], message: ['Nhiệm vụ 1', 'phoi_hop'] },
  { name: 'a null partner cell', text: nullPartner.text, lines: [nullPartner.line('phoi_hop')] },
  { name: 'no partner key and no declared partner column', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'no partner key while the appendix declares the column', text: declared, lines: [lineOf(declared, '  - ten: Khảo sát')] },
]);

const unreadable = (time: string) => oneTask(`ten: A\nchu_tri: Phòng Kinh tế\nthoi_gian: ${time}`);
ruleTable('task/unreadable-time', [
  ...['Thường xuyên', 'Quý III, quý IV năm 2026', 'Năm 2026', 'Hằng tháng', 'Trước ngày 30/6/2026', 'Quý IV'].map((time) => ({ name: `"${time}" is read`, text: unreadable(time).text, lines: [] })),
  { name: 'an unknown form, with the accepted forms in the message', text: unreadable('Theo chỉ đạo').text, lines: [unreadable('Theo chỉ đạo').line('thoi_gian')], covers: ['Theo chỉ đạo'], message: ['"Theo chỉ đạo"', 'nhiệm vụ 1', 'Thường xuyên', 'Quý I/2026', 'Trước ngày 30/6/2026'] },
  { name: 'quarter V', text: unreadable('Quý V/2026').text, lines: [unreadable('Quý V/2026').line('thoi_gian')], message: ['không có quý "V"'] },
  { name: 'month 13', text: unreadable('Tháng 13/2026').text, lines: [unreadable('Tháng 13/2026').line('thoi_gian')], message: ['tháng "13"'] },
  { name: 'an impossible date', text: unreadable('Trước ngày 31/2/2026').text, lines: [unreadable('Trước ngày 31/2/2026').line('thoi_gian')], message: ['31/2/2026'] },
  { name: 'a reversed range', text: unreadable('Từ tháng 12 đến tháng 5/2026').text, lines: [unreadable('Từ tháng 12 đến tháng 5/2026').line('thoi_gian')], message: ['bắt đầu sau'] },
  { name: 'a blank time is task/undated, not this rule', text: unreadable('""').text, lines: [] },
  {
    name: 'located exactly inside a quoted value',
    text: unreadable('"Quý V/2026"').text,
    lines: [unreadable('"Quý V/2026"').line('thoi_gian')],
    covers: ['Quý V/2026'],
  },
]);

const outside = (time: string, subject = 'năm 2026') => {
  const text = planWithTasks(`ten: A\nchu_tri: Phòng Kinh tế\nthoi_gian: ${time}`).replace(' năm 2026\n', ` ${subject}\n`);
  return { text, line: lineOf(text, 'thoi_gian') };
};
ruleTable('task/outside-period', [
  { name: 'a quarter of the plan year', text: outside('Quý IV/2026').text, lines: [] },
  { name: '"Thường xuyên" covers the period', text: outside('Thường xuyên').text, lines: [] },
  { name: 'a deadline within the period', text: outside('Trước ngày 30/6/2026').text, lines: [] },
  { name: 'a year left over from last year', text: outside('Quý IV/2025').text, lines: [outside('Quý IV/2025').line], covers: ['Quý IV/2025'], message: ['"Quý IV/2025"', '1/10/2025 – 31/12/2025', '"năm 2026"', '1/1/2026 – 31/12/2026'] },
  { name: 'a deadline after the period', text: outside('Trước ngày 15/1/2027').text, lines: [outside('Trước ngày 15/1/2027').line] },
  { name: 'a quarter outside a half-year period', text: outside('Quý II/2025', '6 tháng cuối năm 2025').text, lines: [outside('Quý II/2025', '6 tháng cuối năm 2025').line] },
  { name: 'quarters inside a half-year period (seed 002)', text: outside('Quý III, quý IV năm 2025', '6 tháng cuối năm 2025').text, lines: [] },
  { name: 'a span that runs past the period', text: outside('Từ tháng 10/2026 đến tháng 3/2027').text, lines: [outside('Từ tháng 10/2026 đến tháng 3/2027').line] },
  { name: 'no period, nothing to compare', text: outside('Quý IV/2025', '').text.replace('Tiên Lãng \n', 'Tiên Lãng\n'), lines: [] },
  { name: 'an unreadable time is not judged here', text: outside('Quý V/2025').text, lines: [] },
]);

const described = (detail: string, time = 'Năm 2026') => {
  const text = planWithTasks(`ten: Tham gia cuộc thi\nchi_tiet:\n  - ${detail}\nchu_tri: Phòng Văn hóa - Xã hội\nphoi_hop: Trung tâm Dịch vụ sự nghiệp công\nthoi_gian: ${time}`);
  return { text, line: lineOf(text, detail) };
};
ruleTable('task/time-in-description', [
  { name: 'the column already carries the precise time', text: described('"Thời gian thực hiện: Tháng 11/2026"', 'Tháng 11/2026').text, lines: [] },
  { name: 'a description without a time', text: described('"Đối tượng: Phát thanh viên"').text, lines: [] },
  {
    name: 'a month in the description, the year in the column (seed 000 rows 5 and 6)',
    text: described('"Thời gian thực hiện: Tháng 11/2026"').text,
    lines: [described('"Thời gian thực hiện: Tháng 11/2026"').line],
    covers: ['Thời gian thực hiện: Tháng 11/2026'],
    message: ['"Tháng 11/2026"', '"Năm 2026"', 'thoi_gian'],
  },
  { name: 'inside a longer line, "thời gian tổ chức"', text: described('"Quy mô: 02 cuộc; thời gian tổ chức: Quý III/2026."').text, lines: [described('"Quy mô: 02 cuộc; thời gian tổ chức: Quý III/2026."').line], covers: ['thời gian tổ chức: Quý III/2026'] },
  { name: 'a description time that contradicts the column', text: described('"Thời gian thực hiện: Tháng 11/2026"', 'Quý I/2026').text, lines: [described('"Thời gian thực hiện: Tháng 11/2026"', 'Quý I/2026').line], message: ['không khớp'] },
  { name: 'a vaguer description time is fine', text: described('"Thời gian: Năm 2026"', 'Quý II/2026').text, lines: [] },
  { name: 'an unreadable description time is not judged', text: described('"Thời gian thực hiện: theo kế hoạch của thành phố"').text, lines: [] },
  { name: 'no thoi_gian is task/undated', text: planWithTasks('ten: A\nchi_tiet:\n  - "Thời gian: Tháng 11/2026"\nchu_tri: Phòng Kinh tế'), lines: [] },
]);

/** Applies edits (offsets into the original text). */
function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((result, edit) => result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end), text);
}

describe('task/time-in-description quick fix', () => {
  it('moves the only description line into thoi_gian, removing the emptied chi_tiet', () => {
    const { text } = described('"Thời gian thực hiện: Tháng 11/2026"');
    const [finding] = findingsOf(text, 'task/time-in-description');
    assert.equal(finding.fixes?.length, 1);
    assert.match(finding.fixes![0].title, /Tháng 11\/2026/);
    const fixed = apply(text, finding.fixes![0].edits);
    assert.equal(
      fixed,
      text.replace('  - ten: Tham gia cuộc thi\n    chi_tiet:\n      - "Thời gian thực hiện: Tháng 11/2026"\n', '  - ten: Tham gia cuộc thi\n').replace('thoi_gian: Năm 2026', 'thoi_gian: Tháng 11/2026'),
    );
    const mine = lintText(fixed).findings.filter((f) => /^(task|unit|text|plan)\//.test(f.ruleId));
    assert.deepEqual(mine, [], 'no task, unit, text or plan finding is left');
  });

  it('removes only its own line when chi_tiet has others, and keeps comments and quoting', () => {
    const text = planWithTasks('ten: A\nchi_tiet:\n  - "Mục đích: Nâng cao chất lượng" # giữ\n  - "Thời gian thực hiện: Tháng 10/2026"\nchu_tri: Phòng Kinh tế\nphoi_hop: Phòng Văn hóa - Xã hội\nthoi_gian: "Năm 2026"  # cột thời gian');
    const [finding] = findingsOf(text, 'task/time-in-description');
    const fixed = apply(text, finding.fixes![0].edits);
    assert.ok(fixed.includes('  - "Mục đích: Nâng cao chất lượng" # giữ\n'));
    assert.ok(!fixed.includes('Thời gian thực hiện'));
    assert.ok(fixed.includes('thoi_gian: "Tháng 10/2026"  # cột thời gian'));
    assert.equal(parsePlan(fixed).yamlErrors.length, 0);
    assert.deepEqual(findingsOf(fixed, 'task/time-in-description'), []);
  });

  it('keeps the rest of a description line that says more than the time', () => {
    const { text } = described('"Quy mô: 02 cuộc; thời gian tổ chức: Quý III/2026."');
    const [finding] = findingsOf(text, 'task/time-in-description');
    assert.equal(finding.fixes![0].edits.length, 1, 'only thoi_gian changes');
    const fixed = apply(text, finding.fixes![0].edits);
    assert.ok(fixed.includes('thoi_gian: Quý III/2026'));
    assert.ok(fixed.includes('Quy mô: 02 cuộc'));
  });

  it('offers no fix for a contradiction', () => {
    const { text } = described('"Thời gian thực hiện: Tháng 11/2026"', 'Quý I/2026');
    assert.equal(findingsOf(text, 'task/time-in-description')[0].fixes, undefined);
  });

  it('fixes both rows of seed 000, and the result parses and is quiet for this rule', () => {
    let text = readFileSync(path.join(examplesDir, 'seed-000-yet-kieu-2026.plan.yaml'), 'utf8');
    for (let round = 0; round < 2; round++) {
      const [finding] = findingsOf(text, 'task/time-in-description');
      text = apply(text, finding.fixes![0].edits);
      assert.equal(parsePlan(text).yamlErrors.length, 0);
    }
    assert.deepEqual(findingsOf(text, 'task/time-in-description'), []);
    assert.ok(text.includes('    thoi_gian: Tháng 11/2026\n') && text.includes('    thoi_gian: Tháng 10/2026\n'));
    assert.ok(text.includes('Đối tượng tham dự: Phát thanh viên'), 'the other description lines stay');
  });
});

describe('task rules in English', () => {
  it('speak English, quoting the Vietnamese they cite', () => {
    const text = planWithTasks('ten: A\nchu_tri: Các cơ quan, đơn vị\nphoi_hop: ""\nthoi_gian: Quý V/2026', 'ten: B\nchu_tri: Phòng Kinh tế, Phòng Văn hóa - Xã hội\nphoi_hop: Phòng Kinh tế\nthoi_gian: Quý IV/2025');
    const messages = lintText(text, { lang: 'en' }).findings.filter((f) => f.ruleId.startsWith('task/')).map((f) => f.message);
    assert.equal(messages.length, 5, messages.join('\n'));
    for (const message of messages) assert.doesNotMatch(message.replace(/"[^"]*"/g, ''), /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỵỷỹđ]/, message);
  });
});
