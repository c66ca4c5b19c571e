// `kehoach lint` and the registry layers: the commune registry of the nearest .kehoach/ folder, --registry files,
// and clear located errors for a registry that cannot be used.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../support/lsp-client';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SEED_003 = path.join(REPO_ROOT, 'examples', 'seed-003-tien-lang-2026.plan.yaml');
const SEED_000 = path.join(REPO_ROOT, 'examples', 'seed-000-yet-kieu-2026.plan.yaml');
const EXAMPLES_REGISTRY = path.join(REPO_ROOT, 'examples', '.kehoach', 'van-ban.yaml');

function run(args: string[], cwd = REPO_ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function refLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /\[ref\/[a-z-]+\]$/.test(line));
}

const temp = mkdtempSync(path.join(tmpdir(), 'kehoach-cli-ref-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('kehoach lint: registry layers', { timeout: 60_000 }, () => {
  it('examples/: the commune registry is found, so the commune\'s own documents are known', () => {
    const result = run(['lint', 'examples/seed-003-tien-lang-2026.plan.yaml']);
    assert.equal(result.stderr, '');
    const lines = refLines(result.stdout);
    assert.ok(!lines.some((line) => line.includes('01/KH-UBND') || line.includes('50/KH-UBND')), lines.join('\n'));
    assert.ok(lines.some((line) => line.startsWith('examples/seed-003-tien-lang-2026.plan.yaml:50:36: lỗi: ') && line.endsWith('[ref/date-mismatch]')), lines.join('\n'));
  });

  it('a plan outside any workspace: its commune\'s documents are unknown until --registry adds them', () => {
    const alone = path.join(temp, 'alone');
    mkdirSync(alone);
    const file = path.join(alone, 'tien-lang.plan.yaml');
    copyFileSync(SEED_003, file);
    const before = refLines(run(['lint', file]).stdout).filter((line) => line.endsWith('[ref/unknown]'));
    assert.equal(before.length, 2, before.join('\n'));
    assert.match(before[0], /01\/KH-UBND.*chưa có sổ văn bản của xã/);
    const withRegistry = run(['lint', file, '--registry', EXAMPLES_REGISTRY]);
    assert.equal(withRegistry.stderr, '');
    assert.deepEqual(refLines(withRegistry.stdout).filter((line) => line.endsWith('[ref/unknown]')), []);
  });

  it('--registry may be given several times; the JSON output marks the add-to-registry fix', () => {
    const extra = path.join(temp, 'nghi-quyet.yaml');
    writeFileSync(extra, 'van_ban:\n  - loai: Nghị quyết\n    so: 268/NQ-CP\n    ngay: 2025-08-31\n    co_quan: Chính phủ\n');
    const plain = JSON.parse(run(['lint', SEED_000, '--format', 'json']).stdout) as { findings: { ruleId: string; fixable: boolean; message: string }[] }[];
    const unknown = plain[0].findings.filter((f) => f.ruleId === 'ref/unknown');
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0].fixable, true, 'inside the examples workspace 268/NQ-CP can be added to its registry');
    const known = JSON.parse(run(['lint', SEED_000, '--format', 'json', '--registry', extra, '--registry', EXAMPLES_REGISTRY]).stdout) as typeof plain;
    assert.deepEqual(known[0].findings.filter((f) => f.ruleId === 'ref/unknown'), []);
  });

  it('a malformed registry: each problem with its file, line and column on stderr, exit 2, and the plans are still checked', () => {
    const bad = path.join(temp, 'bad.yaml');
    writeFileSync(bad, 'van_ban:\n  - loai: Nghị quyết\n    so: 268/NQ-CP\n    ngay: 31/08/2025\n    co_quan: Chính phủ\n  - loai: Luật\n    so_hieu: 1/2020/QH14\n');
    const result = run(['lint', SEED_003, '--registry', bad]);
    assert.equal(result.status, 2, result.stderr);
    const stderr = result.stderr.split('\n').filter(Boolean);
    const shown = path.relative(REPO_ROOT, bad);
    assert.ok(stderr.some((line) => line.startsWith(`kehoach: ${shown}:4:11: `) && line.includes('YYYY-MM-DD')), result.stderr);
    assert.ok(stderr.some((line) => line.startsWith(`kehoach: ${shown}:7:5: `) && line.includes("'so_hieu'")), result.stderr);
    assert.ok(refLines(result.stdout).length > 0, 'the plan was still checked');
    const english = run(['lint', SEED_003, '--registry', bad, '--lang', 'en']);
    assert.match(english.stderr, /must be YYYY-MM-DD/);
  });

  it('a --registry file that does not exist: exit 2 with its name', () => {
    const result = run(['lint', SEED_003, '--registry', path.join(temp, 'missing.yaml')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.yaml: ENOENT/);
  });

  it('a registry that is not YAML at all never crashes the CLI', () => {
    const garbage = path.join(temp, 'garbage.yaml');
    writeFileSync(garbage, Buffer.from([0xff, 0xfe, 0x00, 0x5b, 0x7b, 0x0a]));
    const result = run(['lint', SEED_003, '--registry', garbage]);
    assert.equal(result.status, 2);
    assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace');
    assert.match(result.stderr, /garbage\.yaml:1:\d+: /);
  });

  it('the examples registry file itself is valid', () => {
    assert.match(readFileSync(EXAMPLES_REGISTRY, 'utf8'), /van_ban:/);
    assert.equal(run(['lint', 'examples', '--registry', EXAMPLES_REGISTRY]).stderr, '');
  });
});
