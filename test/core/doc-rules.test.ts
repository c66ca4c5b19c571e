import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, lintText, parsePlan } from '../../core/src';
import { COMPLETE_PLAN, lineOf } from '../support/plans';
import { findingsOf, ruleTable } from '../support/rule-table';

const COMPLETE = COMPLETE_PLAN;

const WITHOUT_RECIPIENTS = COMPLETE.replace('noi_nhan:\n  - Các cơ quan, đơn vị liên quan\n  - "Lưu: VT, VHXH"\n', '');

/** Applies the finding's first fix and returns the new text, which must still parse. */
function fixed(text: string, ruleId: string, index = 0): string {
  const finding = findingsOf(text, ruleId)[index];
  assert.ok(finding?.fixes?.length, `a fix for ${ruleId}`);
  const out = applyEdits(text, finding.fixes![0].edits);
  assert.deepEqual(parsePlan(out).yamlErrors, [], out);
  return out;
}

describe('the complete minimal plan', () => {
  it('has no doc/* finding', () => {
    assert.deepEqual(lintText(COMPLETE).findings.filter((f) => f.ruleId.startsWith('doc/')), []);
  });
});

ruleTable('doc/missing-section', [
  { name: 'all sections present', text: COMPLETE, lines: [] },
  { name: 'kinh_phi absent, shown on the key it should follow', text: COMPLETE.replace('kinh_phi: Ngân sách xã năm 2026.\n', ''), lines: [lineOf(COMPLETE, 'noi_dung:')], message: "'kinh_phi'" },
  { name: 'kinh_phi empty', text: COMPLETE.replace('kinh_phi: Ngân sách xã năm 2026.', 'kinh_phi:'), lines: [lineOf(COMPLETE, 'kinh_phi')], message: 'để trống' },
  { name: 'no reporting cycle anywhere', text: COMPLETE.replace('Báo cáo hằng quý về Ủy ban nhân dân xã.', 'Trên đây là Kế hoạch.'), lines: [lineOf(COMPLETE, 'bao_cao')], message: 'chế độ báo cáo' },
  { name: 'a reporting cycle stated in a unit block is enough', text: COMPLETE.replace('Báo cáo hằng quý về Ủy ban nhân dân xã.', 'Trên đây là Kế hoạch.').replace('nhiem_vu: Chủ trì.', 'nhiem_vu: Định kỳ hằng quý tổng hợp báo cáo.'), lines: [] },
  { name: 'a decision does not need the plan’s own recipients and signer', text: COMPLETE.replace('loai: ke-hoach', 'loai: quyet-dinh').replace(/noi_nhan:[\s\S]*?ho_ten: Nguyễn Văn A\n/, ''), lines: [] },
  { name: 'a plan without recipients, shown on the closing it should follow', text: WITHOUT_RECIPIENTS, lines: [lineOf(WITHOUT_RECIPIENTS, 'bao_cao')], message: "'noi_nhan'" },
]);

describe('doc/missing-section fixes', () => {
  it('inserts a missing kinh_phi between noi_dung and to_chuc_thuc_hien, with the commune and year', () => {
    const text = COMPLETE.replace('kinh_phi: Ngân sách xã năm 2026.\n', '');
    const out = fixed(text, 'doc/missing-section');
    assert.match(out, /  - Tuyên truyền chủ trương\.\nkinh_phi: Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã Tiên Lãng năm 2026 và các nguồn hợp pháp khác theo quy định\.\nto_chuc_thuc_hien:/);
    assert.deepEqual(findingsOf(out, 'doc/missing-section'), []);
  });

  it('fills an empty list section in place, keeping a comment after it', () => {
    const text = COMPLETE.replace('yeu_cau:\n  - Thường xuyên, kịp thời.\n', 'yeu_cau:   # điền sau\nnoi_dung_tam: 1\n').replace('noi_dung_tam: 1\n', '');
    const out = fixed(text, 'doc/missing-section');
    assert.ok(out.includes('yeu_cau:\n  - Công tác tuyên truyền'), out);
    assert.deepEqual(findingsOf(out, 'doc/missing-section'), []);
  });

  it('adds the reporting clause as the first paragraph of the closing', () => {
    const text = COMPLETE.replace('Báo cáo hằng quý về Ủy ban nhân dân xã.', 'Trên đây là Kế hoạch.');
    const out = fixed(text, 'doc/missing-section');
    assert.ok(out.includes('bao_cao:\n  - Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng quý, 06 tháng, năm (trước ngày 10 tháng cuối của quý, năm) về Ủy ban nhân dân xã Tiên Lãng (qua Phòng Văn hóa - Xã hội) để tổng hợp.\n  - Trên đây là Kế hoạch.'), out);
  });

  it('turns a one-paragraph closing into a list, keeping the paragraph as written', () => {
    const text = COMPLETE.replace('bao_cao:\n  - Báo cáo hằng quý về Ủy ban nhân dân xã.', 'bao_cao: "Trên đây là Kế hoạch."');
    const out = fixed(text, 'doc/missing-section');
    assert.ok(out.includes('bao_cao:\n  - Các cơ quan'), out);
    assert.ok(out.includes('\n  - "Trên đây là Kế hoạch."'), out);
  });

  it('keeps CRLF line endings', () => {
    const text = COMPLETE.replace('kinh_phi: Ngân sách xã năm 2026.\n', '').replace(/\n/g, '\r\n');
    const out = fixed(text, 'doc/missing-section');
    assert.ok(!/[^\r]\n/.test(out), 'every line break stays CRLF');
  });
});

