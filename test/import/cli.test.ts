// `kehoach import` as a user runs it: `node dist/cli.js import …`, checking exit codes, stdout, stderr
// and the files left behind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { buildDocument } from '../../core/src/document';
import { parsePlan } from '../../core/src/parse/parse-plan';
import { renderDocx } from '../../export/src/docx';
import { examplesDir, repoRoot } from '../support/paths';
import { seedsDir } from './support';

const CLI = path.join(repoRoot, 'dist', 'cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, text: `exit ${result.status}\n${result.stdout}\n${result.stderr}` };
}

describe('kehoach import', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-cli-import-'));
    copyFileSync(path.join(seedsDir, '002_b1663da4338020a2.txt'), path.join(dir, 'ninh-giang.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes <name>.plan.yaml beside the source, reports the notes with their lines, and the plan lints', () => {
    const source = path.join(dir, 'ninh-giang.txt');
    const result = run('import', source);
    assert.equal(result.status, 0, result.text);
    const target = path.join(dir, 'ninh-giang.plan.yaml');
    assert.match(result.stdout, /^Đã nhập .*ninh-giang\.txt → .*ninh-giang\.plan\.yaml \(\d+ ms\)\.\n$/);
    assert.match(result.stderr, /Ghi chú khi nhập:\n/);
    assert.match(result.stderr, new RegExp(`${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:141: bản gốc: số thứ tự nhảy từ 6 sang 8`));
    const plan = parse(readFileSync(target, 'utf8'));
    assert.equal(plan.trich_yeu, 'Tuyên truyền cải cách hành chính nhà nước xã Ninh Giang 6 tháng cuối năm 2025');
    const lint = run('lint', target);
    assert.equal(lint.status, 1, 'the seed\'s defects are kept: the imported plan has errors');
    assert.match(lint.stdout, /\[ref\/type-mismatch\]/);
    assert.deepEqual(readdirSync(dir).sort(), ['ninh-giang.plan.yaml', 'ninh-giang.txt'], 'no temporary file left');
  });

  it('never replaces an existing plan without --force', () => {
    const source = path.join(dir, 'ninh-giang.txt');
    const target = path.join(dir, 'existing.plan.yaml');
    writeFileSync(target, '# mine\n');
    const refused = run('import', source, '-o', target);
    assert.equal(refused.status, 2, refused.text);
    assert.match(refused.stderr, /existing\.plan\.yaml đã có; thêm --force để ghi đè\./);
    assert.equal(readFileSync(target, 'utf8'), '# mine\n');
    const forced = run('import', source, '-o', target, '--force');
    assert.equal(forced.status, 0, forced.text);
    assert.match(readFileSync(target, 'utf8'), /^# Nhập từ ninh-giang\.txt bằng kehoach import/);
  });

  it('imports a .docx exported by kehoach, in English', async () => {
    const docx = path.join(dir, 'clean.docx');
    writeFileSync(docx, await renderDocx(buildDocument(parsePlan(readFileSync(path.join(examplesDir, 'ke-hoach-tuyen-truyen-cchc-2026.plan.yaml'), 'utf8')))));
    const result = run('import', docx, '-o', path.join(dir, 'clean.plan.yaml'), '--lang', 'en');
    assert.equal(result.status, 0, result.text);
    assert.match(result.stdout, /^Imported .*clean\.docx → .*clean\.plan\.yaml/);
    assert.equal(result.stderr, '');
    assert.equal(run('lint', path.join(dir, 'clean.plan.yaml')).status, 0);
  });

  it('exits 2 with a located message on bad input, and writes nothing', () => {
    const cases: [string[], RegExp][] = [
      [[path.join(dir, 'missing.txt')], /Không đọc được .*missing\.txt: ENOENT/],
      [[path.join(dir, 'ninh-giang.txt'), '-o', path.join(dir, 'plan.docx')], /plan\.docx: tệp kế hoạch phải có đuôi \.plan\.yaml/],
      [[path.join(dir, 'ninh-giang.txt'), '-o', path.join(dir, 'no-such-folder', 'x.plan.yaml')], /Không có thư mục để ghi/],
    ];
    writeFileSync(path.join(dir, 'note.txt'), 'Danh sách việc cần làm trong tuần.\n');
    cases.push([[path.join(dir, 'note.txt')], /note\.txt: Không nhận ra kế hoạch: không thấy tên loại “KẾ HOẠCH”/]);
    writeFileSync(path.join(dir, 'broken.docx'), 'PK\u0003\u0004 not really a zip');
    cases.push([[path.join(dir, 'broken.docx')], /broken\.docx không phải tệp Word \(\.docx\) hợp lệ hoặc đã hỏng/]);
    for (const [args, message] of cases) {
      const before = readdirSync(dir).sort();
      const result = run('import', ...args);
      assert.equal(result.status, 2, result.text);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace');
      assert.deepEqual(readdirSync(dir).sort(), before, `nothing written for ${args.join(' ')}`);
    }
    assert.equal(run('import').status, 2, 'a missing argument is a usage error');
  });

  it('keeps the source file untouched', () => {
    const source = path.join(dir, 'ninh-giang.txt');
    const before = statSync(source).mtimeMs;
    const result = run('import', source, '-o', source);
    assert.equal(result.status, 2);
    assert.equal(statSync(source).mtimeMs, before);
  });
});
