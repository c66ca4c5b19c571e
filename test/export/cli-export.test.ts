// `kehoach export` as a user runs it (node dist/cli.js), and the atomic no-clobber writer under it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { TargetExistsError, TargetIsFolderError, writeFileAtomic } from '../../export/src/write-file';
import { examplesDir, repoRoot } from '../support/paths';

const CLI = path.join(repoRoot, 'dist', 'cli.js');
const CLEAN = path.join(examplesDir, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml');
const SEED_000 = path.join(examplesDir, 'seed-000-yet-kieu-2026.plan.yaml');
const SEED_002 = path.join(examplesDir, 'seed-002-ninh-giang-2025.plan.yaml');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, text: `exit ${result.status}\n${result.stdout}\n${result.stderr}` };
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

describe('kehoach export', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-export-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the .docx of a plan without errors and says where', async () => {
    const target = path.join(dir, 'ke-hoach.docx');
    const result = run('export', CLEAN, '-o', target);
    assert.equal(result.status, 0, result.text);
    assert.match(result.stdout, /^Đã xuất .*ke-hoach\.docx \(\d+ ms\)\.\n$/);
    assert.equal(result.stderr, '');
    assert.match(await documentXml(target), /Tiên Lãng, ngày 20 tháng 01 năm 2026/);
    assert.deepEqual(readdirSync(dir), ['ke-hoach.docx'], 'no temporary file is left behind');
  });

  it('never overwrites an existing file without --force, and does with it', async () => {
    const target = path.join(dir, 'existing.docx');
    writeFileSync(target, 'keep me');
    const refused = run('export', CLEAN, '-o', target);
    assert.equal(refused.status, 2, refused.text);
    assert.match(refused.stderr, /existing\.docx đã có; không ghi đè\. Dùng --force để ghi đè\./);
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    const forced = run('export', CLEAN, '-o', target, '--force');
    assert.equal(forced.status, 0, forced.text);
    assert.match(await documentXml(target), /KẾ HOẠCH/);
  });

  it('refuses a plan with errors with the list of errors (exit 1), and writes nothing', () => {
    const target = path.join(dir, 'seed-002.docx');
    const result = run('export', SEED_002, '-o', target);
    assert.equal(result.status, 1, result.text);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trimEnd().split('\n');
    assert.match(lines[0], /^kehoach: .*seed-002-ninh-giang-2025\.plan\.yaml: kế hoạch còn 4 lỗi, chưa xuất văn bản\. .*--force/);
    assert.equal(lines.length, 5, result.stderr);
    for (const line of lines.slice(1)) assert.match(line, /seed-002-ninh-giang-2025\.plan\.yaml:\d+:\d+: .+ \[[a-z]+\/[a-z-]+\]$/);
    assert.equal(lines.filter((line) => line.endsWith('[schema/required]')).length, 3);
    assert.throws(() => statSync(target), /ENOENT/);
  });

  it('exports a plan with errors when forced, still listing the errors', async () => {
    const target = path.join(dir, 'seed-002-forced.docx');
    const result = run('export', SEED_002, '-o', target, '--force', '--lang', 'en');
    assert.equal(result.status, 0, result.text);
    assert.match(result.stderr, /exported although the plan has 4 errors \(--force\)/);
    assert.match(result.stdout, /^Exported /);
    const xml = await documentXml(target);
    assert.match(xml, /Số:     \/KH-UBND/);
  });

  it('applies the rule levels of .kehoach.yaml, as `kehoach lint` does', () => {
    const project = path.join(dir, 'project');
    mkdirSync(project);
    const plan = path.join(project, 'tien-lang.plan.yaml');
    writeFileSync(plan, readFileSync(path.join(examplesDir, 'seed-003-tien-lang-2026.plan.yaml')));
    const refused = run('export', plan);
    assert.equal(refused.status, 1, refused.text);
    assert.match(refused.stderr, /\[ref\/date-mismatch\]/);
    writeFileSync(path.join(project, '.kehoach.yaml'), 'rules:\n  ref/date-mismatch: warning\n');
    const exported = run('export', plan);
    assert.equal(exported.status, 0, exported.text);
    assert.ok(statSync(path.join(project, 'tien-lang.docx')).size > 1000);
  });

  it('writes beside the plan by default (x.plan.yaml → x.docx)', async () => {
    const plan = path.join(dir, 'nam-2026.plan.yaml');
    writeFileSync(plan, readFileSync(SEED_000));
    const result = run('export', plan);
    assert.equal(result.status, 0, result.text);
    assert.match(await documentXml(path.join(dir, 'nam-2026.docx')), /QUYẾT ĐỊNH/);
  });

  it('gives clear usage errors (exit 2) for bad input and output', () => {
    const cases: [string[], RegExp][] = [
      [['export', path.join(dir, 'missing.plan.yaml'), '-o', path.join(dir, 'a.docx')], /Không đọc được tệp .*missing\.plan\.yaml: ENOENT/],
      [['export', dir, '-o', path.join(dir, 'b.docx')], /Không đọc được tệp .*: EISDIR/],
      [['export', CLEAN, '-o', path.join(dir, 'no-such-folder', 'c.docx')], /Không có thư mục để ghi/],
      [['export', CLEAN, '-o', path.join(dir, 'plan.pdf')], /tên tệp xuất phải có đuôi \.docx/],
      [['export', CLEAN, '-o', dir + '.docx'], /Không có thư mục|không phải tệp|đã có/],
      [['export'], /missing required argument/],
      [['export', CLEAN, '--lang', 'fr'], /invalid/i],
    ];
    mkdirSync(dir + '.docx', { recursive: true });
    try {
      for (const [args, message] of cases) {
        const result = run(...args);
        assert.equal(result.status, 2, `${args.join(' ')}\n${result.text}`);
        assert.match(result.stderr, message, args.join(' '));
        assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
      }
    } finally {
      rmSync(dir + '.docx', { recursive: true, force: true });
    }
  });

  it('refuses to export a plan onto itself', () => {
    const plan = path.join(dir, 'self.docx');
    writeFileSync(plan, readFileSync(CLEAN));
    const result = run('export', plan, '-o', plan, '--force');
    assert.equal(result.status, 2, result.text);
    assert.equal(readFileSync(plan, 'utf8'), readFileSync(CLEAN, 'utf8'));
  });

  it('refuses a file that is not a plan (YAML error) with exit 1', () => {
    const bad = path.join(dir, 'bad.plan.yaml');
    writeFileSync(bad, 'loai: [unclosed\n');
    const result = run('export', bad, '-o', path.join(dir, 'bad.docx'));
    assert.equal(result.status, 1, result.text);
    assert.match(result.stderr, /\[yaml\/syntax\]/);
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-write-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates, refuses to clobber, overwrites when asked, leaves no temporary file', async () => {
    const target = path.join(dir, 'out.docx');
    await writeFileAtomic(target, Buffer.from('one'), { overwrite: false });
    await assert.rejects(writeFileAtomic(target, Buffer.from('two'), { overwrite: false }), TargetExistsError);
    assert.equal(readFileSync(target, 'utf8'), 'one');
    await writeFileAtomic(target, Buffer.from('three'), { overwrite: true });
    assert.equal(readFileSync(target, 'utf8'), 'three');
    assert.deepEqual(readdirSync(dir), ['out.docx']);
  });

  it('refuses a folder as the target', async () => {
    mkdirSync(path.join(dir, 'folder.docx'));
    await assert.rejects(writeFileAtomic(path.join(dir, 'folder.docx'), Buffer.from('x'), { overwrite: true }), TargetIsFolderError);
  });

  it('leaves the old file whole when writing fails', async () => {
    const target = path.join(dir, 'missing-folder', 'x.docx');
    await assert.rejects(writeFileAtomic(target, Buffer.from('x'), { overwrite: true }), /ENOENT/);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
  });
});
