// Plan → document model: what is printed, in which order, with which generated numbers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildDocument, plainText, type Block, type DocumentModel, type TextPart } from '../../core/src/document';
import { parsePlan } from '../../core/src/parse/parse-plan';
import { examplesDir } from '../support/paths';
import { MINIMAL_PLAN } from '../support/plans';

const example = (name: string) => readFileSync(path.join(examplesDir, name), 'utf8');
const build = (text: string) => buildDocument(parsePlan(text));
const CLEAN = 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml';

/** "I. MỤC ĐÍCH, YÊU CẦU", "a) text…" — one line per block. */
function lines(blocks: readonly Block[]): string[] {
  return blocks.map((block) =>
    block.kind === 'heading' ? `${block.number} ${plainText(block.runs)}` : `${block.marker ? `${block.marker} ` : ''}${plainText(block.runs)}`);
}

const textPart = (model: DocumentModel, kind: 'plan' | 'decision') => model.parts.find((part): part is TextPart => part.kind === kind)!;

describe('document model of the clean example', () => {
  const model = build(example(CLEAN));
  const plan = textPart(model, 'plan');

  it('is a plan followed by its appendix', () => {
    assert.equal(model.kind, 'ke-hoach');
    assert.deepEqual(model.parts.map((part) => part.kind), ['plan', 'appendix']);
  });

  it('has the header of Nghị định 30/2020', () => {
    assert.deepEqual(plan.header.bodyLines, ['ỦY BAN NHÂN DÂN', 'XÃ TIÊN LÃNG']);
    assert.equal(plan.header.numberLine, 'Số: 12/KH-UBND');
    assert.equal(plan.header.nation, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(plan.header.motto, 'Độc lập - Tự do - Hạnh phúc');
    assert.equal(plan.header.dateLine, 'Tiên Lãng, ngày 20 tháng 01 năm 2026');
    assert.equal(plan.title.docType, 'KẾ HOẠCH');
    assert.equal(plainText(plan.title.subject), 'Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026');
  });

  it('generates the part and item numbers', () => {
    const headings = plan.body.filter((block) => block.kind === 'heading').map((block) => lines([block])[0]);
    assert.deepEqual(headings, [
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu',
      'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', '1. Nội dung tuyên truyền', '2. Hình thức tuyên truyền',
      'III. NHIỆM VỤ CỤ THỂ', 'IV. KINH PHÍ THỰC HIỆN', 'V. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Văn hóa - Xã hội', '2. Văn phòng HĐND và UBND xã', '3. Phòng Kinh tế', '4. Trung tâm Phục vụ hành chính công xã',
      '5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội',
    ]);
  });

  it('letters items, leaves `doan` unnumbered and prints `y` points with "-"', () => {
    const all = lines(plan.body);
    const start = all.indexOf('1. Nội dung tuyên truyền');
    assert.deepEqual(all.slice(start + 1, start + 7).map((line) => line.slice(0, 40)), [
      'Công tác thông tin, tuyên truyền cải các',
      'a) Tuyên truyền, phổ biến các quan điểm,',
      'b) Tuyên truyền các nhiệm vụ cải cách hà',
      '- Cải cách thủ tục hành chính; thực hiện',
      '- Xây dựng, phát triển chính quyền điện ',
      'c) Tuyên truyền biểu dương các mô hình, ',
    ]);
  });

  it('ends each căn cứ with ";" and the last one with "."', () => {
    const bases = plan.body.filter((block) => block.kind === 'paragraph' && block.style === 'basis').map((block) => plainText(block.runs));
    assert.equal(bases.length, 5);
    assert.ok(bases.slice(0, 4).every((line) => line.startsWith('Căn cứ ') && line.endsWith(';')), bases.join('\n'));
    assert.match(bases[4], /^Thực hiện Quyết định số 5256\/QĐ-UBND .*năm 2026\.$/);
    assert.ok(plan.body.filter((block) => block.kind === 'paragraph' && block.style === 'basis').every((block) => block.runs.every((run) => run.italic)));
  });

  it('lists the recipients with "-" and ";", the last with "."', () => {
    assert.equal(plan.recipients?.heading, 'Nơi nhận:');
    assert.deepEqual(plan.recipients?.lines.slice(-2), ['- Các cơ quan, đơn vị liên quan;', '- Lưu: VT, VHXH.']);
    assert.deepEqual(plan.signer, { authorityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Phạm Thị Lan', source: plan.signer?.source });
  });

  it('has the appendix table with the default columns and the "(Kèm theo …)" line', () => {
    const appendix = model.parts[1];
    assert.ok(appendix.kind === 'appendix');
    assert.equal(appendix.heading, 'PHỤ LỤC');
    assert.equal(appendix.title, 'NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    assert.equal(appendix.attachedTo, '(Kèm theo Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân xã Tiên Lãng)');
    assert.deepEqual(appendix.columns.map((column) => column.title), ['STT', 'Nhiệm vụ', 'Hình thức', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện']);
    assert.ok(Math.abs(appendix.columns.reduce((sum, column) => sum + column.width, 0) - 1) < 1e-9);
    assert.deepEqual(appendix.rows.map((row) => row.number), [1, 2, 3, 4]);
    const partners = appendix.rows[2].cells[5].lines.map(plainText);
    assert.deepEqual(partners, ['Tổ Công nghệ số cộng đồng', 'Phòng Văn hóa - Xã hội']);
  });

  it('records where each block comes from', () => {
    const text = example(CLEAN);
    const block = plan.body.find((b) => b.kind === 'heading' && plainText(b.runs) === 'Phòng Kinh tế')!;
    assert.ok(block.source);
    assert.match(text.slice(block.source.start, block.source.end), /^don_vi: Phòng Kinh tế/);
  });
});

describe('document model of the seeds', () => {
  it('seed 000 (decision form): the decision, then the attached plan, then the appendix', () => {
    const model = build(example('seed-000-yet-kieu-2026.plan.yaml'));
    assert.equal(model.kind, 'quyet-dinh');
    assert.deepEqual(model.parts.map((part) => part.kind), ['decision', 'plan', 'appendix']);
    const decision = textPart(model, 'decision');
    assert.equal(decision.header.numberLine, 'Số:     /QĐ-UBND');
    assert.equal(decision.header.dateLine, 'Yết Kiêu, ngày     tháng 02 năm 2026');
    assert.equal(decision.title.docType, 'QUYẾT ĐỊNH');
    assert.equal(decision.title.authority, 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ YẾT KIÊU');
    const body = lines(decision.body);
    assert.equal(body.at(-4), 'QUYẾT ĐỊNH:');
    assert.deepEqual(body.slice(-3).map((line) => line.slice(0, 8)), ['Điều 1. ', 'Điều 2. ', 'Điều 3. ']);
    assert.equal(body[body.length - 5], 'Theo đề nghị của Trưởng Phòng Văn hóa - Xã hội xã.');
    assert.deepEqual(decision.signer?.authorityLines, ['CHỦ TỊCH']);
    assert.equal(decision.restartPageNumbers, false);

    const plan = textPart(model, 'plan');
    assert.equal(plan.header.numberLine, undefined);
    assert.equal(plan.header.dateLine, undefined);
    assert.equal(plan.title.attachedTo, '(Kèm theo Quyết định số     /QĐ-UBND ngày     tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân xã Yết Kiêu)');
    assert.equal(plan.restartPageNumbers, true);
    const all = lines(plan.body);
    assert.ok(all.includes('II. NỘI DUNG THỰC HIỆN'), 'tieu_de_phan overrides the part heading');
    // Mục đích has five items: the fifth letter is đ.
    const purpose = all.indexOf('1. Mục đích');
    assert.deepEqual(all.slice(purpose + 1, purpose + 6).map((line) => line.split(' ')[0]), ['a)', 'b)', 'c)', 'd)', 'đ)']);
    assert.ok(all.includes('6. Đề nghị Ban xây dựng Đảng ủy xã'));
    assert.ok(all.some((line) => line.startsWith('- Thường xuyên đánh giá mức độ quan tâm')), 'y points of a muc item');
    // `*kèm theo Kế hoạch*` is italic inside the paragraph.
    const italic = plan.body.flatMap((block) => block.runs).find((run) => run.text === 'kèm theo Kế hoạch');
    assert.equal(italic?.italic, true);

    const appendix = model.parts[2];
    assert.ok(appendix.kind === 'appendix');
    assert.equal(appendix.heading, 'DANH MỤC');
    assert.deepEqual(appendix.columns.map((column) => column.title), ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện/Hoàn thành', 'Sản phẩm']);
    assert.match(appendix.attachedTo, /^\(Kèm theo Kế hoạch ban hành kèm theo Quyết định số     \/QĐ-UBND ngày     tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân xã Yết Kiêu\)$/);
    assert.deepEqual(appendix.rows[1].cells[1].lines.map(plainText), [
      'Chủ trì đối thoại trực tiếp giữa lãnh đạo UBND xã với các cơ quan, đơn vị, người dân',
      '- Quy mô: 02 cuộc',
      '- Đối tượng: Các cơ quan, đơn vị, người dân và doanh nghiệp',
    ]);
  });

  it('seed 003 (kieu_muc: gach, draft): dash items, no appendix, Roman numbers without gaps', () => {
    const model = build(example('seed-003-tien-lang-2026.plan.yaml'));
    assert.deepEqual(model.parts.map((part) => part.kind), ['plan']);
    const plan = textPart(model, 'plan');
    assert.equal(plan.header.numberLine, 'Số:     /KH-UBND');
    assert.equal(plan.header.dateLine, 'Tiên Lãng, ngày     tháng 01 năm 2026');
    const all = lines(plan.body);
    assert.deepEqual(all.filter((line) => /^[IVX]+\. /.test(line)), ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', 'III. KINH PHÍ THỰC HIỆN', 'IV. TỔ CHỨC THỰC HIỆN']);
    const items = plan.body.filter((block) => block.kind === 'paragraph' && block.style === 'item');
    assert.ok(items.length > 20);
    assert.ok(items.every((block) => block.kind === 'paragraph' && block.marker === '-'));
  });

  it('seed 002 (no number, place or date): blanks instead of a crash', () => {
    const plan = textPart(build(example('seed-002-ninh-giang-2025.plan.yaml')), 'plan');
    assert.equal(plan.header.numberLine, 'Số:     /KH-UBND');
    assert.equal(plan.header.dateLine, '……, ngày     tháng     năm     ');
    assert.ok(lines(plan.body).includes('I. MỤC ĐÍCH YÊU CẦU'));
  });
});

describe('document model of hand-made plans', () => {
  it('prints "+" sub-points, a custom section heading and letters past "đ"', () => {
    const text = `${MINIMAL_PLAN}muc_dich:
  tieu_de: Mục tiêu
  cac_muc:
${['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy'].map((word) => `    - Mục ${word}`).join('\n')}
noi_dung:
  - muc: Mục có ý
    y:
      - muc: Ý thứ nhất
        y:
          - Ý con
      - Ý thứ hai
`;
    const all = lines(textPart(build(text), 'plan').body);
    assert.ok(all.includes('1. Mục tiêu'), all.join('\n'));
    assert.deepEqual(all.filter((line) => /^[a-zđ]\) Mục/.test(line)).map((line) => line.split(' ')[0]), ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'a)']);
    const start = all.indexOf('a) Mục có ý');
    assert.deepEqual(all.slice(start, start + 4), ['a) Mục có ý', '- Ý thứ nhất', '+ Ý con', '- Ý thứ hai']);
  });

  it('does not double a typed "Căn cứ", final ";" or "-" and keeps a unit\'s typed "Đề nghị"', () => {
    const text = MINIMAL_PLAN.replace(
      '  - Nghị quyết số 76/NQ-CP',
      '  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n  - Nghị quyết số 76/NQ-CP',
    ).replace('  - Các cơ quan, đơn vị liên quan', '  - "- Các cơ quan, đơn vị liên quan;"') + `to_chuc_thuc_hien:
  - don_vi: Đề nghị Đảng ủy xã
    de_nghi: true
    nhiem_vu: Lãnh đạo.
`;
    const plan = textPart(build(text), 'plan');
    const all = lines(plan.body);
    assert.equal(all[0], 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    assert.match(all[1], /^Căn cứ Nghị quyết số 76\/NQ-CP .*2021 - 2030\.$/);
    assert.ok(all.includes('1. Đề nghị Đảng ủy xã'));
    assert.deepEqual(plan.recipients?.lines, ['- Các cơ quan, đơn vị liên quan;', '- Lưu: VT, VHXH.']);
  });

  it('survives hostile or half-written input', () => {
    const inputs = [
      '',
      '- just a list',
      'loai: quyet-dinh',
      'co_quan: 12\nso: 5\nngay: 2026-99-99\nmuc_dich: {tieu_de: 3, cac_muc: x}\nnhiem_vu: [1, {ten: [a]}, null]\nto_chuc_thuc_hien: text\nnoi_nhan: x\nnguoi_ky: y',
      'muc_dich:\n  - {doan: null}\n  - {muc: null, y: [null, {muc: x, y: [1, null]}]}\nphu_luc: {cot: [bogus, ten, ten]}\nnhiem_vu: []',
      'a: &a [*a]',
      `${MINIMAL_PLAN}muc_dich: [${'x, '.repeat(60)}y]`,
    ];
    for (const input of inputs) {
      const model = build(input);
      assert.ok(model.parts.length >= 1, input);
    }
    const many = build(`${MINIMAL_PLAN}muc_dich: [${'x, '.repeat(30)}y]`);
    const markers = textPart(many, 'plan').body.flatMap((block) => (block.kind === 'paragraph' && block.marker ? [block.marker] : []));
    assert.deepEqual(markers.slice(21, 26), ['x)', 'y)', 'aa)', 'ab)', 'ac)']);
    const table = build('nhiem_vu: [1, {ten: [a]}, null]\nphu_luc: {cot: [bogus, ten, ten]}').parts.at(-1)!;
    assert.ok(table.kind === 'appendix');
    assert.deepEqual(table.columns.map((column) => column.key), ['stt', 'ten']);
    assert.deepEqual(table.rows.map((row) => row.cells.map((cell) => cell.lines.map(plainText).join('|'))), [['1', '1'], ['2', ''], ['3', '']]);
  });
});
