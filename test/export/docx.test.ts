// The produced .docx, opened as a zip (jszip) and read as WordprocessingML: the format facts of
// Nghị định 30/2020/NĐ-CP (domain.md §6) asserted on the XML itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildDocument } from '../../core/src/document';
import { parsePlan } from '../../core/src/parse/parse-plan';
import { renderDocx } from '../../export/src/docx';
import { examplesDir } from '../support/paths';
import { MINIMAL_PLAN } from '../support/plans';
import { openDocx, paragraphsOf, rowsOf, sectionsOf, tablesOf, type DocxParts, type XParagraph } from './docx-xml';

const example = (name: string) => readFileSync(path.join(examplesDir, name), 'utf8');
const docxOf = async (text: string) => openDocx(await renderDocx(buildDocument(parsePlan(text))));

/** The paragraph whose text is exactly `text` (or starts with it). */
function find(paragraphs: XParagraph[], text: string | RegExp): XParagraph {
  const found = paragraphs.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
  assert.ok(found, `no paragraph ${text}; have:\n${paragraphs.map((p) => p.text).filter(Boolean).slice(0, 80).join('\n')}`);
  return found;
}

const twipsOfMm = (value: number) => Math.round((value * 1440) / 25.4);

describe('DOCX of the clean example', () => {
  let docx: DocxParts;
  let paragraphs: XParagraph[];
  before(async () => {
    docx = await docxOf(example('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'));
    paragraphs = paragraphsOf(docx.document);
  });

  it('is a WordprocessingML package', () => {
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) {
      assert.ok(docx.files.includes(part), `${part} in ${docx.files.join(', ')}`);
    }
    assert.match(docx.core, /<dc:title>Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026<\/dc:title>/);
  });

  it('uses A4 portrait with the 20/20/30/15 mm margins, then a landscape appendix section', () => {
    const sections = sectionsOf(docx.document);
    assert.equal(sections.length, 2);
    const [text, appendix] = sections;
    assert.deepEqual([text.width, text.height, text.orient], [11906, 16838, 'portrait']);
    assert.deepEqual([appendix.width, appendix.height, appendix.orient], [16838, 11906, 'landscape']);
    for (const section of sections) {
      assert.equal(section.margin.top, twipsOfMm(20));
      assert.equal(section.margin.bottom, twipsOfMm(20));
      assert.equal(section.margin.left, twipsOfMm(30));
      assert.equal(section.margin.right, twipsOfMm(15));
    }
    assert.match(appendix.body, /PHỤ LỤC/);
    assert.doesNotMatch(text.body, /PHỤ LỤC/);
  });

  it('sets Times New Roman 14 pt, black, Vietnamese as the document default', () => {
    const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(docx.styles)?.[1] ?? '';
    assert.match(defaults, /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    assert.match(defaults, /<w:sz w:val="28"\/>/);
    assert.match(defaults, /<w:color w:val="000000"\/>/);
    assert.match(defaults, /<w:lang w:val="vi-VN"\/>/);
    assert.doesNotMatch(docx.document, /w:rFonts w:ascii="(?!Times New Roman)/, 'no run switches to another font');
  });

  it('puts page numbers in the top margin, centred, from page 2', () => {
    const [text, appendix] = sectionsOf(docx.document);
    assert.match(text.xml, /<w:titlePg\/>/, 'a different first page');
    const ref = (xml: string, type: string) => new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(xml)?.[1];
    const header = (id: string | undefined) => {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(docx.rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(docx.rels)?.[1];
      return docx.headers.get(`word/${target}`) ?? '';
    };
    const pageField = /<w:instrText[^>]*>PAGE<\/w:instrText>/;
    assert.match(header(ref(text.xml, 'default')), pageField);
    assert.match(header(ref(text.xml, 'default')), /<w:jc w:val="center"\/>/);
    assert.doesNotMatch(header(ref(text.xml, 'first')), pageField, 'no number on page 1');
    assert.match(header(ref(appendix.xml, 'default')), pageField, 'the appendix pages are numbered');
    assert.doesNotMatch(appendix.xml, /<w:titlePg\/>/, 'the appendix\'s first page has its number');
  });

  it('has the header table: issuing body and number left; Quốc hiệu, tiêu ngữ and italic date right', () => {
    const table = tablesOf(docx.document)[0];
    const rows = rowsOf(table);
    assert.deepEqual(rows.map((row) => row.cells), [
      ['ỦY BAN NHÂN DÂN\nXÃ TIÊN LÃNG\n', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
      ['Số: 12/KH-UBND', 'Tiên Lãng, ngày 20 tháng 01 năm 2026'],
    ]);
    assert.match(table, /<w:tblBorders><w:top w:val="none"/, 'the header table has no borders');
    const inTable = paragraphsOf(table);
    const body = find(inTable, 'XÃ TIÊN LÃNG').runs[0];
    assert.deepEqual([body.bold, body.size], [true, 26]);
    const nation = find(inTable, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').runs[0];
    assert.deepEqual([nation.bold, nation.size], [true, 24]);
    const motto = find(inTable, 'Độc lập - Tự do - Hạnh phúc').runs[0];
    assert.deepEqual([motto.bold, motto.size], [true, 28]);
    const date = find(inTable, /^Tiên Lãng, ngày/).runs[0];
    assert.deepEqual([date.italic, date.bold, date.size], [true, false, 28]);
    const number = find(inTable, /^Số:/).runs[0];
    assert.deepEqual([number.bold, number.size], [false, 26]);
    // The rules under the issuing body and under the tiêu ngữ: empty paragraphs with a top border.
    const rules = inTable.filter((p) => /<w:pBdr><w:top w:val="single"/.test(p.pPr) && p.text === '');
    assert.equal(rules.length, 2);
  });

  it('has the tên loại and the bold trích yếu, centred, with a rule', () => {
    const type = find(paragraphs, 'KẾ HOẠCH');
    assert.match(type.pPr, /<w:jc w:val="center"\/>/);
    assert.ok(type.runs.every((run) => run.bold));
    const index = paragraphs.indexOf(type);
    const subject = paragraphs[index + 1];
    assert.equal(subject.text, 'Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026');
    assert.ok(subject.runs.every((run) => run.bold));
    assert.match(paragraphs[index + 2].pPr, /<w:pBdr><w:top w:val="single"/);
  });

  it('writes the căn cứ in italics, ";" after each and "." after the last', () => {
    const bases = paragraphs.filter((p) => /^(Căn cứ|Thực hiện) /.test(p.text));
    assert.equal(bases.length, 5);
    for (const basis of bases) assert.ok(basis.runs.every((run) => run.italic), basis.text);
    assert.ok(bases.slice(0, -1).every((p) => p.text.endsWith(';')));
    assert.ok(bases.at(-1)!.text.endsWith('.'));
    const leadIn = paragraphs[paragraphs.indexOf(bases.at(-1)!) + 1];
    assert.match(leadIn.text, /^Ủy ban nhân dân xã Tiên Lãng ban hành Kế hoạch/);
    assert.ok(leadIn.runs.every((run) => !run.italic), 'the lead-in is not italic');
  });

  it('lays body paragraphs out justified, 1.27 cm first-line indent, 6 pt before', () => {
    const item = find(paragraphs, /^a\) Đẩy mạnh công tác thông tin/);
    assert.match(item.pPr, /<w:jc w:val="both"\/>/);
    assert.match(item.pPr, /<w:ind w:firstLine="720"\/>/);
    assert.match(item.pPr, /<w:spacing [^>]*w:before="120"/);
  });

  it('prints the generated numbering: I., 1., a), "-" points; bold headings', () => {
    const texts = paragraphs.map((p) => p.text);
    const order = ['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', 'III. NHIỆM VỤ CỤ THỂ', 'IV. KINH PHÍ THỰC HIỆN', 'V. TỔ CHỨC THỰC HIỆN', '1. Phòng Văn hóa - Xã hội'];
    const positions = order.map((text) => texts.indexOf(text));
    assert.ok(positions.every((position) => position >= 0), JSON.stringify(positions));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
    for (const heading of order) assert.ok(find(paragraphs, heading).runs.every((run) => run.bold), heading);
    assert.ok(texts.includes('c) Tuyên truyền biểu dương các mô hình, điển hình tiên tiến, cách làm hay trong cải cách hành chính.'));
    assert.ok(texts.some((text) => text.startsWith('- Cải cách thủ tục hành chính;')));
    assert.ok(texts.includes('5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội'));
  });

  it('puts Nơi nhận (12 pt bold italic, entries 11 pt) beside the signer block', () => {
    const tables = tablesOf(sectionsOf(docx.document)[0].body);
    const signature = tables.at(-1)!;
    const [row] = rowsOf(signature);
    assert.equal(row.cells[0], 'Nơi nhận:\n- Sở Nội vụ;\n- Thường trực Đảng ủy xã;\n- Thường trực HĐND xã;\n- Chủ tịch, các Phó Chủ tịch UBND xã;\n- Các cơ quan, đơn vị liên quan;\n- Lưu: VT, VHXH.');
    const cells = paragraphsOf(signature);
    const heading = find(cells, 'Nơi nhận:').runs[0];
    assert.deepEqual([heading.bold, heading.italic, heading.size], [true, true, 24]);
    assert.equal(find(cells, '- Sở Nội vụ;').runs[0].size, 22);
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Thị Lan']) {
      const p = find(cells, line);
      assert.ok(p.runs.every((run) => run.bold), line);
      assert.match(p.pPr, /<w:jc w:val="center"\/>/);
    }
    assert.match(row.xml, /<w:cantSplit\/>/, 'recipients and signer stay on one page');
  });

  it('puts the appendix in the landscape section: title, "(Kèm theo …)" and the task table with a repeated header row', () => {
    const appendix = sectionsOf(docx.document)[1].body;
    const ps = paragraphsOf(appendix);
    assert.ok(find(ps, 'PHỤ LỤC').runs.every((run) => run.bold));
    assert.ok(find(ps, 'NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026').runs.every((run) => run.bold));
    const attached = find(ps, /^\(Kèm theo Kế hoạch số 12\/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân xã Tiên Lãng\)$/);
    assert.ok(attached.runs.every((run) => run.italic));
    const [table] = tablesOf(appendix);
    const rows = rowsOf(table);
    assert.deepEqual(rows[0].cells, ['STT', 'Nhiệm vụ', 'Hình thức', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện']);
    assert.match(rows[0].xml, /<w:tblHeader\/>/, 'the header row repeats on each page');
    assert.ok(rows.slice(1).every((row) => !/<w:tblHeader\/>/.test(row.xml)));
    assert.ok(paragraphsOf(rows[0].xml).every((p) => p.runs.every((run) => run.bold && run.size === 24)));
    assert.equal(rows.length, 5);
    assert.deepEqual(rows[4].cells, [
      '4',
      'Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
      'Phiếu khảo sát', 'Báo cáo kết quả khảo sát', 'Phòng Văn hóa - Xã hội', 'Trung tâm Phục vụ hành chính công xã', 'Quý IV/2026',
    ]);
    assert.match(table, /<w:tblBorders><w:top w:val="single"/, 'the task table is ruled');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    assert.equal(grid.reduce((a, b) => a + b, 0), 16838 - twipsOfMm(30) - twipsOfMm(15), 'the table spans the landscape text width');
  });
});

describe('DOCX of the seeds and drafts', () => {
  it('seed 000 renders the decision, then the attached plan (numbered from 1), then the appendix', async () => {
    const docx = await docxOf(example('seed-000-yet-kieu-2026.plan.yaml'));
    const sections = sectionsOf(docx.document);
    assert.deepEqual(sections.map((s) => s.orient), ['portrait', 'portrait', 'landscape']);
    const [decision, plan, appendix] = sections.map((s) => paragraphsOf(s.body));
    assert.ok(find(decision, 'QUYẾT ĐỊNH').runs.every((run) => run.bold));
    assert.ok(find(decision, 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ YẾT KIÊU').runs.every((run) => run.bold));
    assert.equal(find(decision, /^Số:/).text, 'Số:     /QĐ-UBND');
    assert.match(find(decision, /^Số:/).runs[0].xml, /<w:t xml:space="preserve">Số:     \/QĐ-UBND<\/w:t>/, 'the blank is kept');
    assert.equal(find(decision, /^Yết Kiêu, ngày/).text, 'Yết Kiêu, ngày     tháng 02 năm 2026');
    const article = find(decision, /^Điều 1\. /);
    assert.deepEqual([article.runs[0].text, article.runs[0].bold, article.runs[1].bold], ['Điều 1. ', true, false]);
    assert.ok(find(decision, 'Theo đề nghị của Trưởng Phòng Văn hóa - Xã hội xã.').runs.every((run) => run.italic));
    assert.ok(find(decision, 'QUYẾT ĐỊNH:').runs.every((run) => run.bold));

    assert.match(sections[1].xml, /<w:pgNumType w:start="1"\/>/);
    assert.match(sections[1].xml, /<w:titlePg\/>/);
    assert.equal(find(plan, /^\(Kèm theo/).text, '(Kèm theo Quyết định số     /QĐ-UBND ngày     tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân xã Yết Kiêu)');
    assert.ok(!plan.some((p) => /^Số:/.test(p.text)), 'the attached plan has no number line of its own');
    const letters = plan.filter((p) => /^[a-zđ]\) /.test(p.text)).slice(0, 5).map((p) => p.text.slice(0, 2));
    assert.deepEqual(letters, ['a)', 'b)', 'c)', 'd)', 'đ)']);
    assert.ok(plan.some((p) => p.text === 'II. NỘI DUNG THỰC HIỆN'));

    assert.ok(find(appendix, 'DANH MỤC').runs.every((run) => run.bold));
    const rows = rowsOf(tablesOf(sections[2].body)[0]);
    assert.deepEqual(rows[0].cells, ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện/Hoàn thành', 'Sản phẩm']);
    assert.equal(rows.length, 7);
  });

  it('a draft keeps blanks for the number and the day', async () => {
    const docx = await docxOf(example('seed-003-tien-lang-2026.plan.yaml'));
    const ps = paragraphsOf(docx.document);
    assert.equal(find(ps, /^Số:/).text, 'Số:     /KH-UBND');
    assert.equal(find(ps, /^Tiên Lãng, ngày/).text, 'Tiên Lãng, ngày     tháng 01 năm 2026');
    assert.equal(sectionsOf(docx.document).length, 1, 'no appendix section without tasks');
    assert.ok(ps.filter((p) => p.text.startsWith('- ')).length > 20, 'kieu_muc: gach prints "-" items');
  });

  it('prints "+" sub-points and *italic* marks', async () => {
    const docx = await docxOf(`${MINIMAL_PLAN}noi_dung:
  - muc: Chủ đề năm “*Chủ động thực thi*”
    y:
      - muc: Ý
        y:
          - Ý con
`);
    const ps = paragraphsOf(docx.document);
    const item = find(ps, 'a) Chủ đề năm “Chủ động thực thi”');
    assert.deepEqual(item.runs.map((run) => [run.text, run.italic]), [['a) ', false], ['Chủ đề năm “', false], ['Chủ động thực thi', true], ['”', false]]);
    assert.ok(ps.some((p) => p.text === '- Ý'));
    assert.ok(ps.some((p) => p.text === '+ Ý con'));
  });

  it('escapes XML special characters of the plan text', async () => {
    const docx = await docxOf(MINIMAL_PLAN.replace(/^trich_yeu: (.*)$/m, 'trich_yeu: "<b>&amp; $1"'));
    assert.match(docx.document, /&lt;b&gt;&amp;amp; Tuyên truyền/);
    assert.ok(paragraphsOf(docx.document).some((p) => p.text === '<b>&amp; Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026'));
  });
});
