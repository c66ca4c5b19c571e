// The exported example plans opened by a real word processor: LibreOffice (headless) converts the
// .docx to PDF, poppler reads the pages back (size, text, fonts) and pdftoppm draws them as PNG.
// Needs scripts/install-render-tools.sh (Debian: libreoffice-writer-nogui, poppler-utils, fonts-liberation2).
// KEHOACH_UPDATE_DOCS=1 copies the clean example's first page and appendix page to docs/images/.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildDocument } from '../../core/src/document';
import { parsePlan } from '../../core/src/parse/parse-plan';
import { renderDocx } from '../../export/src/docx';
import { examplesDir, repoRoot } from '../support/paths';
import { planWithTasks } from '../support/plans';

const EXAMPLES = {
  clean: 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml',
  seed000: 'seed-000-yet-kieu-2026.plan.yaml',
  seed002: 'seed-002-ninh-giang-2025.plan.yaml',
  seed003: 'seed-003-tien-lang-2026.plan.yaml',
} as const;
type Name = keyof typeof EXAMPLES | 'longTable';

const RESULTS = path.join(repoRoot, 'test-results', 'export');

function tool(name: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  assert.equal(found.status, 0, `${name} is missing: run scripts/install-render-tools.sh (as root)`);
}

function pdfPages(pdf: string): { width: number; height: number; text: string }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return sizes.map((size, index) => ({
    ...size,
    text: execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }),
  }));
}

