// Table-driven tests for each ref/* rule: cases that must fire (line, the text flagged, the message) and must not,
// and what each quick fix turns the citation into.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintText, Workspace, type Finding, type LintOptions } from '../../core/src';
import type { TextEdit } from '../../core/src/types';
import { MINIMAL_PLAN } from '../support/plans';

/** MINIMAL_PLAN (UBND xã Tiên Lãng, ngay 2026-01) with these căn cứ lines, and optionally a body paragraph. */
function plan(canCu: string[], body: string[] = [], ngay = 'ngay: 2026-01'): string {
  let text = MINIMAL_PLAN.replace(/can_cu:\n(?: {2}- .*\n)+/, canCu.length ? `can_cu:\n${canCu.map((line) => `  - ${line}\n`).join('')}` : '');
  text = text.replace('ngay: 2026-01', ngay);
  if (body.length) text += `noi_dung:\n${body.map((line) => `  - ${line}\n`).join('')}`;
  return text;
}

interface Found extends Finding {
  line: number;
  text: string;
}

function findings(text: string, ruleId: string, options: LintOptions = {}): Found[] {
  const result = lintText(text, options);
  assert.deepEqual(result.failures, []);
  return result.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ ...f, line: result.plan.lines.positionAt(f.range.start).line + 1, text: text.slice(f.range.start, f.range.end) }));
}

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start).reduce((acc, e) => acc.slice(0, e.range.start) + e.newText + acc.slice(e.range.end), text);
}

interface Case {
  name: string;
  text: string;
  options?: LintOptions;
  /** Texts flagged, in order; [] = must not fire. */
  flagged: string[];
  /** Substrings of the first finding's Vietnamese message. */
  message?: string[];
  /** The text after applying the first finding's first fix: a substring it must contain. */
  fixed?: string;
}

function table(ruleId: string, cases: Case[]) {
  describe(ruleId, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const found = findings(testCase.text, ruleId, testCase.options);
        assert.deepEqual(found.map((f) => f.text), testCase.flagged, found.map((f) => f.message).join('\n'));
        for (const part of testCase.message ?? []) assert.ok(found[0].message.includes(part), `${found[0].message} ∌ ${part}`);
        if (testCase.fixed !== undefined) {
          const fix = found[0].fixes?.[0];
          assert.ok(fix, 'a fix is expected');
          const own = fix.edits.filter((e) => !e.file);
          // Every fix edits only the citation: its edits stay on the finding's line.
          const lines = testCase.text.split('\n');
          const lineStart = lines.slice(0, found[0].line - 1).join('\n').length + 1;
          for (const edit of own) assert.ok(edit.range.start >= lineStart - 1 && edit.range.end <= lineStart + lines[found[0].line - 1].length, 'edit outside the line');
          const after = apply(testCase.text, own);
          assert.ok(after.includes(testCase.fixed), after.split('\n')[found[0].line - 1]);
          assert.deepEqual(findings(after, ruleId, testCase.options).filter((f) => f.line === found[0].line && f.text === testCase.fixed), [], 'the fix clears the finding');
        }
      });
    }
  });
}

const C76 = 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030';

// A workspace whose commune registry knows two commune documents and one expired document, and one other plan.
const registryText = [
  'van_ban:',
  '  - loai: Kế hoạch',
  '    so: 50/KH-UBND',
  '    ngay: 2025-09-26',
  '    co_quan: Ủy ban nhân dân xã Tiên Lãng',
  '  - loai: Quyết định',
  '    so: 9/QĐ-UBND',
  '    ngay: 2020-01-02',
  '    co_quan: Ủy ban nhân dân xã Tiên Lãng',
  '    trich_yeu: ban hành Quy chế làm việc',
  '    hieu_luc: het-hieu-luc',
  '',
].join('\n');
const otherPlan = MINIMAL_PLAN.replace('so: /KH-UBND', 'so: 15/KH-UBND')
  .replace('ngay: 2026-01', 'ngay: 2025-12-20')
  .concat('noi_dung:\n  - Theo Kế hoạch số 77/KH-UBND ngày 03/3/2025 của Ủy ban nhân dân xã Tiên Lãng về việc A.\n');
