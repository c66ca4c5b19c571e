// The importer's parts on small inputs: extraction artefacts, the structure of domain.md §1 and its
// variants, the task table's column sets, and the YAML it writes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { lintText } from '../../core/src';
import { importPlan, importText, type SourceBlock } from '../../core/src/import';
import { cellLines, columnKey } from '../../core/src/import/appendix';
import { normalizeBlocks, splitBoldMarkers } from '../../core/src/import/normalize';
import { dateLine, fold, numberLine } from '../../core/src/import/patterns';
import { sentenceCaseBody } from '../../core/src/import/recognise';
import { Comments, scalar, writeYaml } from '../../core/src/import/yaml-writer';

const lines = (text: string) => normalizeBlocks(importBlocks(text)).map((item) => (item.kind === 'line' ? item.text : `[table ${item.rows.length}]`));
const importBlocks = (text: string): SourceBlock[] => text.split('\n').filter((line) => line.trim()).map((line, index) => ({ kind: 'paragraph', text: line, at: { line: index + 1 } }));

/** A small plan in the shape of the seeds, one part at a time. */
const PLAN_HEAD = `ỦY BAN NHÂN DÂN
XÃ TIÊN LÃNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Tiên Lãng, ngày 09 tháng 01 năm 2026
KẾ HOẠCH
Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026
Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;
Ủy ban nhân dân xã Tiên Lãng ban hành Kế hoạch như sau:`;

const PLAN_TAIL = `Nơi nhận:
- Sở Nội vụ;
- Lưu: VT, VHXH.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An`;

describe('extraction artefacts', () => {
  it('splits a heading run together with a bold line, and drops bold markers elsewhere', () => {
    assert.deepEqual(splitBoldMarkers('I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**'), [
      { text: 'I. MỤC ĐÍCH, YÊU CẦU', bold: false },
      { text: '1. Mục đích', bold: true },
    ]);
    assert.deepEqual(splitBoldMarkers('KẾ HOẠCH**Tuyên truyền cải cách hành chính**').map((s) => s.text), ['KẾ HOẠCH', 'Tuyên truyền cải cách hành chính']);
    assert.deepEqual(splitBoldMarkers('góp phần hoàn thành chủ đề **“Kỷ cương”** năm 2026'), [{ text: 'góp phần hoàn thành chủ đề “Kỷ cương” năm 2026', bold: false }]);
    assert.deepEqual(splitBoldMarkers('**TM. ỦY BAN NHÂN DÂN'), [{ text: 'TM. ỦY BAN NHÂN DÂN', bold: true }]);
    assert.deepEqual(splitBoldMarkers('CHỦ TỊCH**'), [{ text: 'CHỦ TỊCH', bold: true }]);
  });

  it('joins hard-wrapped lines, and only those', () => {
    assert.deepEqual(lines('a) ở các ngành,\nđịa phương, đơn vị.\nb) Mục sau.'), ['a) ở các ngành, địa phương, đơn vị.', 'b) Mục sau.']);
    assert.deepEqual(lines('của Thành ủy,\nHĐND thành phố, Đảng ủy.'), ['của Thành ủy, HĐND thành phố, Đảng ủy.']);
    assert.deepEqual(lines('giai đoạn\n2021 - 2030.'), ['giai đoạn 2021 - 2030.']);
    // A new sentence, a marker, or an upper-case word after a comma that is not an abbreviation start a new line.
    assert.deepEqual(lines('Câu một.\nhai ba.'), ['Câu một.', 'hai ba.']);
    assert.deepEqual(lines('Mục dài,\nđ) mục tiếp.'), ['Mục dài,', 'đ) mục tiếp.']);
    assert.deepEqual(lines('Căn cứ Kế hoạch số 01/KH-UBND năm 2026,\nỦy ban nhân dân xã ban hành như sau:'), ['Căn cứ Kế hoạch số 01/KH-UBND năm 2026,', 'Ủy ban nhân dân xã ban hành như sau:']);
  });

  it('reads tab-separated rows as one table, across blank lines', () => {
    assert.deepEqual(lines('Trước\nTT\tNhiệm vụ\tCơ quan chủ trì\n1\tA\tB\n\n2\tC\tD\nSau'), ['Trước', '[table 3]', 'Sau']);
  });

  it('reads a whole line in single asterisks as italic', () => {
    const [item] = normalizeBlocks([{ kind: 'paragraph', text: '*(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026' }, { kind: 'paragraph', text: 'của Chủ tịch Ủy ban nhân dân xã Yết Kiêu)*' }]);
    assert.deepEqual(item.kind === 'line' && [item.text, item.italic], ['(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026 của Chủ tịch Ủy ban nhân dân xã Yết Kiêu)', true]);
  });

  it('reads a table cell holding HTML as its paragraphs, details run into a task name as chi_tiet', () => {
    assert.deepEqual(cellLines('<p>Tên nhiệm vụ</p> <p>- Mục đích: A &amp; B</p>'), ['Tên nhiệm vụ', '- Mục đích: A & B']);
    assert.deepEqual(cellLines('Một<br/>Hai <em>nghiêng</em>'), ['Một', 'Hai *nghiêng*']);
    const plan = importText(`${PLAN_HEAD}\nPHỤ LỤC\nSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n1\tĐối thoại với người dân * Quy mô: 02 cuộc * Đối tượng: người dân\tVăn phòng HĐND và UBND xã\tNăm 2026\n2\tTuyên truyền trên Cổng - Nội dung: tin, bài\tPhòng Văn hóa - Xã hội\tQuý I/2026`);
    assert.deepEqual(plan.data.nhiem_vu, [
      { ten: 'Đối thoại với người dân', chi_tiet: ['Quy mô: 02 cuộc', 'Đối tượng: người dân'], chu_tri: 'Văn phòng HĐND và UBND xã', thoi_gian: 'Năm 2026' },
      { ten: 'Tuyên truyền trên Cổng', chi_tiet: ['Nội dung: tin, bài'], chu_tri: 'Phòng Văn hóa - Xã hội', thoi_gian: 'Quý I/2026' },
    ]);
  });
});