/** Share of dark pixels of a page drawn in grey at low resolution (a blank page has none). */
function inkShare(pdf: string, page: number): { width: number; height: number; ink: number } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(page), '-l', String(page), pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  assert.ok(header, 'a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(pgm.length - width * height);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark++;
  return { width, height, ink: dark / pixels.length };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const firstLine = (text: string) => text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
const A4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 1;

describe('exported plans in LibreOffice', { timeout: 240_000 }, () => {
  let dir: string;
  const pdf = (name: Name) => path.join(dir, `${name}.pdf`);
  let pages: Record<Name, ReturnType<typeof pdfPages>>;

  before(async () => {
    for (const name of ['soffice', 'pdftoppm', 'pdfinfo', 'pdftotext', 'pdffonts']) tool(name);
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-lo-'));
    const inputs: Record<Name, string> = {
      ...Object.fromEntries(Object.entries(EXAMPLES).map(([name, file]) => [name, readFileSync(path.join(examplesDir, file), 'utf8')])) as Record<keyof typeof EXAMPLES, string>,
      // Enough rows to run over several landscape pages.
      longTable: planWithTasks(...Array.from({ length: 40 }, (_, i) =>
        `ten: "Nhiệm vụ số ${i + 1}: tuyên truyền cải cách hành chính trên hệ thống truyền thanh cơ sở và Cổng Thông tin điện tử xã"\nhinh_thuc: Tin, bài\nsan_pham: Tin, bài\nchu_tri: Phòng Văn hóa - Xã hội\nphoi_hop: Phòng Kinh tế\nthoi_gian: Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2026`)),
    };
    const started = Date.now();
    for (const [name, text] of Object.entries(inputs)) {
      writeFileSync(path.join(dir, `${name}.docx`), await renderDocx(buildDocument(parsePlan(text))));
    }
    const rendered = Date.now();
    const profile = path.join(dir, 'profile');
    const convert = spawnSync('soffice', [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir,
      ...Object.keys(inputs).map((name) => path.join(dir, `${name}.docx`)),
    ], { encoding: 'utf8', timeout: 180_000 });
    assert.equal(convert.status, 0, `soffice failed:\n${convert.stdout}\n${convert.stderr}`);
    const converted = Date.now();
    pages = Object.fromEntries(Object.keys(inputs).map((name) => [name, pdfPages(pdf(name as Name))])) as typeof pages;
    // Measurements for the record (visible with --test-reporter=spec).
    console.log(`render-timing: ${Object.keys(inputs).length} .docx in ${rendered - started} ms; LibreOffice to PDF in ${converted - rendered} ms; pages: ${Object.entries(pages).map(([n, p]) => `${n}=${p.length}`).join(', ')}`);
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens every example as A4: portrait text pages, a landscape appendix', () => {
    for (const name of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
      const doc = pages[name];
      assert.ok(doc.length >= 2, `${name}: ${doc.length} pages`);
      assert.ok(near(doc[0].width, A4.short) && near(doc[0].height, A4.long), `${name} page 1 is A4 portrait: ${doc[0].width} x ${doc[0].height}`);
      const appendix = doc.filter((page) => /\(Kèm theo Kế hoạch/.test(page.text));
      if (name === 'seed003') {
        assert.equal(appendix.length, 0, 'seed 003 has no appendix');
        assert.ok(doc.every((page) => page.height > page.width));
        continue;
      }
      assert.equal(appendix.length, 1, `${name}: one page opens the appendix`);
      assert.ok(near(appendix[0].width, A4.long) && near(appendix[0].height, A4.short), `${name}: the appendix is A4 landscape`);
      const first = doc.indexOf(appendix[0]);
      assert.ok(doc.slice(0, first).every((page) => page.height > page.width), `${name}: text pages are portrait`);
    }
  });

  it('shows the header, the title and the date line of the clean example on page 1', () => {
    const page1 = pages.clean[0].text;
    for (const text of ['ỦY BAN NHÂN DÂN', 'XÃ TIÊN LÃNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND',
      'Tiên Lãng, ngày 20 tháng 01 năm 2026', 'KẾ HOẠCH', 'Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU']) {
      assert.ok(page1.includes(text), `page 1 shows ${text}:\n${page1}`);
    }
    const all = pages.clean.map((page) => page.text).join('\n');
    for (const text of ['V. TỔ CHỨC THỰC HIỆN', 'Nơi nhận:', '- Lưu: VT, VHXH.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Phạm Thị Lan', 'PHỤ LỤC']) {
      assert.ok(all.includes(text), text);
    }
  });

  it('numbers pages in the top margin from page 2 (and restarts for a plan attached to a decision)', () => {
    const clean = pages.clean;
    assert.doesNotMatch(firstLine(clean[0].text), /^\d+$/, 'no number on page 1');
    clean.slice(1).forEach((page, index) => assert.equal(firstLine(page.text), String(index + 2), `page ${index + 2} starts with its number`));
    const seed = pages.seed000;
    const planStart = seed.findIndex((page) => page.text.includes('(Kèm theo Quyết định số'));
    assert.ok(planStart >= 1, 'the plan starts on a page of its own');
    assert.doesNotMatch(firstLine(seed[planStart].text), /^\d+$/, 'the plan\'s first page has no number');
    assert.equal(firstLine(seed[planStart + 1].text), '2', 'the plan is numbered from 1 again');
  });

  it('repeats the appendix table\'s header row on every page', () => {
    const appendixPages = pages.longTable.filter((page) => page.width > page.height);
    assert.ok(appendixPages.length >= 2, `${appendixPages.length} landscape pages`);
    for (const page of appendixPages) {
      for (const heading of ['STT', 'Nhiệm vụ', 'Hình thức', 'Cơ quan chủ trì']) assert.ok(page.text.includes(heading), `${heading} on every page`);
    }
    assert.match(appendixPages.at(-1)!.text, /Nhiệm vụ số\s+40:/, 'the last row is on the last page');
  });

  it('uses Times New Roman (or its metric twin Liberation Serif), embedded, for every glyph', () => {
    for (const name of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
      const fonts = execFileSync('pdffonts', [pdf(name)], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      assert.ok(fonts.length >= 2, fonts.join('\n'));
      for (const font of fonts) assert.match(font, /^\S*(TimesNewRoman|LiberationSerif)\S*\s.*\byes\s+yes\s+yes\b/, `${name}: ${font}`);
    }
  });

  it('draws the pages as PNG: the first page and the appendix page of the clean example', () => {
    mkdirSync(RESULTS, { recursive: true });
    const clean = pages.clean;
    const appendix = clean.findIndex((page) => page.width > page.height) + 1;
    const shots: [string, number][] = [['export-first-page', 1], ['export-appendix', appendix]];
    for (const [name, page] of shots) {
      const base = path.join(RESULTS, name);
      execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', String(page), '-l', String(page), pdf('clean'), base]);
      const size = pngSize(`${base}.png`);
      if (page === 1) assert.ok(size.height > size.width * 1.3, `portrait ${JSON.stringify(size)}`);
      else assert.ok(size.width > size.height * 1.3, `landscape ${JSON.stringify(size)}`);
      const { ink } = inkShare(pdf('clean'), page);
      assert.ok(ink > 0.01 && ink < 0.5, `${name}: ${Math.round(ink * 1000) / 10}% of the page is ink`);
      if (process.env.KEHOACH_UPDATE_DOCS === '1') copyFileSync(`${base}.png`, path.join(repoRoot, 'docs', 'images', `${name}.png`));
    }
    for (const name of ['seed000', 'seed002', 'seed003'] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', '-f', '1', '-l', '1', pdf(name), path.join(RESULTS, `${name}-page-1`)]);
      assert.ok(inkShare(pdf(name), 1).ink > 0.01, `${name} page 1 is not blank`);
    }
  });
});