const workspace = new Workspace({
  registryFiles: [{ uri: '/w/.kehoach/van-ban.yaml', text: registryText }],
  plans: [{ uri: '/w/khac.plan.yaml', text: otherPlan }],
  registryTarget: '/w/.kehoach/van-ban.yaml',
});
const inWorkspace: LintOptions = { workspace, uri: '/w/nay.plan.yaml' };

table('ref/unknown', [
  { name: 'a known national document', text: plan([C76]), flagged: [] },
  {
    name: 'a mistyped number, with the layers searched',
    text: plan(['Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ ban hành X']),
    flagged: ['67/NQ-CP'],
    message: ['67/NQ-CP', 'sổ văn bản Trung ương', 'chưa có sổ văn bản của xã'],
  },
  {
    name: 'in a workspace the message names the commune registry and the plans',
    text: plan(['Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ ban hành X']),
    options: inWorkspace,
    flagged: ['67/NQ-CP'],
    message: ['sổ văn bản của xã (.kehoach/van-ban.yaml)', '1 kế hoạch trong thư mục'],
  },
  { name: 'a commune document the commune registry knows', text: plan(['Kế hoạch số 50/KH-UBND ngày 26/9/2025 của Ủy ban nhân dân xã Tiên Lãng']), options: inWorkspace, flagged: [] },
  { name: 'another plan of the workspace is a known document', text: plan(['Kế hoạch số 15/KH-UBND ngày 20/12/2025 của Ủy ban nhân dân xã Tiên Lãng về tuyên truyền']), options: inWorkspace, flagged: [] },
  {
    name: 'the same number of another commune is not this document',
    text: plan(['Kế hoạch số 50/KH-UBND ngày 26/9/2025 của Ủy ban nhân dân xã Hùng Thắng']),
    options: inWorkspace,
    flagged: ['50/KH-UBND'],
    message: ['Ủy ban nhân dân xã Tiên Lãng', 'Hùng Thắng'],
  },
  {
    name: 'in the body only the first mention; every mention in căn cứ',
    text: plan(['Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ', 'Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ'], ['Theo Nghị quyết số 67/NQ-CP và Nghị quyết số 68/NQ-CP ngày 1/8/2021 của Chính phủ; lại Nghị quyết số 68/NQ-CP.']),
    flagged: ['67/NQ-CP', '67/NQ-CP', '68/NQ-CP'],
  },
  { name: 'quality standards are not documents', text: plan([C76], ['Áp dụng TCVN ISO 9001:2015 và TCVN ISO 18091:2020.']), flagged: [] },
]);