describe('header, title and signer', () => {
  it('reads the number, place and date, including the blanks of a draft', () => {
    assert.equal(numberLine('Số: /KH-UBND'), '/KH-UBND');
    assert.equal(numberLine('Số: 15 /KH-UBND'), '15 /KH-UBND', 'a space inside the symbol is a defect, kept');
    assert.deepEqual(dateLine('Tiên Lãng, ngày 09 tháng 01 năm 2026'), { place: 'Tiên Lãng', iso: '2026-01-09', partial: false });
    assert.deepEqual(dateLine('Yết Kiêu, ngày tháng 02 năm 2026'), { place: 'Yết Kiêu', iso: '2026-02', partial: false });
    assert.deepEqual(dateLine('Ninh Giang, ngày ... tháng ... năm 2025'), { place: 'Ninh Giang', partial: true });
    assert.deepEqual(dateLine('……, ngày     tháng     năm     '), { place: undefined, partial: false });
    assert.equal(dateLine('Trong ngày 15 tháng 7 năm 2026, tổ chức hội nghị tại xã và các thôn.'), undefined);
  });

  it('reads the issuing body from the header and writes it in the text\'s case', () => {
    const plan = importText(`${PLAN_HEAD}\n${PLAN_TAIL}`);
    assert.equal(plan.data.co_quan, 'Ủy ban nhân dân xã Tiên Lãng');
    assert.equal(plan.data.so, '12/KH-UBND');
    assert.equal(plan.data.dia_danh, 'Tiên Lãng');
    assert.equal(plan.data.ngay, '2026-01-09');
    assert.equal(plan.data.trich_yeu, 'Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026');
    assert.deepEqual(plan.data.noi_nhan, ['Sở Nội vụ', 'Lưu: VT, VHXH']);
    assert.deepEqual(plan.data.nguoi_ky, { thay_mat: 'ỦY BAN NHÂN DÂN', chuc_vu: 'CHỦ TỊCH', ho_ten: 'Nguyễn Văn An' });
    assert.equal(sentenceCaseBody('ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH'), 'Ủy ban nhân dân phường Hòa Bình');
  });

  it('keeps a parent body and a KT. signer', () => {
    const plan = importText(`UBND THÀNH PHỐ HẢI PHÒNG\n${PLAN_HEAD}\n${PLAN_TAIL.replace('CHỦ TỊCH', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')}`);
    assert.equal(plan.data.co_quan_chu_quan, 'UBND thành phố Hải Phòng');
    assert.deepEqual(plan.data.nguoi_ky, { thay_mat: 'ỦY BAN NHÂN DÂN', ky_thay: 'CHỦ TỊCH', chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Nguyễn Văn An' });
  });

  it('splits a căn cứ line run into the lead-in, and keeps several documents on one line', () => {
    const plan = importText(`KẾ HOẠCH\nTuyên truyền năm 2026\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ;\nThực hiện Kế hoạch số 01/KH-UBND ngày 09/01/2026 của UBND xã, Ủy ban nhân dân xã Tiên Lãng ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\na) Một.`);
    assert.deepEqual(plan.data.can_cu, ['Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ']);
    assert.deepEqual(plan.data.thuc_hien, ['Kế hoạch số 01/KH-UBND ngày 09/01/2026 của UBND xã']);
    assert.equal(plan.data.loi_dan, 'Ủy ban nhân dân xã Tiên Lãng ban hành Kế hoạch như sau:');
    assert.equal(plan.data.co_quan, 'Ủy ban nhân dân xã Tiên Lãng', 'taken from the lead-in');
    assert.match(plan.text, /# văn bản nguồn không có tên cơ quan ban hành ở phần đầu; co_quan lấy từ câu “Ủy ban nhân dân xã Tiên Lãng ban hành/);
  });
});

describe('parts, items and units', () => {
  it('reads heading variants, lettered items with "-" and "+" points, and unlettered paragraphs', () => {
    const plan = importText(`${PLAN_HEAD}
I. MỤC TIÊU, YÊU CẦU
1. Mục tiêu
a) Một.
- ý một;
+ ý con.
- ý hai.
Đoạn không đánh số.
b) Hai.
2. Yêu cầu: Thường xuyên, kịp thời.
II. NỘI DUNG TUYÊN TRUYỀN
Công tác tuyên truyền tập trung vào:
- Nội dung một.
- Nội dung hai.
III. KINH PHÍ
Ngân sách xã.
${PLAN_TAIL}`);
    assert.deepEqual(plan.data.tieu_de_phan, { muc_dich_yeu_cau: 'MỤC TIÊU, YÊU CẦU', kinh_phi: 'KINH PHÍ' });
    assert.deepEqual(plan.data.muc_dich, {
      tieu_de: 'Mục tiêu',
      cac_muc: [
        { muc: 'Một.', y: [{ muc: 'ý một;', y: ['ý con.'] }, 'ý hai.'] },
        { doan: 'Đoạn không đánh số.' },
        'Hai.',
      ],
    });
    assert.equal(plan.data.yeu_cau, 'Thường xuyên, kịp thời.', 'a run-in item');
    // Part II uses "-" items while the plan letters its items: the section keeps its own style.
    assert.deepEqual(plan.data.noi_dung, { kieu_muc: 'gach', cac_muc: [{ doan: 'Công tác tuyên truyền tập trung vào:' }, 'Nội dung một.', 'Nội dung hai.'] });
    assert.equal(plan.data.kinh_phi, 'Ngân sách xã.');
    assert.equal(plan.data.kieu_muc, undefined);
    assert.deepEqual(lintText(plan.text).findings.filter((f) => f.ruleId.startsWith('schema/')), [], 'the shapes are valid');
  });

  it('reads units, "Đề nghị" blocks and run-in units, and the closing', () => {
    const plan = importText(`${PLAN_HEAD}
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
- Chủ trì.
- Tổng hợp.
2. Văn phòng HĐND và UBND xã: Đăng tin trên Cổng.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: Phối hợp tuyên truyền.
Trên đây là Kế hoạch tuyên truyền năm 2026./.
${PLAN_TAIL}`);
    assert.deepEqual(plan.data.to_chuc_thuc_hien, [
      { don_vi: 'Phòng Văn hóa - Xã hội', nhiem_vu: ['Chủ trì.', 'Tổng hợp.'] },
      { don_vi: 'Văn phòng HĐND và UBND xã', nhiem_vu: 'Đăng tin trên Cổng.' },
      { don_vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', de_nghi: true, nhiem_vu: 'Phối hợp tuyên truyền.' },
    ]);
    assert.equal(plan.data.kieu_muc, 'gach');
    assert.equal(plan.data.bao_cao, 'Trên đây là Kế hoạch tuyên truyền năm 2026./.');
    assert.match(plan.text, /# bản gốc: số thứ tự nhảy từ 2 sang 4/);
  });

  it('reads the decision wrapper', () => {
    const plan = importText(`Số: /QĐ-UBND
Yết Kiêu, ngày tháng 02 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch tuyên truyền năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ YẾT KIÊU
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Trưởng Phòng Văn hóa - Xã hội xã.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.
Điều 2. Quyết định có hiệu lực thi hành kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Phạm Thị Thu
KẾ HOẠCH
Tuyên truyền cải cách hành chính nhà nước xã Yết Kiêu năm 2026
(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026 của Chủ tịch Ủy ban nhân dân xã Yết Kiêu)
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Một.`);
    assert.equal(plan.data.loai, 'quyet-dinh');
    assert.equal(plan.data.so, '/QĐ-UBND');
    assert.equal(plan.data.ngay, '2026-02');
    assert.equal(plan.data.co_quan, 'Ủy ban nhân dân xã Yết Kiêu');
    assert.equal(plan.data.trich_yeu, 'Tuyên truyền cải cách hành chính nhà nước xã Yết Kiêu năm 2026');
    assert.deepEqual(plan.data.quyet_dinh, {
      trich_yeu: 'Ban hành Kế hoạch tuyên truyền năm 2026',
      tham_quyen: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ YẾT KIÊU',
      can_cu: ['Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025'],
      theo_de_nghi: 'Trưởng Phòng Văn hóa - Xã hội xã',
      dieu: ['Ban hành kèm theo Quyết định này Kế hoạch.', 'Quyết định có hiệu lực thi hành kể từ ngày ký./.'],
      noi_nhan: ['Như Điều 2', 'Lưu: VT'],
      nguoi_ky: { chuc_vu: 'CHỦ TỊCH', ho_ten: 'Phạm Thị Thu' },
    });
  });

  it('maps every column set of the appendix and keeps the original headings', () => {
    assert.equal(columnKey('STT'), 'stt');
    assert.equal(columnKey('TT'), 'stt');
    assert.equal(columnKey('Nội dung công việc'), 'ten');
    assert.equal(columnKey('Hình thức tuyên truyền'), 'hinh_thuc');
    assert.equal(columnKey('Sản phẩm'), 'san_pham');
    assert.equal(columnKey('Đơn vị chủ trì'), 'chu_tri');
    assert.equal(columnKey('Cơ quan phối hợp'), 'phoi_hop');
    assert.equal(columnKey('Thời gian thực hiện/Hoàn thành'), 'thoi_gian');
    assert.equal(columnKey('Kinh phí'), undefined);
    const plan = importText(`${PLAN_HEAD}\nDANH MỤC\nNhiệm vụ năm 2026\nSố TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\tKinh phí\n1\tA\tPhòng Kinh tế\tPhòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã\tQuý I/2026\t5 triệu\nI\tNHÓM II\t\t\t\t\n2\tB\tPhòng Kinh tế\t\tQuý II/2026\t`);
    assert.deepEqual(plan.data.phu_luc, {
      ten_goi: 'DANH MỤC',
      tieu_de: 'Nhiệm vụ năm 2026',
      cot: ['ten', 'chu_tri', 'phoi_hop', 'thoi_gian'],
      tieu_de_cot: { stt: 'Số TT', ten: 'Nội dung công việc', chu_tri: 'Đơn vị chủ trì', phoi_hop: 'Đơn vị phối hợp', thoi_gian: 'Thời gian' },
    });
    assert.deepEqual(plan.data.nhiem_vu, [
      { ten: 'A', chu_tri: 'Phòng Kinh tế', phoi_hop: 'Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã', thoi_gian: 'Quý I/2026' },
      { ten: 'B', chu_tri: 'Phòng Kinh tế', phoi_hop: '', thoi_gian: 'Quý II/2026' },
    ]);
    // The unknown column and the group row are kept, not dropped.
    assert.deepEqual(plan.data.ghi_chu, ['phụ lục: cột “Kinh phí” không có trong định dạng kế hoạch', 'phụ lục, nhiệm vụ 1, cột “Kinh phí”: 5 triệu', 'bảng, hàng 3: I | NHÓM II']);
  });
  it('joins a task table split in two, with its header repeated and text between the parts', () => {
    const plan = importText(`${PLAN_HEAD}\nPHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n1\tA\tPhòng Kinh tế\tQuý I/2026\n(tiếp theo trang sau)\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n2\tB\tPhòng Kinh tế\tQuý II/2026\n3\tC\tPhòng Kinh tế\tQuý III/2026`);
    assert.deepEqual((plan.data.nhiem_vu as { ten: string }[]).map((task) => task.ten), ['A', 'B', 'C']);
    assert.deepEqual(plan.data.ghi_chu, ['(tiếp theo trang sau)']);
    assert.deepEqual(plan.data.phu_luc, { ten_goi: 'PHỤ LỤC', cot: ['ten', 'chu_tri', 'thoi_gian'], tieu_de_cot: { stt: 'TT' } });
  });
});

describe('nothing is silently dropped', () => {
  it('keeps text that fits nowhere under ghi_chu, with its place, and reports it', () => {
    const plan = importText(`DỰ THẢO\n${PLAN_HEAD}\nI. MỤC ĐÍCH, YÊU CẦU\nĐoạn mở đầu của phần I.\n1. Mục đích\na) Một.\nVI. ĐIỀU KHOẢN KHÁC\nMột điều khoản lạ.\n${PLAN_TAIL}\nGhi chú cuối văn bản.`);
    assert.deepEqual(plan.unplaced.map((u) => [u.text, u.at?.line]), [
      ['DỰ THẢO', 1],
      ['Đoạn mở đầu của phần I.', 13],
      ['VI. ĐIỀU KHOẢN KHÁC', 16],
      ['Một điều khoản lạ.', 17],
      ['Ghi chú cuối văn bản.', 24],
    ]);
    assert.deepEqual(plan.data.ghi_chu, plan.unplaced.map((u) => u.text));
    assert.match(plan.text, /ghi_chu:\n {2}# dòng 1\n {2}- DỰ THẢO\n/);
    const findings = lintText(plan.text).findings.filter((f) => f.ruleId === 'import/unplaced-text');
    assert.equal(findings.length, 5);
    assert.equal(findings[0].severity, 'information');
    assert.equal(findings[0].message, 'Văn bản chưa xếp vào mục nào của kế hoạch (còn lại khi nhập từ văn bản cũ): “DỰ THẢO”. Chuyển vào đúng mục hoặc xóa.');
    assert.equal(plan.text.slice(findings[0].range.start, findings[0].range.end), 'DỰ THẢO');
  });

  it('every word of the source is in the plan (seeds of any shape: fuzzed)', () => {
    const words = ['Căn cứ', 'a)', '-', '+', '1.', 'II.', 'KẾ HOẠCH', 'Nơi nhận:', 'TM.', 'CHỦ TỊCH', 'xã', 'Tiên', 'Lãng', 'năm', '2026', ':', ';', '.', 'Phòng', '\t', '**', '*', '"', '#', 'đ)', 'PHỤ LỤC', 'STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian', 'Số:', 'ngày', 'tháng', 'Điều 1.', 'QUYẾT ĐỊNH:', 'QUYẾT ĐỊNH', '(Kèm theo', '<p>', '</p>', '&amp;', 'Thực hiện', 'như sau:', 'Đề nghị', 'Trên đây', './.', 'V.', 'TỔ CHỨC THỰC HIỆN', 'MỤC ĐÍCH', '1\t', 'Mục đích'];
    const line = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (source) => {
      const result = importText(source.join('\n'));
      assert.deepEqual(parse(result.text), result.data, 'the YAML reads back');
      const kept = result.text;
      // Each distinctive word of the source survives in the plan's data or comments (numbering and markers are generated).
      for (const word of ['Tiên', 'Lãng', 'Phòng']) {
        const inSource = source.join(' ').split(word).length - 1;
        if (inSource > 0) assert.ok(kept.includes(word), `${word} lost from ${JSON.stringify(source)}`);
      }
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 300) });
  });
});

describe('the YAML text', () => {
  it('quotes exactly what must be quoted', () => {
    assert.equal(scalar('Phòng Văn hóa - Xã hội'), 'Phòng Văn hóa - Xã hội');
    assert.equal(scalar('Lưu: VT, VHXH'), '"Lưu: VT, VHXH"');
    for (const text of ['', '- gạch', 'true', 'no', '123', '1e3', '0x1F', '2026-01-09', '#1', 'a #b', 'đ:', ' x', '* sao', '"trích"', '{a}', '[b]', '@c', '%d', '`e`', '!f', '&g', '|h', '>i', "'j", 'k\tl', 'm\nn', 'o\\p', '\u2028', '~', 'null', '.inf']) {
      assert.equal(parse(`k: ${scalar(text)}`).k, text, JSON.stringify(text));
    }
  });

  it('any string, list and comment reads back (property)', () => {
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('Lưu: VT', '- a', '# b', 'true', '12', 'x: y', '“c”')),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('ten', 'muc', 'y', 'doan'), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('ten', 'noi_dung', 'ghi_chu'), value, { maxKeys: 3 }), fc.string({ maxLength: 20 }), (data, note) => {
      const comments = new Comments();
      comments.add(['ten'], note.replace(/[\r\n\u2028\u2029\u0085]/g, ' '));
      const text = writeYaml(data as Record<string, never>, comments, ['đầu']);
      const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? {}));
      assert.deepEqual(plain(parse(text)), plain(data));
    }), { numRuns: 300 });
  });

  it('folds the spelling variants of headings', () => {
    assert.equal(fold('Văn hoá - Xã hội'), fold('VĂN HÓA – XÃ HỘI'));
    assert.equal(fold('KẾ HOẠCH'), 'KẾ HOẠCH');
  });
});

