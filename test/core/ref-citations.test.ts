// The citation parser: every real citation of the three seeds read into the right parts with exact ranges,
// and table-driven cases for each form the issue lists (symbol kinds, dates, issuers, compound citations,
// several per line, noise inside symbols, and what is not a citation).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseCitations, parsePlan, type Citation } from '../../core/src';
import { citationsOfPlan, partRange } from '../../core/src/citations/analyze';
import { examplesDir } from '../support/paths';

/** type | symbol-or-name | date | issuer | title (prefix, "" when none). */
type Row = [string, string, string, string, string];

function row(c: Citation): Row {
  return [
    c.typeWord?.text ?? '',
    c.symbol?.text ?? c.name?.text ?? '',
    c.date?.text ?? '',
    c.issuer?.text ?? '',
    c.title?.text ?? '',
  ];
}

function seed(name: string) {
  const text = readFileSync(path.join(examplesDir, name), 'utf8');
  return { text, plan: parsePlan(text) };
}

/** Compares rows, the title by its beginning (titles are long). */
function assertRows(actual: Row[], expected: Row[]) {
  assert.equal(actual.length, expected.length, JSON.stringify(actual, null, 1));
  actual.forEach((got, i) => {
    const want = expected[i];
    assert.deepEqual(got.slice(0, 4), want.slice(0, 4), `citation ${i + 1}`);
    if (want[4] === '') assert.equal(got[4], '', `citation ${i + 1} has no title`);
    else assert.ok(got[4].startsWith(want[4]), `citation ${i + 1}: title "${got[4]}" does not start with "${want[4]}"`);
  });
}

/** Every part of every citation maps back to exactly its text in the file. */
function assertExactRanges(name: string) {
  const { text, plan } = seed(name);
  for (const pc of citationsOfPlan(plan)) {
    const c = pc.citation;
    for (const part of [c.typeWord, c.symbol, c.name, c.date, c.issuer, c.title]) {
      if (!part) continue;
      const { start, end } = partRange(pc.field, part);
      assert.equal(text.slice(start, end).replace(/\s+/g, ' '), part.text.replace(/\s+/g, ' '), `${name}: ${part.text}`);
    }
  }
}