describe('ref/unknown: adding the document to the commune registry', () => {
  it('writes an entry built from the citation itself, in the registry file only', () => {
    const text = plan(['Nghị quyết số 268/NQ-CP ngày 31/8/2025 của Chính phủ về tình hình triển khai']);
    const [finding] = findings(text, 'ref/unknown', inWorkspace);
    const [fix] = finding.fixes!;
    assert.equal(fix.isPreferred, false, 'adding to the registry is a person\'s decision');
    assert.match(fix.title, /Thêm 268\/NQ-CP vào sổ văn bản của xã/);
    assert.ok(fix.edits.every((e) => e.file === '/w/.kehoach/van-ban.yaml'));
    const updated = apply(registryText, fix.edits);
    assert.ok(updated.startsWith(registryText.trimEnd()), 'the rest of the registry is untouched');
    assert.match(updated, /- loai: Nghị quyết\n {4}so: 268\/NQ-CP\n {4}ngay: 2025-08-31\n {4}co_quan: Chính phủ\n {4}trich_yeu: về tình hình triển khai/);
    const known = new Workspace({ registryFiles: [{ uri: '/w/.kehoach/van-ban.yaml', text: updated }], registryTarget: '/w/.kehoach/van-ban.yaml' });
    assert.deepEqual(findings(text, 'ref/unknown', { workspace: known, uri: '/w/nay.plan.yaml' }), []);
  });

  it('completes "Ủy ban nhân dân xã" with the plan\'s own commune', () => {
    const text = plan(['Quyết định số 88/QĐ-UBND ngày 02/01/2026 của Ủy ban nhân dân xã ban hành Quy chế']);
    const [finding] = findings(text, 'ref/unknown', inWorkspace);
    assert.match(finding.fixes![0].edits[0].newText, /co_quan: Ủy ban nhân dân xã Tiên Lãng/);
  });

  it('asks nothing it cannot infer: no fix without a date, or when the type word contradicts the symbol, or outside a workspace', () => {
    for (const line of ['Nghị quyết số 268/NQ-CP của Chính phủ', 'Quyết định số 709/KH-UBND ngày 31/7/2025 của Ủy ban nhân dân xã']) {
      assert.equal(findings(plan([line]), 'ref/unknown', inWorkspace)[0].fixes, undefined, line);
    }
    assert.equal(findings(plan(['Nghị quyết số 268/NQ-CP ngày 31/8/2025 của Chính phủ']), 'ref/unknown')[0].fixes, undefined);
  });
});

table('ref/date-mismatch', [
  { name: 'the right date', text: plan([C76]), flagged: [] },
  {
    name: '247/QĐ-UBND dated 20/01/2025 (real case)',
    text: plan(['Quyết định số 247/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch tuyên truyền cải cách hành chính nhà nước thành phố Hải Phòng năm 2026']),
    flagged: ['20/01/2025'],
    message: ['20/01/2026', 'thành phố Hải Phòng'],
    fixed: 'ngày 20/01/2026 của',
  },
  { name: 'a long date keeps its form', text: plan([C76.replace('15/7/2021', '15 tháng 8 năm 2021')]), flagged: ['15 tháng 8 năm 2021'], fixed: 'ngày 15 tháng 7 năm 2021 của' },
  { name: 'zero padding as written', text: plan([C76.replace('15/7/2021', '05/07/2021')]), flagged: ['05/07/2021'], fixed: 'ngày 15/07/2021' },
  { name: 'a Luật by name, same year, another day', text: plan(['Luật Tổ chức chính quyền địa phương ngày 15 tháng 6 năm 2025']), flagged: ['15 tháng 6 năm 2025'], fixed: 'ngày 16 tháng 6 năm 2025' },
  { name: 'a Luật by name and year only', text: plan([C76], ['Theo Luật Tổ chức Chính phủ năm 2025.']), flagged: [] },
  { name: 'an unknown document is not compared', text: plan(['Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ']), flagged: [] },
  {
    name: 'a plan of the workspace, cited with another date',
    text: plan(['Kế hoạch số 15/KH-UBND ngày 21/12/2025 của Ủy ban nhân dân xã Tiên Lãng về tuyên truyền']),
    options: inWorkspace,
    flagged: ['21/12/2025'],
    message: ['20/12/2025', 'khac.plan.yaml'],
  },
]);

table('ref/title-mismatch', [
  { name: 'the same title', text: plan([C76]), flagged: [] },
  { name: 'abbreviations and "về việc" are not differences', text: plan(['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về việc ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030']), flagged: [] },
  {
    name: 'a year the document does not have, inside quotes (1588/QĐ-TTg, real case)',
    text: plan([C76], ['Đề án “Tuyên truyền, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến đến năm 2026, định hướng đến năm 2030” được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg ngày 17/12/2024.']),
    flagged: ['Tuyên truyền, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến đến năm 2026, định hướng đến năm 2030'],
    message: ['1588/QĐ-TTg', 'đến năm 2025'],
    fixed: '“Tuyên truyền, phổ biến, nâng cao chất lượng về cung cấp và sử dụng hiệu quả dịch vụ công trực tuyến đến năm 2025, định hướng đến năm 2030” được',
  },
  { name: 'another subject altogether', text: plan(['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Quy chế làm việc mẫu của Ủy ban nhân dân']), flagged: ['ban hành Quy chế làm việc mẫu của Ủy ban nhân dân'], fixed: 'của Chính phủ ban hành Chương trình tổng thể' },
]);