ruleTable('doc/appendix-unreferenced', [
  { name: 'tasks and a pointer paragraph', text: COMPLETE + 'nhiem_vu_cu_the: Các cơ quan thực hiện nhiệm vụ tại Phụ lục.\nnhiem_vu:\n  - ten: A\n    chu_tri: B\n    thoi_gian: Quý I/2026\n', lines: [] },
  { name: 'tasks mentioned in the body only', text: COMPLETE.replace('Tuyên truyền chủ trương.', 'Tuyên truyền (có phụ lục kèm theo).') + 'nhiem_vu:\n  - ten: A\n    chu_tri: B\n    thoi_gian: Quý I/2026\n', lines: [] },
  { name: 'tasks never referred to', text: COMPLETE + 'nhiem_vu:\n  - ten: A\n    chu_tri: B\n    thoi_gian: Quý I/2026\n', lines: [lineOf(COMPLETE, 'bao_cao') + 2], message: '1 nhiệm vụ' },
  { name: 'a pointer without tasks', text: COMPLETE + 'nhiem_vu_cu_the: Các cơ quan thực hiện nhiệm vụ tại Phụ lục.\n', lines: [lineOf(COMPLETE, 'bao_cao') + 2] },
]);

ruleTable('doc/signer', [
  { name: 'TM. and CHỦ TỊCH', text: COMPLETE, lines: [] },
  { name: 'TM., KT. and a deputy', text: COMPLETE.replace('  chuc_vu: CHỦ TỊCH', '  ky_thay: CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH'), lines: [] },
  { name: 'a committee plan without TM.', text: COMPLETE.replace('  thay_mat: ỦY BAN NHÂN DÂN\n', ''), lines: [lineOf(COMPLETE, 'nguoi_ky')], message: 'TM.' },
  { name: 'KT. with the head’s own title', text: COMPLETE.replace('  chuc_vu: CHỦ TỊCH', '  ky_thay: CHỦ TỊCH\n  chuc_vu: CHỦ TỊCH'), lines: [lineOf(COMPLETE, 'chuc_vu') + 1], message: 'cấp phó' },
  { name: 'a deputy without KT.', text: COMPLETE.replace('  chuc_vu: CHỦ TỊCH', '  chuc_vu: PHÓ CHỦ TỊCH'), lines: [lineOf(COMPLETE, 'chuc_vu')], message: 'KT. CHỦ TỊCH' },
  {
    name: 'a decision of the Chairperson signed TM.',
    text: 'loai: quyet-dinh\nco_quan: Ủy ban nhân dân xã A\nquyet_dinh:\n  tham_quyen: CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ A\n  nguoi_ky:\n    thay_mat: ỦY BAN NHÂN DÂN\n    chuc_vu: CHỦ TỊCH\n    ho_ten: B\n',
    lines: [6],
    message: 'Quyết định',
  },
]);

describe('doc/signer fixes', () => {
  it('adds TM. as the first line of the signer block', () => {
    const out = fixed(COMPLETE.replace('  thay_mat: ỦY BAN NHÂN DÂN\n', ''), 'doc/signer');
    assert.ok(out.includes('nguoi_ky:\n  thay_mat: ỦY BAN NHÂN DÂN\n  chuc_vu: CHỦ TỊCH'), out);
  });
  it('adds KT. before a deputy’s title', () => {
    const out = fixed(COMPLETE.replace('  chuc_vu: CHỦ TỊCH', '  chuc_vu: PHÓ CHỦ TỊCH'), 'doc/signer');
    assert.ok(out.includes('  ky_thay: CHỦ TỊCH\n  chuc_vu: PHÓ CHỦ TỊCH'), out);
    assert.deepEqual(findingsOf(out, 'doc/signer'), []);
  });
});