describe('citations of the real seeds', () => {
  it('seed 000 (Yết Kiêu): every citation, in document order, with its parts', () => {
    const { plan } = seed('seed-000-yet-kieu-2026.plan.yaml');
    assertRows(citationsOfPlan(plan).map((pc) => row(pc.citation)), [
      ['Luật', 'Tổ chức chính quyền địa phương', '16 tháng 6 năm 2025', '', ''],
      ['Nghị quyết', '76/NQ-CP', '15 tháng 7 năm 2021', 'Chính phủ', 'ban hành Chương trình tổng thể'],
      ['Quyết định', '3470/QĐ-UBND', '27 tháng 8 năm 2025', 'Ủy ban nhân dân thành phố', 'ban hành Kế hoạch thực hiện Chương trình tổng thể'],
      ['Quyết định', '247/QĐ-UBND', '20/01/2026', 'UBND thành phố Hải Phòng', 'về Ban hành Kế hoạch tuyên truyền'],
      ['Quyết định', '1609/QĐ-UBND', '31/12/2025', 'Ủy ban nhân dân xã Yết Kiêu', 'về việc ban hành Kế hoạch cải cách hành chính'],
      ['Quyết định', '1609/QĐ-UBND', '31/12/2025', 'Ủy ban nhân dân xã Yết Kiêu', 'về việc ban hành Kế hoạch cải cách hành chính'],
      ['Quyết định', '1609/QĐ-UBND', '31/12/2025', 'Ủy ban nhân dân xã Yết Kiêu', 'về việc ban hành Kế hoạch cải cách hành chính'],
      ['Luật', 'Tổ chức Chính phủ', '2025', '', ''],
      ['Luật', 'Tổ chức chính quyền địa phương', '2025', '', ''],
      ['Nghị quyết', '74/NQ-CP', '07/04/2025', 'Chính phủ', 'Ban hành Kế hoạch thực hiện sắp xếp'],
      ['Kết luận', '186-KL/TW', '29/8/2025', 'Bộ Chính trị, Ban Bí thư', 'về tình hình, kết quả hoạt động'],
      ['Nghị quyết', '268/NQ-CP', '31/8/2025', 'Chính phủ', 'về tình hình triển khai thực hiện'],
      ['Nghị quyết', '1669/NQ-UBTVQH15', '', 'Ủy ban Thường vụ Quốc hội', 'về việc sắp xếp các đơn vị hành chính cấp xã'],
      ['Nghị quyết', '76/NQ-CP', '15/7/2021', 'Chính phủ', ''],
      ['Chỉ thị', '23/CT-TTg', '02/9/2021', 'Thủ tướng Chính phủ', 'về đẩy mạnh thực hiện'],
      ['Quyết định', '780 /QĐ-UBND', '29/9/2025', 'UBND xã Yết Kiêu', 'ban hành Kế hoạch thực hiện Chương trình tổng thể'],
      ['Quyết định', '1609/QĐ-UBND', '31/12/2025', 'Ủy ban nhân dân xã Yết Kiêu', ''],
      // Title in quotes and issuer before: "Đề án “…” được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg …"
      ['Quyết định', '1588/QĐ-TTg', '17/12/2024', 'Thủ tướng Chính phủ', 'Tuyên truyền, phổ biến, nâng cao chất lượng'],
    ]);
    assertExactRanges('seed-000-yet-kieu-2026.plan.yaml');
  });

  it('seed 002 (Ninh Giang): three documents on one căn cứ line, the long date of 709/KH-UBND', () => {
    const { plan } = seed('seed-002-ninh-giang-2025.plan.yaml');
    assertRows(citationsOfPlan(plan).map((pc) => row(pc.citation)), [
      ['Nghị quyết', '76/NQ-CP', '15/7/2021', 'Chính phủ', 'ban hành Chương trình tổng thể cải cách hành chính (CCHC)'],
      ['Chỉ thị', '23/CT-TTg', '02/9/2021', 'Thủ tướng Chính phủ', 'về việc đẩy mạnh thực hiện'],
      ['Công văn', '4625/BNV-CCHC', '02/7/2025', 'Bộ Nội vụ', 'về việc xây dựng kế hoạch cải cách hành chính'],
      ['Quyết định', '3041/QĐ-UBND', '26/7/2025', 'Ủy ban nhân dân thành phố Hải Phòng', 'về việc ban hành Kế hoạch'],
      ['Quyết định', '709/KH-UBND', '31 tháng 7 năm 2025', 'Ủy ban nhân dân xã', 'ban hành Kế hoạch cải cách hành chính nhà nước xã Ninh Giang'],
    ]);
    const [c76, c23, c4625] = citationsOfPlan(plan);
    assert.equal(c76.field, c23.field);
    assert.equal(c23.field, c4625.field);
    assert.ok(c76.citation.end < c23.citation.start && c23.citation.end < c4625.citation.start, 'three separate citations');
    const date = citationsOfPlan(plan)[4].citation.date!;
    assert.deepEqual([date.day, date.month, date.year, date.form], [31, 7, 2025, 'long']);
    assertExactRanges('seed-002-ninh-giang-2025.plan.yaml');
  });

  it('seed 003 (Tiên Lãng): every citation with its parts; TCVN ISO 18091:2020 is not one', () => {
    const { plan } = seed('seed-003-tien-lang-2026.plan.yaml');
    assertRows(citationsOfPlan(plan).map((pc) => row(pc.citation)), [
      ['Nghị quyết', '76/NQ-CP', '15/7/2021', 'Chính phủ', 'ban hành Chương trình tổng thể'],
      ['Công văn', '4625/BNV-CCHC', '02/7/2025', 'Bộ Nội vụ', 'về việc xây dựng kế hoạch'],
      ['Quyết định', '247/QĐ-UBND', '20/01/2025', 'Ủy ban nhân dân thành phố Hải Phòng', 'ban hành Kế hoạch tuyên truyền'],
      ['Kế hoạch', '01/KH-UBND', '09/01/2026', 'Ủy ban nhân dân xã Tiên Lãng', 'về cải cách hành chính xã Tiên Lãng năm 2026'],
      ['Quyết định', '5256/QĐ-UBND', '26/12/2025', 'Ủy ban nhân dân thành phố', 'về việc ban hành Kế hoạch cải cách hành chính'],
      ['Kế hoạch', '01/KH-UBND', '09/01/2026', 'Ủy ban nhân dân xã Tiên Lãng', 'về cải cách hành chính xã Tiên Lãng năm 2026'],
      ['Nghị quyết', '76/NQ-CP', '15/7/2021', 'Chính phủ', ''],
      ['Chỉ thị', '23/CT-TTg', '02/9/2021', 'Thủ tướng Chính phủ', 'về đẩy mạnh thực hiện'],
      ['Quyết định', '3470/QĐ-UBND', '27/8/2025', 'UBND thành phố Hải Phòng', 'ban hành Kế hoạch thực hiện'],
      ['Kế hoạch', '50/KH-UBND', '26/09/2025', 'Ủy ban nhân dân xã Tiên Lãng', 'về việc thực hiện Chương trình tổng thể'],
      ['Quyết định', '5256/QĐ-UBND', '26/12/2025', 'Ủy ban nhân dân thành phố', ''],
      ['Quyết định', '1588/QĐ-TTg', '17/12/2024', 'Thủ tướng Chính phủ', 'Tuyên truyền, phổ biến, nâng cao chất lượng'],
      ['Quyết định', '1588/QĐ-TTg', '17/12/2024', 'Thủ tướng Chính phủ', ''],
    ]);
    assertExactRanges('seed-003-tien-lang-2026.plan.yaml');
  });

  it('does not read the plan\'s own header (so, ngay) as a citation', () => {
    const { plan } = seed('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
    assert.ok(!citationsOfPlan(plan).some((pc) => pc.citation.symbol?.text === '12/KH-UBND'));
    assert.equal(citationsOfPlan(plan).length, 5);
  });
});

interface Case {
  name: string;
  text: string;
  rows: Row[];
}

const cases: Case[] = [
  // Symbol kinds of domain.md §2.
  { name: 'state, individual act', text: 'Quyết định số 1588/QĐ-TTg ngày 17/12/2024 của Thủ tướng Chính phủ phê duyệt Đề án', rows: [['Quyết định', '1588/QĐ-TTg', '17/12/2024', 'Thủ tướng Chính phủ', 'phê duyệt Đề án']] },
  { name: 'state, normative act', text: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư', rows: [['Nghị định', '30/2020/NĐ-CP', '05/3/2020', 'Chính phủ', 'về công tác văn thư']] },
  { name: 'normative act of the Quốc hội (no type code)', text: 'Luật số 72/2025/QH15 ngày 16/6/2025', rows: [['Luật', '72/2025/QH15', '16/6/2025', '', '']] },
  { name: 'công văn', text: 'Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ', rows: [['Công văn', '4625/BNV-CCHC', '02/7/2025', 'Bộ Nội vụ', '']] },
  { name: 'party document', text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá', rows: [['Nghị quyết', '57-NQ/TW', '22/12/2024', 'Bộ Chính trị', 'về đột phá']] },
  { name: 'party document of a province', text: 'Chương trình số 01-CTr/TU ngày 5/1/2026 của Thành ủy Hải Phòng', rows: [['Chương trình', '01-CTr/TU', '5/1/2026', 'Thành ủy Hải Phòng', '']] },
  { name: 'a Luật by name and date', text: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025', rows: [['Luật', 'Tổ chức chính quyền địa phương', '16 tháng 6 năm 2025', '', '']] },
  { name: 'a Luật by name, number and date', text: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025', rows: [['Luật', '72/2025/QH15', '16/6/2025', '', '']] },
  { name: 'no "số", type word in lower case', text: 'theo quyết định 12/QĐ-UBND ngày 1/2/2026', rows: [['quyết định', '12/QĐ-UBND', '1/2/2026', '', '']] },
  // Dates and issuers.
  { name: 'long date, issuer with a city', text: 'Quyết định số 3470/QĐ-UBND ngày 27 tháng 8 năm 2025 của Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch', rows: [['Quyết định', '3470/QĐ-UBND', '27 tháng 8 năm 2025', 'Ủy ban nhân dân thành phố Hải Phòng', 'ban hành Kế hoạch']] },
  { name: 'issuer "của Thủ tướng Chính phủ" ends before "về"', text: 'Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh', rows: [['Chỉ thị', '23/CT-TTg', '02/9/2021', 'Thủ tướng Chính phủ', 'về đẩy mạnh']] },
  { name: 'an issuer with a comma inside', text: 'Kết luận số 186-KL/TW ngày 29/8/2025 của Bộ Chính trị, Ban Bí thư về tình hình', rows: [['Kết luận', '186-KL/TW', '29/8/2025', 'Bộ Chính trị, Ban Bí thư', 'về tình hình']] },
  { name: 'an abbreviation with a full stop does not end the issuer', text: 'Quyết định số 12/QĐ-UBND ngày 3/2/2026 của UBND TP. Hải Phòng về việc X.', rows: [['Quyết định', '12/QĐ-UBND', '3/2/2026', 'UBND TP. Hải Phòng', 'về việc X']] },
  { name: 'a sentence end closes the issuer', text: 'theo Quyết định số 5256/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố. Tuyên truyền về X', rows: [['Quyết định', '5256/QĐ-UBND', '26/12/2025', 'Ủy ban nhân dân thành phố', '']] },
  // Compound and several per line.
  {
    name: 'compound: type and issuer stated once for several numbers',
    text: 'Căn cứ các Quyết định của Ủy ban nhân dân thành phố: số 3470/QĐ-UBND ngày 27/8/2025 ban hành Kế hoạch A; số 5256/QĐ-UBND ngày 26/12/2025 ban hành Kế hoạch B',
    rows: [
      ['Quyết định', '3470/QĐ-UBND', '27/8/2025', 'Ủy ban nhân dân thành phố', 'ban hành Kế hoạch A'],
      ['Quyết định', '5256/QĐ-UBND', '26/12/2025', 'Ủy ban nhân dân thành phố', 'ban hành Kế hoạch B'],
    ],
  },
  {
    name: 'several citations in one line, each with its own issuer and title',
    text: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành X; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc Y; Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ về Z',
    rows: [
      ['Nghị quyết', '76/NQ-CP', '15/7/2021', 'Chính phủ', 'ban hành X'],
      ['Chỉ thị', '23/CT-TTg', '02/9/2021', 'Thủ tướng Chính phủ', 'về việc Y'],
      ['Công văn', '4625/BNV-CCHC', '02/7/2025', 'Bộ Nội vụ', 'về Z'],
    ],
  },
  {
    name: 'a list sharing one type word',
    text: 'các Nghị quyết số 76/NQ-CP ngày 15/7/2021, số 74/NQ-CP ngày 07/4/2025 của Chính phủ',
    rows: [
      ['Nghị quyết', '76/NQ-CP', '15/7/2021', '', ''],
      ['Nghị quyết', '74/NQ-CP', '07/4/2025', 'Chính phủ', ''],
    ],
  },
  // Noise.
  { name: 'a space inside the symbol', text: 'Quyết định số 780 /QĐ-UBND ngày 29/9/2025 của UBND xã Yết Kiêu', rows: [['Quyết định', '780 /QĐ-UBND', '29/9/2025', 'UBND xã Yết Kiêu', '']] },
  { name: 'a space after the hyphen of a party symbol', text: 'Nghị quyết số 19- NQ/TW ngày 25/10/2017', rows: [['Nghị quyết', '19- NQ/TW', '25/10/2017', '', '']] },
  { name: 'a line break inside the symbol', text: 'Quyết định số 780\n/QĐ-UBND ngày 29/9/2025', rows: [['Quyết định', '780\n/QĐ-UBND', '29/9/2025', '', '']] },
  { name: 'an en dash inside the symbol', text: 'Nghị quyết số 76/NQ–CP ngày 15/7/2021', rows: [['Nghị quyết', '76/NQ–CP', '15/7/2021', '', '']] },
  { name: 'stray punctuation around', text: '(Quyết định số 247/QĐ-UBND, ngày 20/01/2026, của UBND thành phố Hải Phòng);', rows: [['Quyết định', '247/QĐ-UBND', '20/01/2026', 'UBND thành phố Hải Phòng', '']] },
  // Not citations.
  { name: 'quality standards', text: 'theo tiêu chuẩn TCVN ISO 9001:2015 và TCVN ISO 18091:2020', rows: [] },
  { name: 'periods, ratios and dates', text: 'Quý I/2026; 24/7; giai đoạn 2021-2030; 02 cuộc/năm; Tháng 3 - 4/2026; ngày 20/01/2026', rows: [] },
  { name: 'type words without a number', text: 'Nghị quyết của Chính phủ, Kế hoạch năm 2026 và chuyển đổi số', rows: [] },
  { name: 'a code after a spaced dash is not part of the symbol', text: 'Nghị quyết số 76/NQ-CP - Chương trình tổng thể', rows: [['Nghị quyết', '76/NQ-CP', '', '', '']] },
];

describe('citation parser: forms', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const citations = parseCitations(testCase.text);
      assert.deepEqual(citations.map(row), testCase.rows);
      for (const c of citations) {
        for (const part of [c.typeWord, c.symbol, c.name, c.date, c.issuer, c.title]) {
          if (part) assert.equal(testCase.text.slice(part.start, part.end), part.text, 'part range');
        }
      }
    });
  }

  it('marks the parts of a compound citation stated once as shared, outside each member\'s own range', () => {
    const text = cases.find((c) => c.name.startsWith('compound'))!.text;
    const [first, second] = parseCitations(text);
    assert.equal(first.typeWord?.shared, true);
    assert.equal(second.issuer?.shared, true);
    assert.equal(first.issuer?.start, second.issuer?.start);
    assert.ok(first.start > (first.issuer?.end ?? 0), 'the member starts after the shared head');
  });

  it('reads symbol grammar and dates into values', () => {
    const [party, normative, letter] = parseCitations('Nghị quyết số 57-NQ/TW ngày 22/12/2024; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; Công văn số 4625/BNV-CCHC ngày 02 tháng 7 năm 2025');
    assert.deepEqual([party.symbol?.parsed.kind, party.symbol?.parsed.typeCode, party.symbol?.parsed.issuerCode], ['party', 'NQ', 'TW']);
    assert.deepEqual([normative.symbol?.parsed.kind, normative.symbol?.parsed.year, normative.symbol?.parsed.typeCode], ['normative', '2020', 'NĐ']);
    assert.deepEqual([letter.symbol?.parsed.kind, letter.symbol?.parsed.typeCode, letter.symbol?.parsed.issuerCode], ['letter', undefined, 'BNV']);
    assert.deepEqual([letter.date?.day, letter.date?.month, letter.date?.year, letter.date?.form], [2, 7, 2025, 'long']);
    assert.deepEqual([party.date?.padDay, normative.date?.padDay, normative.date?.padMonth], [false, true, false]);
  });

  it('maps ranges through a quoted and a folded YAML scalar', () => {
    const text = 'loai: ke-hoach\nnoi_dung:\n  - "Theo Quyết định số 780\n    /QĐ-UBND ngày 29/9/2025: \\"x\\""\n  - >-\n    Theo Nghị quyết số 76/NQ-CP\n    ngày 15/7/2021 của Chính phủ\n';
    const plan = parsePlan(text);
    const found = citationsOfPlan(plan).map((pc) => {
      const range = partRange(pc.field, pc.citation.symbol!);
      return [pc.citation.symbol!.text, text.slice(range.start, range.end)];
    });
    assert.deepEqual(found.map(([parsed]) => parsed.replace(/\s+/g, ' ')), ['780 /QĐ-UBND', '76/NQ-CP']);
    assert.equal(found[0][1], '780\n    /QĐ-UBND');
    assert.equal(found[1][1], '76/NQ-CP');
  });
});
