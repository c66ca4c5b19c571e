// `kehoach lint --fix` and the project config file `.kehoach.yaml`, through the real bundled CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLEAN_EXAMPLE, readExample, REPO_ROOT } from '../support/lsp-client';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const clean = readExample(CLEAN_EXAMPLE);
const broken = clean.replace('so: 12/KH-UBND', 'so: 12/QĐ-UBND').replace('"Lưu: VT, VHXH"', '"Lưu: VT, VHXX"');

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kehoach lint --fix', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-fix-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the unambiguous fixes, writes the file, reports them, and exits 0 when nothing is left', () => {
    const file = path.join(dir, 'ke-hoach.plan.yaml');
    writeFileSync(file, broken);
    const result = cli(['lint', '--fix', 'ke-hoach.plan.yaml'], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(readFileSync(file, 'utf8'), clean);
    assert.match(result.stderr, /đã sửa 2 lỗi \((doc\/symbol-type, doc\/archive-missing|doc\/archive-missing, doc\/symbol-type)\)/);
    assert.deepEqual(readdirSync(dir), ['ke-hoach.plan.yaml'], 'no temporary file is left behind');
  });

  it('leaves a clean file untouched and says nothing about fixes', () => {
    const file = path.join(dir, 'sach.plan.yaml');
    writeFileSync(file, clean);
    const result = cli(['lint', '--fix', 'sach.plan.yaml'], dir);
    assert.equal(result.status, 0);
    assert.equal(readFileSync(file, 'utf8'), clean);
    assert.doesNotMatch(result.stderr, /đã sửa/);
  });

  it('without --fix the file is only read', () => {
    const file = path.join(dir, 'doc.plan.yaml');
    writeFileSync(file, broken);
    const result = cli(['lint', 'doc.plan.yaml'], dir);
    assert.equal(result.status, 1, 'doc/symbol-type is an error');
    assert.equal(readFileSync(file, 'utf8'), broken);
  });
});

describe('.kehoach.yaml in the CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kehoach-config-'));
    mkdirSync(path.join(dir, 'plans'));
    writeFileSync(path.join(dir, 'plans', 'a.plan.yaml'), broken);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the nearest config above a plan sets severities: an error turned into a warning no longer fails', () => {
    writeFileSync(path.join(dir, '.kehoach.yaml'), 'rules:\n  doc/symbol-type: warning\n');
    const result = cli(['lint', 'plans'], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /cảnh báo: .* \[doc\/symbol-type\]/);
  });

  it('off removes a rule’s findings', () => {
    writeFileSync(path.join(dir, '.kehoach.yaml'), 'rules:\n  doc/*: off\n');
    const result = cli(['lint', 'plans'], dir);
    assert.equal(result.status, 0);
    assert.doesNotMatch(result.stdout, /\[doc\//);
  });

  it('a malformed config is reported at its position and exits 2; the valid entries still apply', () => {
    writeFileSync(path.join(dir, '.kehoach.yaml'), 'rules:\n  doc/symbol-type: off\n  doc/archive-missng: off\n');
    const result = cli(['lint', 'plans'], dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /\.kehoach\.yaml:3:3: lỗi: .*doc\/archive-missing.* \[config\]/);
    assert.doesNotMatch(result.stdout, /\[doc\/symbol-type\]/);
    assert.match(result.stdout, /\[doc\/archive-missing\]/);
  });

  it('--config names the file to use', () => {
    writeFileSync(path.join(dir, 'other.yaml'), 'rules:\n  doc/archive-missing: off\n  doc/symbol-type: off\n');
    const result = cli(['lint', '--config', 'other.yaml', 'plans'], dir);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /\[doc\//);
  });
});
