// The path through real Word files made by a word processor: LibreOffice headless (Debian package, see
// scripts/install-render-tools.sh) turns the seed texts into .docx files, and re-saves kehoach's own
// exported .docx; mammoth reads them back. Needs `soffice`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { buildDocument } from '../../core/src/document';
import { importText } from '../../core/src/import';
import { parsePlan } from '../../core/src/parse/parse-plan';
import { renderDocx } from '../../export/src/docx';
import { importFile, readSource } from '../../import/src/import-file';
import { examplesDir } from '../support/paths';
import { differences, requireTool, SEEDS, seedsDir, soffice } from './support';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Inline "**bold**" and "*italic*" of a seed line as HTML runs (an unbalanced marker stays as it is). */
function inline(text: string): string {
  return escape(text)
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/(^|[^*])\*([^*\s][^*]*[^*\s])\*(?!\*)/g, '$1<i>$2</i>');
}

const isName = (text: string) => /^(\p{Lu}\p{Ll}+ ){1,5}\p{Lu}\p{Ll}+$/u.test(text.trim());

/**
 * A seed as the Word document it was extracted from: a two-column header table (number | Quốc hiệu and
 * date), paragraphs with bold and italic runs, the appendix as real tables (split where the text has a
 * blank line, the header row repeated as in the seed), cells holding their paragraphs, and Nơi nhận beside
 * the signer in a two-column table.
 */
export function seedAsHtml(text: string): string {
  const lines = text.split('\n');
  const out: string[] = ['<html><head><meta charset="utf-8"></head><body>'];
  const title = lines.findIndex((line) => /^(KẾ HOẠCH|QUYẾT ĐỊNH)(\*\*|$)/.test(line.trim()));
  const head = lines.slice(0, title).map((line) => line.trim()).filter(Boolean);
  if (head.length > 0) {
    const number = head.filter((line) => line.startsWith('Số:'));
    const date = head.filter((line) => !line.startsWith('Số:'));
    out.push('<table><tr>',
      `<td>${number.map((line) => `<p>${inline(line)}</p>`).join('')}</td>`,
      `<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>${date.map((line) => `<p><i>${inline(line)}</i></p>`).join('')}</td>`,
      '</tr></table>');
  }
  let table: string[] | undefined;
  const closeTable = () => {
    if (table) out.push(`<table border="1">${table.join('')}</table>`);
    table = undefined;
  };
  for (let i = Math.max(title, 0); i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') {
      closeTable();
      continue;
    }
    if (line.includes('\t')) {
      table ??= [];
      const cells = lines[i].split('\t').map((cell) => (/<p>/.test(cell) ? cell.replace(/&/g, '&amp;') : `<p>${inline(cell.trim())}</p>`));
      table.push(`<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`);
      continue;
    }
    closeTable();
    if (/^Nơi nhận:/.test(line)) {
      const left: string[] = [line];
      const right: string[] = [];
      let j = i + 1;
      for (; j < lines.length && (lines[j].trim() === '' || lines[j].trim().startsWith('-')); j++) if (lines[j].trim()) left.push(lines[j].trim());
      for (; j < lines.length; j++) {
        const signer = lines[j].trim();
        if (!signer) continue;
        right.push(signer.replace(/\*\*/g, ''));
        if (isName(signer)) break;
      }
      out.push('<table><tr>',
        `<td>${left.map((entry, index) => `<p>${index === 0 ? `<b><i>${escape(entry)}</i></b>` : escape(entry)}</p>`).join('')}</td>`,
        `<td>${right.map((entry) => `<p>${isName(entry) ? escape(entry) : `<b>${escape(entry)}</b>`}</p>`).join('')}</td>`,
        '</tr></table>');
      i = j;
      continue;
    }
    // "KẾ HOẠCH**Tuyên truyền …**": two paragraphs of the original run together by the extraction.
    const runTogether = /^([^*]+)\*\*([^*]+)\*\*$/.exec(line);
    if (runTogether) {
      out.push(`<p><b>${escape(runTogether[1])}</b></p>`, `<p><b>${escape(runTogether[2])}</b></p>`);
      continue;
    }
    out.push(`<p>${inline(line)}</p>`);
  }
  closeTable();
  out.push('</body></html>');
  return out.join('\n');
}