ruleTable('doc/archive-missing', [
  { name: 'a filing line with a known unit', text: COMPLETE, lines: [] },
  { name: 'VH-XH is known too', text: COMPLETE.replace('Lưu: VT, VHXH', 'Lưu: VT, VH-XH'), lines: [] },
  { name: 'no filing line', text: COMPLETE.replace('  - "Lưu: VT, VHXH"\n', ''), lines: [lineOf(COMPLETE, 'noi_nhan')], message: 'Lưu: VT' },
  { name: 'a typo in the unit', text: COMPLETE.replace('Lưu: VT, VHXH', 'Lưu: VT, VHXX'), lines: [lineOf(COMPLETE, 'Lưu')], message: "'VHXH'" },
  { name: 'an unknown unit far from any known one is left alone', text: COMPLETE.replace('Lưu: VT, VHXH', 'Lưu: VT, TCKT'), lines: [] },
]);

describe('doc/archive-missing fixes', () => {
  it('appends the filing line with the drafting unit', () => {
    const out = fixed(COMPLETE.replace('  - "Lưu: VT, VHXH"\n', ''), 'doc/archive-missing');
    assert.ok(out.includes('  - Các cơ quan, đơn vị liên quan\n  - "Lưu: VT, VHXH"\n'), out);
  });
  it('replaces only the misspelt unit inside the quotes', () => {
    const text = COMPLETE.replace('Lưu: VT, VHXH', 'Lưu: VT, VHXX');
    const [finding] = findingsOf(text, 'doc/archive-missing');
    assert.equal(finding.text, 'VHXX');
    assert.equal(fixed(text, 'doc/archive-missing'), COMPLETE);
  });
});

ruleTable('doc/symbol-type', [
  { name: 'a plan numbered /KH-', text: COMPLETE, lines: [] },
  { name: 'a plan numbered /QĐ-', text: COMPLETE.replace('so: /KH-UBND', 'so: 15/QĐ-UBND'), lines: [3], message: '/KH-' },
  { name: 'a decision numbered /KH-', text: COMPLETE.replace('loai: ke-hoach', 'loai: quyet-dinh').replace('so: /KH-UBND', 'so: /KH-UBND'), lines: [3], message: '/QĐ-' },
]);

describe('doc/symbol-type fix', () => {
  it('replaces only the type code', () => {
    assert.equal(fixed(COMPLETE.replace('so: /KH-UBND', 'so: /QĐ-UBND'), 'doc/symbol-type'), COMPLETE);
  });
});

ruleTable('doc/unbalanced-quote', [
  { name: 'balanced quotes', text: COMPLETE.replace('Chủ trì.', 'Duy trì chuyên mục “Cải cách hành chính”.'), lines: [] },
  { name: 'an opening quote alone', text: COMPLETE.replace('Chủ trì.', 'Duy trì chuyên mục “Cải cách hành chính.'), lines: [lineOf(COMPLETE, 'Chủ trì.')] },
  { name: 'a closing quote alone', text: COMPLETE.replace('Chủ trì.', 'Duy trì chuyên mục Cải cách hành chính”.'), lines: [lineOf(COMPLETE, 'Chủ trì.')] },
]);

describe('doc/unbalanced-quote range', () => {
  it('covers exactly the lone quote', () => {
    const [finding] = findingsOf(COMPLETE.replace('Chủ trì.', 'Duy trì chuyên mục “Cải cách.'), 'doc/unbalanced-quote');
    assert.equal(finding.text, '“');
  });
});

ruleTable('doc/date', [
  { name: 'a real date', text: COMPLETE.replace('ngay: 2026-01', 'ngay: 2026-01-09'), lines: [] },
  { name: '29 February in a leap year', text: COMPLETE.replace('ngay: 2026-01', 'ngay: 2028-02-29').replace(/năm 2026/g, 'năm 2028'), lines: [] },
  { name: '30 February', text: COMPLETE.replace('ngay: 2026-01', 'ngay: 2026-02-30'), lines: [5], message: 'không tồn tại' },
  { name: 'month 13', text: COMPLETE.replace('ngay: 2026-01', 'ngay: 2026-13'), lines: [5] },
  { name: 'issued after its own period', text: COMPLETE.replace('ngay: 2026-01', 'ngay: 2027-03-02'), lines: [5], message: 'năm 2026' },
  { name: 'issued in the last month of its period', text: COMPLETE.replace('ngay: 2026-01', 'ngay: 2026-12'), lines: [] },
]);

describe('doc/missing-section on an empty mapping', () => {
  it('reports on the first line instead of failing (found by fuzzing: "{")', () => {
    const result = lintText('{}\n');
    assert.deepEqual(result.failures, []);
    assert.ok(result.findings.some((f) => f.ruleId === 'doc/missing-section' && f.range.start === 0));
  });
});