describe('the neutral input', () => {
  it('takes paragraphs with bold/italic flags, word-processor lists and real tables', () => {
    const blocks: SourceBlock[] = [
      { kind: 'paragraph', text: 'KẾ HOẠCH', bold: true },
      { kind: 'paragraph', text: 'Tuyên truyền cải cách hành chính', bold: true },
      { kind: 'paragraph', text: 'Tuyên truyền năm 2026', bold: true },
      { kind: 'paragraph', text: 'I. MỤC ĐÍCH, YÊU CẦU', bold: true },
      { kind: 'paragraph', text: '1. Mục đích', bold: true },
      { kind: 'paragraph', text: 'Mục có số tự động.', list: { ordered: true, level: 0 } },
      { kind: 'paragraph', text: 'Ý gạch đầu dòng.', list: { ordered: false, level: 1 } },
      { kind: 'paragraph', text: 'Ghi chú nghiêng.', italic: true },
      { kind: 'table', rows: [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'], ['1', 'A', 'Phòng Kinh tế', 'Quý I/2026']] },
      { kind: 'table', rows: [['2', 'B', 'Phòng Kinh tế', 'Quý II/2026']] },
    ];
    const plan = importPlan(blocks);
    assert.equal(plan.data.trich_yeu, 'Tuyên truyền cải cách hành chính Tuyên truyền năm 2026', 'a bold subject over several lines');
    assert.deepEqual(plan.data.muc_dich, [{ muc: 'Mục có số tự động.', y: ['Ý gạch đầu dòng.'] }, { doan: '*Ghi chú nghiêng.*' }]);
    assert.deepEqual((plan.data.nhiem_vu as { ten: string }[]).map((task) => task.ten), ['A', 'B'], 'a table continued without its header row');
  });
});
