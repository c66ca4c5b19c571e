// Reading source files: .docx through the real mammoth, .txt in the encodings a commune office has, and
// every kind of bad input giving a clear message that names the file (never a crash).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { blocksFromHtml } from '../../import/src/html-blocks';
import { defaultImportTarget, ImportInputError, importFile, MAX_SOURCE_BYTES, readSource } from '../../import/src/import-file';
import { seedsDir } from './support';

const SEED_003 = path.join(seedsDir, '003_7db4c0bcae4e6487.txt');

async function rejects(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ImportInputError, String(error));
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

describe('mammoth HTML → blocks', () => {
  it('reads paragraphs, emphasis, line breaks, lists and tables', () => {
    const blocks = blocksFromHtml([
      '<p><strong>KẾ HOẠCH</strong></p>',
      '<p>a) chủ đề “<em>Chủ động thực thi</em>” năm 2026 &amp; hơn</p>',
      '<p><em>Căn cứ Nghị quyết số 76/NQ-CP;</em></p>',
      '<p><strong>TM. ỦY BAN NHÂN DÂN</strong><br />CHỦ TỊCH</p>',
      '<ol><li>Mục một<ul><li>ý con</li></ul></li></ol>',
      '<table><thead><tr><th><p>STT</p></th><th><p>Nhiệm vụ</p></th></tr></thead><tbody><tr><td><p>1</p></td><td><p>Tên</p><p>- Chi tiết: <em>x</em></p></td></tr></tbody></table>',
    ].join(''));
    assert.deepEqual(blocks.map((block) => (block.kind === 'table' ? block.rows : [block.text, block.bold ?? false, block.italic ?? false, block.list ?? null])), [
      ['KẾ HOẠCH', true, false, null],
      ['a) chủ đề “*Chủ động thực thi*” năm 2026 & hơn', false, false, null],
      ['Căn cứ Nghị quyết số 76/NQ-CP;', false, true, null],
      ['TM. ỦY BAN NHÂN DÂN', true, false, null],
      ['CHỦ TỊCH', false, false, null],
      ['Mục một', false, false, { ordered: true, level: 0 }],
      ['ý con', false, false, { ordered: false, level: 1 }],
      [['STT', 'Nhiệm vụ'], ['1', 'Tên\n- Chi tiết: *x*']],
    ]);
    assert.deepEqual(blocks.map((block) => block.at?.paragraph), [1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('reading source files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-import-files-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names the plan file after the source', () => {
    assert.equal(defaultImportTarget(path.join('plans', 'ke-hoach-2025.docx')), path.join('plans', 'ke-hoach-2025.plan.yaml'));
    assert.equal(defaultImportTarget('KH 2025.TXT'), 'KH 2025.plan.yaml');
  });

  it('reads a .docx written by a word-processing library: paragraphs, runs and a table', async () => {
    const document = new Document({
      sections: [{
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph({ children: [new TextRun({ text: 'Tuyên truyền cải cách hành chính năm 2026', bold: true })] }),
          new Paragraph({ children: [new TextRun('I. MỤC ĐÍCH, YÊU CẦU')] }),
          new Paragraph({ children: [new TextRun('1. Mục đích')] }),
          new Paragraph({ children: [new TextRun('a) Nâng cao '), new TextRun({ text: 'nhận thức', italics: true }), new TextRun('.')] }),
          new Table({
            rows: [
              new TableRow({ children: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'].map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
              new TableRow({ children: ['1', 'Tuyên truyền', 'Phòng Văn hóa - Xã hội', 'Quý I/2026'].map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
            ],
          }),
        ],
      }],
    });
    const file = path.join(dir, 'library.docx');
    writeFileSync(file, await Packer.toBuffer(document));
    const outcome = await importFile(file);
    assert.equal(outcome.format, 'docx');
    assert.equal(outcome.result.data.trich_yeu, 'Tuyên truyền cải cách hành chính năm 2026');
    assert.deepEqual(outcome.result.data.muc_dich, ['Nâng cao *nhận thức*.']);
    assert.deepEqual(outcome.result.data.nhiem_vu, [{ ten: 'Tuyên truyền', chu_tri: 'Phòng Văn hóa - Xã hội', thoi_gian: 'Quý I/2026' }]);
  });

  it('reads text in UTF-8 with or without a BOM, UTF-16 with a BOM, and Windows-1258', async () => {
    const text = readFileSync(SEED_003, 'utf8');
    const expected = (await importFile(SEED_003)).result.data;
    const variants: [string, Buffer][] = [
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['crlf.txt', Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')],
    ];
    for (const [name, bytes] of variants) {
      writeFileSync(path.join(dir, name), bytes);
      assert.deepEqual((await importFile(path.join(dir, name))).result.data, expected, name);
    }
    // "KẾ HOẠCH" is not in Windows-1258 as one byte per letter; a plain line shows the decoding: 0xD0 is "Đ".
    writeFileSync(path.join(dir, 'cp1258.txt'), Buffer.from([0x4b, 0x45, 0x20, 0xd0, 0x41, 0x0a]));
    const read = await readSource(path.join(dir, 'cp1258.txt'));
    assert.equal(read.blocks[0].kind === 'paragraph' && read.blocks[0].text, 'KE ĐA');
    assert.match(read.warnings[0], /không phải UTF-8; đã đọc theo bảng mã windows-1258/);
  });

  it('refuses bad input with a message naming the file', async () => {
    const file = (name: string, bytes: Buffer | string) => {
      const full = path.join(dir, name);
      writeFileSync(full, bytes);
      return full;
    };
    await rejects(importFile(path.join(dir, 'missing.docx')), 'unreadable', /^Không đọc được .*missing\.docx: ENOENT$/);
    mkdirSync(path.join(dir, 'folder.docx'));
    await rejects(importFile(path.join(dir, 'folder.docx')), 'folder', /folder\.docx là một thư mục/);
    await rejects(importFile(file('empty.txt', '')), 'empty', /empty\.txt không có chữ nào/);
    await rejects(importFile(file('blank.txt', ' \n\t\n \n')), 'empty', /blank\.txt không có chữ nào/);
    await rejects(importFile(file('binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 7)))), 'binary', /binary\.txt không phải tệp văn bản/);
    await rejects(importFile(file('corrupt.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]))), 'corrupt', /corrupt\.docx không phải tệp Word \(\.docx\) hợp lệ hoặc đã hỏng: /);
    const zip = new JSZip();
    zip.file('hello.txt', 'not a Word document');
    await rejects(importFile(file('not-word.docx', await zip.generateAsync({ type: 'nodebuffer' }))), 'corrupt', /not-word\.docx không phải tệp Word/);
    await rejects(importFile(file('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))), 'legacy-word', /old\.doc là tệp Word 97-2003 \(\.doc\)/);
    await rejects(importFile(file('plan.pdf', '%PDF-1.4')), 'unsupported', /plan\.pdf: chỉ nhập được tệp \.docx \(Word\) hoặc \.txt/);
    await rejects(importFile(file('readme.txt', 'Hướng dẫn cài đặt.\nChạy lệnh npm install rồi mở VS Code.\n')), 'not-a-plan', /readme\.txt: Không nhận ra kế hoạch/);
    await rejects(importFile(file('readme-en.txt', 'Hello.\n'), { lang: 'en' }), 'not-a-plan', /readme-en\.txt: This does not look like a plan/);
    const huge = file('huge.txt', '');
    truncateSync(huge, MAX_SOURCE_BYTES + 1);
    await rejects(importFile(huge), 'too-large', /huge\.txt quá lớn \(20\.0 MB\); chỉ nhập tệp đến 20 MB/);
  });

  it('imports a large plan in reasonable time (a 2 000-row task table)', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `${i + 1}\tNhiệm vụ ${i + 1}\tPhòng Văn hóa - Xã hội\tQuý ${['I', 'II', 'III', 'IV'][i % 4]}/2026`);
    const full = path.join(dir, 'large.txt');
    writeFileSync(full, `${readFileSync(SEED_003, 'utf8')}\nPHỤ LỤC\nSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\n${rows.join('\n')}\n`);
    const started = Date.now();
    const outcome = await importFile(full);
    const elapsed = Date.now() - started;
    assert.equal((outcome.result.data.nhiem_vu as unknown[]).length, 2000);
    assert.ok(elapsed < 5000, `${elapsed} ms`);
  });
});