describe('Word files made by LibreOffice', { timeout: 300_000 }, () => {
  let dir: string;

  before(() => {
    requireTool('soffice');
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-import-lo-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('seed texts opened as text and saved as .docx import as the .txt does', async (t) => {
    const started = Date.now();
    const docx = soffice(SEEDS.map(({ seed }) => path.join(seedsDir, seed)), dir, 'docx:MS Word 2007 XML', 'Text (encoded):UTF8,LF,Times New Roman,vi');
    t.diagnostic(`LibreOffice: 3 seeds .txt → .docx in ${Date.now() - started} ms`);
    for (const [index, { seed, example, allowed }] of SEEDS.entries()) {
      const outcome = await importFile(docx[index]);
      t.diagnostic(`import ${path.basename(docx[index])}: ${outcome.elapsedMs} ms`);
      assert.equal(outcome.format, 'docx');
      const fromText = importText(readFileSync(path.join(seedsDir, seed), 'utf8'));
      assert.deepEqual(outcome.result.data, fromText.data, seed);
      const versusExample = differences(outcome.result.data, parse(readFileSync(path.join(examplesDir, example), 'utf8')));
      assert.deepEqual(versusExample.map((d) => d.path), allowed.map((a) => a.path), seed);
    }
  });

  it('seeds rebuilt as Word documents (header and signature tables, real task tables, bold runs) import as the .txt does', async (t) => {
    const html = SEEDS.map(({ seed }) => {
      const file = path.join(dir, seed.replace(/\.txt$/, '-word.html'));
      writeFileSync(file, seedAsHtml(readFileSync(path.join(seedsDir, seed), 'utf8')));
      return file;
    });
    const docx = soffice(html, dir, 'docx:MS Word 2007 XML', 'HTML (StarWriter)');
    for (const [index, { seed }] of SEEDS.entries()) {
      const read = await readSource(docx[index]);
      // The path really goes through Word tables: the appendix and the signature block are tables here.
      const tables = read.blocks.filter((block) => block.kind === 'table');
      assert.ok(tables.length >= 2, `${seed}: ${tables.length} tables`);
      const outcome = await importFile(docx[index]);
      t.diagnostic(`import ${path.basename(docx[index])}: ${outcome.elapsedMs} ms`);
      const fromText = importText(readFileSync(path.join(seedsDir, seed), 'utf8'));
      const found = differences(outcome.result.data, fromText.data);
      assert.deepEqual(found, [], `${seed}\n${found.map((d) => `${d.path}: ${JSON.stringify(d.imported)} ≠ ${JSON.stringify(d.expected)}`).join('\n')}`);
    }
  });

  it('kehoach\'s exported .docx re-saved by LibreOffice imports as the original export does', async () => {
    const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.plan.yaml')).sort();
    const folder = path.join(dir, 'exported');
    const resaved = path.join(dir, 'resaved');
    mkdirSync(folder);
    mkdirSync(resaved);
    const exported = await Promise.all(examples.map(async (example) => {
      const file = path.join(folder, example.replace(/\.plan\.yaml$/, '.docx'));
      writeFileSync(file, await renderDocx(buildDocument(parsePlan(readFileSync(path.join(examplesDir, example), 'utf8')))));
      return { example, file };
    }));
    const again = soffice(exported.map(({ file }) => file), resaved, 'docx:MS Word 2007 XML');
    for (const [index, { example, file }] of exported.entries()) {
      const direct = await importFile(file);
      const viaLibreOffice = await importFile(again[index]);
      const found = differences(viaLibreOffice.result.data, direct.result.data);
      assert.deepEqual(found, [], `${example}\n${found.map((d) => `${d.path}: ${JSON.stringify(d.imported)} ≠ ${JSON.stringify(d.expected)}`).join('\n')}`);
    }
  });
});