table('ref/type-mismatch', [
  { name: 'matching type words', text: plan([C76, 'Luật số 72/2025/QH15 ngày 16/6/2025 của Quốc hội', 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội', 'Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ']), flagged: [] },
  {
    name: '"Quyết định số 709/KH-UBND" (real case): offers both corrections',
    text: plan(['Quyết định số 709/KH-UBND ngày 31 tháng 7 năm 2025 của Ủy ban nhân dân xã ban hành Kế hoạch']),
    flagged: ['Quyết định'],
    message: ['KH là Kế hoạch'],
    fixed: 'Kế hoạch số 709/KH-UBND',
  },
  { name: 'a known document: the registry\'s type word', text: plan(['Quyết định số 76/NQ-CP ngày 15/7/2021 của Chính phủ']), flagged: ['Quyết định'], fixed: 'Nghị quyết số 76/NQ-CP' },
  { name: 'a công văn symbol cited as a decision', text: plan(['Quyết định số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ']), flagged: ['Quyết định'], message: ['công văn'], fixed: 'Công văn số 4625' },
  { name: '"Công văn" with a type code', text: plan(['Công văn số 12/KH-UBND ngày 02/7/2025 của Ủy ban nhân dân xã Tiên Lãng']), flagged: ['Công văn'] },
  { name: 'QD typed without Đ is still QĐ (ref/malformed-symbol reports it)', text: plan(['Quyết định số 12/QD-UBND ngày 02/7/2025 của Ủy ban nhân dân xã Tiên Lãng']), flagged: [] },
  { name: 'a shared type word is reported on the symbol', text: plan(['"các Quyết định của Ủy ban nhân dân xã Tiên Lãng: số 1/QĐ-UBND ngày 2/1/2026; số 2/KH-UBND ngày 3/1/2026"']), flagged: ['2/KH-UBND'] },
]);

describe('ref/type-mismatch: fixes', () => {
  it('an unknown document gets two choices, neither applied by "fix all"', () => {
    const [finding] = findings(plan(['Quyết định số 709/KH-UBND ngày 31/7/2025 của Ủy ban nhân dân xã Tiên Lãng']), 'ref/type-mismatch');
    assert.deepEqual(finding.fixes!.map((f) => [f.title, f.isPreferred]), [['Đổi tên loại thành “Kế hoạch”', false], ['Đổi ký hiệu thành 709/QĐ-UBND', false]]);
  });
});

table('ref/issuer-mismatch', [
  { name: 'the right issuers', text: plan([C76, 'Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ', 'Kết luận số 186-KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư', 'Quyết định số 247/QĐ-UBND ngày 20/01/2026 của UBND thành phố Hải Phòng']), flagged: [] },
  { name: 'code CP cited "của Thủ tướng Chính phủ"', text: plan([C76.replace('của Chính phủ', 'của Thủ tướng Chính phủ')]), flagged: ['Thủ tướng Chính phủ'], message: ['76/NQ-CP', 'Chính phủ'], fixed: 'của Chính phủ ban hành' },
  { name: 'code TTg cited "của Chính phủ"', text: plan(['Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Chính phủ về đẩy mạnh']), flagged: ['Chính phủ'], fixed: 'của Thủ tướng Chính phủ về' },
  { name: 'a công văn of another ministry', text: plan(['Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Tài chính']), flagged: ['Bộ Tài chính'], fixed: 'của Bộ Nội vụ' },
  { name: 'a UBND decision cited as the HĐND\'s', text: plan(['Quyết định số 247/QĐ-UBND ngày 20/01/2026 của HĐND thành phố Hải Phòng']), flagged: ['HĐND thành phố Hải Phòng'], fixed: 'của Ủy ban nhân dân thành phố Hải Phòng' },
  { name: 'an unknown body or code is not judged', text: plan(['Thông báo số 5/TB-VPCP ngày 1/1/2025 của Văn phòng Chính phủ']), flagged: [] },
]);

table('ref/future-dated', [
  { name: 'an earlier document', text: plan([C76], [], 'ngay: 2026-01-09'), flagged: [] },
  { name: 'a document dated after the plan', text: plan(['Quyết định số 247/QĐ-UBND ngày 20/01/2026 của UBND thành phố Hải Phòng'], [], 'ngay: 2026-01-09'), flagged: ['20/01/2026'], message: ['09/01/2026'] },
  { name: 'a draft dated by month only: the same month is not reported', text: plan(['Quyết định số 247/QĐ-UBND ngày 20/01/2026 của UBND thành phố Hải Phòng'], [], 'ngay: 2026-01'), flagged: [] },
  { name: 'a draft dated by month only: a later month is', text: plan(['Quyết định số 9/QĐ-UBND ngày 05/02/2026 của UBND xã Tiên Lãng'], [], 'ngay: 2026-01'), flagged: ['05/02/2026'], message: ['tháng 01/2026'] },
  { name: 'no date on the plan: nothing to compare', text: plan(['Quyết định số 9/QĐ-UBND ngày 05/02/2030 của UBND xã Tiên Lãng'], [], ''), flagged: [] },
  { name: 'no date cited: the registry\'s date is used', text: plan([C76], ['Theo Quyết định số 247/QĐ-UBND của UBND thành phố Hải Phòng.'], 'ngay: 2026-01-09'), flagged: ['247/QĐ-UBND'], message: ['20/01/2026'] },
]);

table('ref/invalid-date', [
  { name: 'real dates, a leap day', text: plan([C76, 'Quyết định số 9/QĐ-UBND ngày 29/02/2024 của UBND xã Tiên Lãng']), flagged: [] },
  { name: '31/02', text: plan([C76.replace('15/7/2021', '31/02/2021')]), flagged: ['31/02/2021'], message: ['không có ngày 31'], fixed: 'ngày 15/7/2021' },
  { name: '29/02 of a common year', text: plan(['Quyết định số 9/QĐ-UBND ngày 29/02/2025 của UBND xã Tiên Lãng']), flagged: ['29/02/2025'] },
  { name: 'month 13', text: plan(['Quyết định số 9/QĐ-UBND ngày 12 tháng 13 năm 2025 của UBND xã Tiên Lãng']), flagged: ['12 tháng 13 năm 2025'], message: ['không có tháng 13'] },
]);

table('ref/incomplete', [
  { name: 'a complete first mention, a short later one', text: plan([C76], ['Theo Nghị quyết số 76/NQ-CP.']), flagged: [] },
  {
    name: 'first mention without a date (1669/NQ-UBTVQH15, real case)',
    text: plan([C76], ['Theo Nghị quyết số 1669/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về việc sắp xếp.']),
    flagged: ['1669/NQ-UBTVQH15'],
    message: ['ngày ban hành'],
    fixed: '1669/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban',
  },
  { name: 'without an issuer', text: plan(['Nghị quyết số 76/NQ-CP ngày 15/7/2021 ban hành Chương trình tổng thể']), flagged: ['76/NQ-CP'], message: ['cơ quan ban hành'], fixed: 'ngày 15/7/2021 của Chính phủ ban hành' },
  { name: 'without both', text: plan([C76], ['Theo Chỉ thị số 23/CT-TTg.']), flagged: ['23/CT-TTg'], fixed: '23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ.' },
  {
    name: 'the issuer names the level but not the city (3470/QĐ-UBND, real case)',
    text: plan(['Quyết định số 3470/QĐ-UBND ngày 27/8/2025 của Ủy ban nhân dân thành phố ban hành Kế hoạch thực hiện Chương trình tổng thể cải cách hành chính nhà nước thành phố Hải Phòng giai đoạn 2026 - 2030']),
    flagged: ['Ủy ban nhân dân thành phố'],
    message: ['Ủy ban nhân dân thành phố Hải Phòng'],
    fixed: 'của Ủy ban nhân dân thành phố Hải Phòng ban hành',
  },
  { name: '"Ủy ban nhân dân xã" in the commune\'s own plan (709, real case)', text: plan(['Quyết định số 70/QĐ-UBND ngày 31/7/2025 của Ủy ban nhân dân xã ban hành Kế hoạch']), flagged: ['Ủy ban nhân dân xã'], fixed: 'của Ủy ban nhân dân xã Tiên Lãng ban hành' },
  { name: 'a document named only by its short name ("Đề án 06", real case)', text: plan([C76], ['Thực hiện 24 mô hình của Đề án 06 của Chính phủ trên địa bàn xã.']), flagged: ['Đề án 06'], message: ['06/QĐ-TTg', '06/01/2022'] },
  { name: 'a short name after the full citation', text: plan([C76, 'Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ'], ['Thực hiện Đề án 06 trên địa bàn xã.']), flagged: [] },
  { name: 'a Luật by name in căn cứ without its date', text: plan(['Luật Tổ chức chính quyền địa phương']), flagged: ['Tổ chức chính quyền địa phương'], fixed: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025' },
  { name: 'a Luật by name in a paragraph needs no date', text: plan([C76], ['Theo quy định của Luật Tổ chức Chính phủ.']), flagged: [] },
]);

table('ref/malformed-symbol', [
  { name: 'well-formed symbols', text: plan([C76, 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị']), flagged: [] },
  { name: 'a space inside (780 /QĐ-UBND, real case)', text: plan(['Quyết định số 780 /QĐ-UBND ngày 29/9/2025 của UBND xã Tiên Lãng']), flagged: ['780 /QĐ-UBND'], message: ['780/QĐ-UBND'], fixed: 'số 780/QĐ-UBND ngày' },
  { name: 'a space after a party hyphen', text: plan(['Nghị quyết số 19- NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII']), flagged: ['19- NQ/TW'], fixed: 'số 19-NQ/TW ngày' },
  { name: 'a party document in the state grammar', text: plan(['Nghị quyết số 57/NQ-TW ngày 22/12/2024 của Bộ Chính trị']), flagged: ['57/NQ-TW'], message: ['57-NQ/TW'], fixed: 'số 57-NQ/TW ngày' },
  { name: 'a state document in the party grammar', text: plan(['Nghị quyết số 76-NQ/CP ngày 15/7/2021 của Chính phủ']), flagged: ['76-NQ/CP'], fixed: 'số 76/NQ-CP ngày' },
  { name: 'an en dash', text: plan(['Nghị quyết số 76/NQ–CP ngày 15/7/2021 của Chính phủ']), flagged: ['76/NQ–CP'], message: ['gạch'], fixed: 'số 76/NQ-CP ngày' },
  { name: 'a code typed without Đ', text: plan(['Quyết định số 12/QD-UBND ngày 02/7/2025 của Ủy ban nhân dân xã Tiên Lãng']), flagged: ['12/QD-UBND'], message: ['thiếu chữ Đ'], fixed: 'số 12/QĐ-UBND ngày' },
]);

describe('ref/malformed-symbol across a line break', () => {
  it('flags and fixes a symbol broken over two lines of a folded scalar', () => {
    const text = `${plan([C76])}noi_dung:\n  - >-\n    Theo Quyết định số 780\n    /QĐ-UBND ngày 29/9/2025 của UBND xã Tiên Lãng.\n`;
    const [finding] = findings(text, 'ref/malformed-symbol');
    assert.equal(finding.text, '780\n    /QĐ-UBND');
    assert.ok(apply(text, finding.fixes![0].edits).includes('Theo Quyết định số 780/QĐ-UBND ngày'));
  });
});

table('ref/superseded', [
  { name: 'a document in force', text: plan([C76]), flagged: [] },
  {
    name: 'the 2015 Luật Tổ chức chính quyền địa phương',
    text: plan(['Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015']),
    flagged: ['Tổ chức chính quyền địa phương'],
    message: ['72/2025/QH15'],
    fixed: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
  },
  { name: 'by number', text: plan(['Luật số 76/2015/QH13 ngày 19/6/2015 của Quốc hội']), flagged: ['76/2015/QH13'], fixed: 'Luật số 63/2025/QH15 ngày 18/02/2025 của Quốc hội' },
  { name: 'a plan issued before the successor', text: plan(['Luật số 76/2015/QH13 ngày 19/6/2015 của Quốc hội'], [], 'ngay: 2024-06'), flagged: [] },
  { name: 'an expired commune document', text: plan(['Quyết định số 9/QĐ-UBND ngày 02/01/2020 của Ủy ban nhân dân xã Tiên Lãng ban hành Quy chế làm việc']), options: inWorkspace, flagged: ['9/QĐ-UBND'], message: ['hết hiệu lực'] },
]);

table('ref/inconsistent', [
  { name: 'an unknown document cited twice alike', text: plan(['Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND xã Tiên Lãng về việc A'], ['Theo Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND xã Tiên Lãng.']), flagged: [] },
  {
    name: 'an unknown document with two dates in one plan',
    text: plan(['Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND xã Tiên Lãng về việc A'], ['Theo Kế hoạch số 12/KH-UBND ngày 03/01/2026 của UBND xã Tiên Lãng.']),
    flagged: ['03/01/2026'],
    message: ['02/01/2026', 'dòng 8'],
  },
  {
    name: 'an unknown document with two titles in one plan',
    text: plan(['Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND xã Tiên Lãng về việc tuyên truyền cải cách hành chính năm 2026'], ['Theo Kế hoạch số 12/KH-UBND của UBND xã Tiên Lãng về phòng chống thiên tai và tìm kiếm cứu nạn.']),
    flagged: ['về phòng chống thiên tai và tìm kiếm cứu nạn'],
  },
  { name: 'a known document is compared with the registry instead', text: plan([C76], ['Theo Nghị quyết số 76/NQ-CP ngày 16/7/2021 của Chính phủ.']), flagged: [] },
  {
    name: 'across the plans of the workspace',
    text: plan(['Kế hoạch số 77/KH-UBND ngày 04/3/2025 của Ủy ban nhân dân xã Tiên Lãng về việc A']),
    options: inWorkspace,
    flagged: ['04/3/2025'],
    message: ['03/3/2025', 'khac.plan.yaml'],
  },
]);

describe('the ref rules in English', () => {
  it('speak English when asked', () => {
    const text = plan(['Quyết định số 709/KH-UBND ngày 31/02/2025 của Ủy ban nhân dân xã'], ['Theo Nghị quyết số 1669/NQ-UBTVQH15 và Đề án 06.']);
    const messages = lintText(text, { lang: 'en' }).findings.filter((f) => f.ruleId.startsWith('ref/')).map((f) => f.message);
    assert.ok(messages.length >= 5, messages.join('\n'));
    // Names of documents and bodies stay Vietnamese; the sentences around them are English.
    for (const message of messages) assert.doesNotMatch(message, /Không tìm thấy|Lần đầu|Văn bản|được|không khớp|chưa ghi|Tên loại|phải ghi/, message);
  });
});
