// text/outdated-level: words of the abolished district level in plans from 1 July 2025 on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, type Finding } from '../../core/src';
import { MINIMAL_PLAN } from '../support/plans';

const RULE = 'text/outdated-level';

function found(text: string) {
  const result = lintText(text);
  assert.deepEqual(result.failures, []);
  return result.findings.filter((finding) => finding.ruleId === RULE).map((finding: Finding) => ({ ...finding, text: text.slice(finding.range.start, finding.range.end) }));
}

/** The minimal plan (xã Tiên Lãng, January 2026) with one paragraph in `noi_dung`. */
const withText = (paragraph: string, plan = MINIMAL_PLAN) => `${plan}noi_dung:\n  - ${JSON.stringify(paragraph)}\n`;
const inHaiPhong = MINIMAL_PLAN.replace('của Chính phủ ban hành', 'của Chính phủ; Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ban hành');
const ward = MINIMAL_PLAN.replace('xã Tiên Lãng', 'phường Lê Chân').replace('xã Tiên Lãng', 'phường Lê Chân');
const before = MINIMAL_PLAN.replace('ngay: 2026-01', 'ngay: 2025-03').replace(' năm 2026\n', ' năm 2025\n');

const cases: { name: string; text: string; covers: string[]; message?: string }[] = [
  { name: '"trên địa bàn huyện" (seed 002)', text: withText('Nâng cao hiệu quả cải cách hành chính trên địa bàn huyện.'), covers: ['huyện'], message: 'cấp huyện' },
  { name: '"cấp huyện" as one phrase', text: withText('Phối hợp với các cơ quan cấp huyện.'), covers: ['cấp huyện'] },
  { name: 'several in one paragraph, each located', text: withText('Ngân sách của huyện; kế hoạch năm 2025 của huyện.'), covers: ['huyện', 'huyện'] },
  { name: '"thị trấn"', text: withText('Tuyên truyền tại các xã, thị trấn.'), covers: ['thị trấn'], message: 'thị trấn' },
  { name: '"tỉnh Hải Dương"', text: withText('Thực hiện chỉ đạo của tỉnh Hải Dương.'), covers: ['tỉnh Hải Dương'], message: 'Hải Phòng' },
  { name: '"quận" and "thị xã"', text: withText('Các quận, thị xã đã giải thể.'), covers: ['quận', 'thị xã'] },
  { name: 'in a header field, not only in the body', text: MINIMAL_PLAN + 'co_quan_chu_quan: UBND HUYỆN TIÊN LÃNG\n', covers: ['HUYỆN'] },
  { name: '"của tỉnh" when the commune is in a centrally-run city (seed 002)', text: withText('Các quy định của Trung ương và của tỉnh về cải cách thể chế.', inHaiPhong), covers: ['của tỉnh'], message: 'thành phố Hải Phòng' },
  { name: '"của tỉnh" is fine in a province', text: withText('Các quy định của Trung ương và của tỉnh về cải cách thể chế.'), covers: [] },
  { name: '"cấp tỉnh" in the index names (PCI, PAPI) is not a defect', text: withText('Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số chuyển đổi số cấp tỉnh (DTI).', inHaiPhong), covers: [] },
  { name: '"phường" in a plan of a xã', text: withText('Tuyên truyền trên địa bàn phường.'), covers: ['phường'], message: 'xã' },
  { name: '"các xã, phường" is a pair, not a slip', text: withText('Tuyên truyền tại các xã, phường của thành phố.'), covers: [] },
  { name: '"UBND xã" in a plan of a phường', text: withText('Báo cáo UBND xã kết quả thực hiện.', ward), covers: ['UBND xã'] },
  { name: '"xã hội" is not "xã" in a phường plan', text: withText('Phát triển kinh tế - xã hội của phường; cấp xã.', ward), covers: [] },
  { name: 'not inside a quoted title', text: withText('Hưởng ứng cuộc thi “Cải cách hành chính cấp huyện năm 2024”.'), covers: [] },
  { name: 'not in a cited document, its issuer and title', text: withText('Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND huyện Tiên Lãng về cải cách hành chính huyện; tuyên truyền trên địa bàn huyện.'), covers: ['huyện'] },
  { name: 'not in căn cứ', text: MINIMAL_PLAN.replace('của Chính phủ ban hành', 'của UBND huyện ban hành'), covers: [] },
  { name: 'not in a proper name', text: withText('Phối hợp với Trường THCS Thị trấn Tiên Lãng.'), covers: [] },
  { name: 'not in a plan dated before the reform', text: withText('Tuyên truyền trên địa bàn huyện.', before), covers: [] },
  { name: 'not in unit cells (that is unit/outdated)', text: `${MINIMAL_PLAN}nhiem_vu:\n  - ten: A\n    chu_tri: Phòng Kinh tế\n    phoi_hop: UBND huyện\n    thoi_gian: Quý I/2026\n`, covers: [] },
  { name: 'words merely containing the letters are not matched', text: withText('Câu chuyện huyền thoại, trấn an dư luận, tỉnh táo, đô thị xã hội hóa.'), covers: [] },
];

describe(RULE, () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const results = found(testCase.text);
      assert.deepEqual(results.map((r) => r.text), testCase.covers, JSON.stringify(results.map((r) => r.message)));
      if (testCase.message) assert.ok(results[0].message.includes(testCase.message), results[0].message);
    });
  }

  it('uses the period start when the plan has no date (seed 002 has no ngay)', () => {
    const text = withText('Trên địa bàn huyện.', MINIMAL_PLAN.replace('ngay: 2026-01\n', '').replace(' năm 2026\n', ' 6 tháng cuối năm 2025\n'));
    assert.deepEqual(found(text).map((r) => r.text), ['huyện']);
    const earlier = withText('Trên địa bàn huyện.', MINIMAL_PLAN.replace('ngay: 2026-01\n', '').replace(' năm 2026\n', ' 6 tháng đầu năm 2025\n'));
    assert.deepEqual(found(earlier), []);
  });

  it('speaks English, quoting the Vietnamese', () => {
    const text = withText('Trên địa bàn huyện, thị trấn và tỉnh Hải Dương.', inHaiPhong);
    const messages = lintText(text, { lang: 'en' }).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
    assert.equal(messages.length, 3);
    for (const message of messages) assert.doesNotMatch(message.replace(/"[^"]*"/g, ''), /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỵỷỹđ]/, message);
  });
});
