import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, lintText } from '../../core/src';
import { COMPLETE_PLAN, lineOf, MINIMAL_PLAN, planWithTasks } from '../support/plans';
import { findingsOf, ruleTable } from '../support/rule-table';

describe('the complete minimal plan', () => {
  it('passes every rule', () => {
    assert.deepEqual(lintText(COMPLETE_PLAN).findings, []);
  });
});

ruleTable('yaml/syntax', [
  { name: 'valid YAML', text: MINIMAL_PLAN, lines: [] },
  {
    name: 'unquoted text with ": " inside a value',
    text: MINIMAL_PLAN + 'kinh_phi: Nguồn: ngân sách xã\n',
    lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky') + 4],
    message: ['ngoặc kép'],
  },
  { name: 'tab indentation', text: 'loai: ke-hoach\ncan_cu:\n\t- x\n', lines: [3], message: ['Tab'] },
  { name: 'unclosed quote is shown at its opening quote', text: 'loai: ke-hoach\nco_quan: "Ủy ban\nso: /KH-UBND\n', lines: [2], message: ['thiếu ký tự đóng'] },
  { name: 'duplicate key', text: MINIMAL_PLAN + 'so: 1/KH-UBND\n', lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky') + 4], message: ['lặp'] },
  { name: 'two documents', text: MINIMAL_PLAN + '---\nloai: ke-hoach\n', lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky') + 4] },
  { name: 'an empty file says how to start', text: '', lines: [1], message: ['trống', 'kehoach'] },
  { name: 'a comment-only file is empty too', text: '# ghi chú\n', lines: [1], message: ['trống'] },
  { name: 'an unclosed [ is named as such, not as indentation', text: 'loai: ke-hoach\ncan_cu: [a, b\n', lines: [3], message: ['thiếu ký tự đóng'] },
  { name: 'a list instead of a mapping', text: '- loai: ke-hoach\n', lines: [1], message: ['nhóm khóa'] },
  { name: 'an unresolved alias', text: MINIMAL_PLAN + 'kinh_phi: *nguon\n', lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky') + 4] },
  {
    name: 'an alias bomb is refused, not expanded',
    text: 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
    lines: [2],
    message: ['bí danh'],
  },
]);

ruleTable('schema/required', [
  { name: 'all required parts present', text: MINIMAL_PLAN, lines: [] },
  {
    name: 'missing date',
    text: MINIMAL_PLAN.replace('ngay: 2026-01\n', ''),
    lines: [1],
    message: ["Thiếu mục 'ngay'", 'Ngày ban hành'],
  },
  {
    name: 'missing signer name, reported at the signer',
    text: MINIMAL_PLAN.replace('  ho_ten: Nguyễn Văn A\n', ''),
    lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky')],
    message: ["'ho_ten'", "'nguoi_ky'"],
  },
  {
    name: 'a decision needs its decision part instead of recipients and signer',
    text: MINIMAL_PLAN.replace('loai: ke-hoach', 'loai: quyet-dinh'),
    lines: [1],
    message: ["'quyet_dinh'"],
  },
  {
    name: 'a task without a name',
    text: planWithTasks('chu_tri: Phòng Kinh tế\nthoi_gian: Quý I/2026'),
    lines: [lineOf(planWithTasks('chu_tri: Phòng Kinh tế\nthoi_gian: Quý I/2026'), 'chu_tri')],
    message: ["'ten'"],
  },
]);

ruleTable('schema/unknown-key', [
  { name: 'known keys', text: planWithTasks('ten: A\nchu_tri: B\nthoi_gian: Quý I/2026'), lines: [] },
  {
    name: 'a typo gets a suggestion',
    text: planWithTasks('ten: A\nchu_tr: B\nthoi_gian: Quý I/2026'),
    lines: [lineOf(planWithTasks('ten: A\nchu_tr: B\nthoi_gian: Quý I/2026'), 'chu_tr')],
    message: ["'chu_tr'", "có phải 'chu_tri'"],
  },
  {
    name: 'a key typed with diacritics',
    text: MINIMAL_PLAN + 'kinh_phí: Ngân sách xã\n',
    lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky') + 4],
    message: ["có phải 'kinh_phi'"],
  },
  {
    name: 'a key far from any other lists the allowed keys',
    text: MINIMAL_PLAN.replace('nguoi_ky:', 'nguoi_ky:\n  xyz: 1'),
    lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky') + 1],
    message: ['thay_mat'],
  },
]);

ruleTable('schema/type', [
  { name: 'right shapes', text: MINIMAL_PLAN, lines: [] },
  {
    name: 'unquoted "Lưu: VT, VHXH" becomes a mapping: message says to quote it',
    text: MINIMAL_PLAN.replace('- "Lưu: VT, VHXH"', '- Lưu: VT, VHXH'),
    lines: [lineOf(MINIMAL_PLAN, 'Lưu')],
    message: ['chuỗi văn bản', 'ngoặc kép'],
  },
  {
    name: 'a list where text is expected',
    text: MINIMAL_PLAN.replace('dia_danh: Tiên Lãng', 'dia_danh:\n  - Tiên Lãng'),
    lines: [lineOf(MINIMAL_PLAN, 'dia_danh') + 1],
  },
  {
    name: 'a union value of the wrong type reports once, not once per branch',
    text: planWithTasks('ten: A\nchu_tri: B\nthoi_gian: Quý I/2026\nphoi_hop: 5'),
    lines: [lineOf(planWithTasks('ten: A\nchu_tri: B\nthoi_gian: Quý I/2026\nphoi_hop: 5'), 'phoi_hop')],
    message: ['danh sách'],
  },
]);

ruleTable('schema/value', [
  { name: 'valid values', text: MINIMAL_PLAN, lines: [] },
  { name: 'unknown document type', text: MINIMAL_PLAN.replace('loai: ke-hoach', 'loai: kehoach'), lines: [1], message: ['ke-hoach, quyet-dinh'] },
  { name: 'date in the wrong form', text: MINIMAL_PLAN.replace('ngay: 2026-01', 'ngay: 09/01/2026'), lines: [5], message: ['2026-01-09'] },
  { name: 'full date accepted', text: MINIMAL_PLAN.replace('ngay: 2026-01', 'ngay: 2026-01-09'), lines: [] },
  { name: 'number without a symbol', text: MINIMAL_PLAN.replace('so: /KH-UBND', 'so: 15-KH'), lines: [3], message: ['15/KH-UBND'] },
  { name: 'a draft number is accepted', text: MINIMAL_PLAN.replace('so: /KH-UBND', 'so: 15/KH-UBND'), lines: [] },
  {
    name: 'an entry both paragraph and item',
    text: MINIMAL_PLAN + 'muc_dich:\n  - doan: a\n    muc: b\n',
    lines: [lineOf(MINIMAL_PLAN, 'nguoi_ky') + 5],
    message: ["'doan'"],
  },
]);

ruleTable('task/missing-lead', [
  { name: 'a lead is present', text: planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nthoi_gian: Quý I/2026'), lines: [] },
  { name: 'absent', text: planWithTasks('ten: Khảo sát\nthoi_gian: Quý I/2026'), lines: [lineOf(planWithTasks('ten: Khảo sát\nthoi_gian: Quý I/2026'), 'ten: Khảo sát')], message: ['Nhiệm vụ 1', 'Khảo sát'] },
  { name: 'empty string', text: planWithTasks('ten: A\nchu_tri: ""\nthoi_gian: Quý I/2026'), lines: [lineOf(planWithTasks('ten: A\nchu_tri: ""\nthoi_gian: Quý I/2026'), 'chu_tri')] },
  { name: 'blank string', text: planWithTasks('ten: A\nchu_tri: "   "\nthoi_gian: Quý I/2026'), lines: [lineOf(planWithTasks('ten: A\nchu_tri: "   "\nthoi_gian: Quý I/2026'), 'chu_tri')] },
  { name: 'null value', text: planWithTasks('ten: A\nchu_tri:\nthoi_gian: Quý I/2026'), lines: [lineOf(planWithTasks('ten: A\nchu_tri:\nthoi_gian: Quý I/2026'), 'chu_tri')] },
  {
    name: 'only the second of two tasks',
    text: planWithTasks('ten: A\nchu_tri: B\nthoi_gian: Quý I/2026', 'ten: C\nthoi_gian: Quý II/2026'),
    lines: [lineOf(planWithTasks('ten: A\nchu_tri: B\nthoi_gian: Quý I/2026', 'ten: C\nthoi_gian: Quý II/2026'), 'ten: C')],
    message: ['Nhiệm vụ 2'],
  },
]);

ruleTable('task/undated', [
  { name: 'a time is present', text: planWithTasks('ten: A\nchu_tri: B\nthoi_gian: Thường xuyên'), lines: [] },
  { name: 'absent', text: planWithTasks('ten: A\nchu_tri: B'), lines: [lineOf(planWithTasks('ten: A\nchu_tri: B'), 'ten: A')], message: ['thời gian'] },
  { name: 'empty', text: planWithTasks('ten: A\nchu_tri: B\nthoi_gian: ""'), lines: [lineOf(planWithTasks('ten: A\nchu_tri: B\nthoi_gian: ""'), 'thoi_gian')] },
  { name: 'blank', text: planWithTasks('ten: A\nchu_tri: B\nthoi_gian: "  "'), lines: [lineOf(planWithTasks('ten: A\nchu_tri: B\nthoi_gian: "  "'), 'thoi_gian')] },
]);

const withBasis = (basis: string) => MINIMAL_PLAN.replace(/(can_cu:\n  - ).*\n/, `$1${basis}\n`);
ruleTable('ref/unknown', [
  { name: 'a known national document', text: MINIMAL_PLAN, lines: [] },
  { name: 'a known city document', text: withBasis('Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch'), lines: [] },
  { name: 'a known party document', text: withBasis('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học'), lines: [] },
  { name: 'a normative symbol', text: withBasis('Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư'), lines: [] },
  { name: 'an unknown number', text: withBasis('Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ'), lines: [8], message: ['67/NQ-CP'] },
  {
    name: 'several documents in one line, one unknown',
    text: withBasis('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Chỉ thị số 32/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ'),
    lines: [8],
    message: ['32/CT-TTg'],
  },
  { name: 'a quality standard is not a citation', text: withBasis('Tiêu chuẩn quốc gia TCVN ISO 9001:2015'), lines: [] },
  {
    name: 'the unknown symbol is located exactly, also inside quotes',
    text: withBasis('"Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ"'),
    lines: [8],
  },
]);

describe('finding ranges', () => {
  it('ref/unknown covers exactly the symbol, quoted or not', () => {
    for (const text of [withBasis('Quyết định số 999/QĐ-UBND ngày 01/01/2026 của X'), withBasis('"Quyết định số 999/QĐ-UBND ngày 01/01/2026 của X"')]) {
      const [finding] = findingsOf(text, 'ref/unknown');
      assert.equal(finding.text, '999/QĐ-UBND');
    }
  });
  it('schema/unknown-key covers the key and offers a rename fix for exactly that range', () => {
    const text = planWithTasks('ten: A\nchu_tr: B\nthoi_gian: Quý I/2026');
    const [finding] = findingsOf(text, 'schema/unknown-key');
    assert.equal(finding.text, 'chu_tr');
    assert.deepEqual(finding.fixes?.[0].edits, [{ range: finding.range, newText: 'chu_tri' }]);
  });
});

describe('messages in English', () => {
  it('every rule speaks English when asked', () => {
    const text = planWithTasks('ten: A\nchu_tr: B').replace('ngay: 2026-01\n', '');
    const messages = lintText(text, { lang: 'en' }).findings.map((f) => f.message);
    assert.ok(messages.some((m) => m.startsWith("Missing 'ngay'")));
    assert.ok(messages.some((m) => m.includes("did you mean 'chu_tri'")));
    assert.ok(messages.some((m) => m.includes('has no lead unit')));
    assert.ok(messages.every((m) => !/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỵỷỹ]/.test(m.replace(/"[^"]*"/g, ''))), messages.join('\n'));
  });
});

describe('rule metadata', () => {
  it('every rule has a unique id, both languages and docs', () => {
    const ids = new Set<string>();
    for (const rule of allRules) {
      assert.match(rule.meta.id, /^[a-z]+\/[a-z-]+$/);
      assert.ok(!ids.has(rule.meta.id), rule.meta.id);
      ids.add(rule.meta.id);
      assert.equal(rule.meta.id.split('/')[0], rule.meta.category);
      for (const text of [rule.meta.description.vi, rule.meta.description.en, rule.meta.docs.vi, rule.meta.docs.en]) {
        assert.ok(text.trim().length > 20, rule.meta.id);
      }
    }
  });

  it('a rule turned off reports nothing; a severity override applies', () => {
    const text = planWithTasks('ten: A\nthoi_gian: Quý I/2026');
    const leads = (severities: Record<string, 'off' | 'warning'>) => lintText(text, { severities }).findings.filter((f) => f.ruleId === 'task/missing-lead');
    assert.equal(leads({}).length, 1);
    assert.equal(leads({ 'task/missing-lead': 'off' }).length, 0);
    assert.equal(leads({ 'task/missing-lead': 'warning' })[0].severity, 'warning');
  });

  it('a rule that throws is reported as a failure and the others still run', () => {
    const broken = { meta: { ...allRules[0].meta, id: 'test/broken' }, check: () => { throw new Error('boom'); } };
    const result = lintText(planWithTasks('ten: A\nthoi_gian: Quý I/2026'), { rules: [broken, ...allRules] });
    assert.equal(result.failures.length, 1);
    assert.equal(result.failures[0].ruleId, 'test/broken');
    assert.ok(result.findings.some((f) => f.ruleId === 'task/missing-lead'));
  });
});
