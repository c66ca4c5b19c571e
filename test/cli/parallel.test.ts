// `kehoach lint` on a folder of many plans: the worker threads (cli/src/parallel.ts) must print exactly what one
// thread prints — the same findings in the same order, the same messages on stderr, the same exit code — including
// findings that depend on the other plans of the workspace and problems of the commune registry.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generatePlan } from '../../bench/generate';
import { REPO_ROOT } from '../support/lsp-client';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const PLANS = 40;

function run(args: string[], workers: number) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, KEHOACH_LINT_WORKERS: String(workers) },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Plan `i`: a generated plan with its own number, citing an earlier plan (sometimes with a wrong date) and a commune document. */
function plan(i: number): string {
  const day = String(1 + (i % 28)).padStart(2, '0');
  let text = generatePlan(3 + (i % 7), i + 1)
    .replace(/^so: .*$/m, `so: ${i + 1}/KH-UBND`)
    .replace(/^ngay: .*$/m, `ngay: 2026-01-${day}`);
  if (i > 0) {
    const cited = i - 1;
    const citedDay = 1 + (cited % 28) + (i % 5 === 0 ? 1 : 0);
    // Another plan of the folder (a known document), and a commune decision no registry has, dated differently by some plans.
    const citations = [
      `  - Kế hoạch số ${cited + 1}/KH-UBND ngày ${citedDay}/01/2026 của Ủy ban nhân dân xã Tiên Lãng về tuyên truyền cải cách hành chính`,
      `  - Quyết định số 77/QĐ-UBND ngày ${i % 3 === 0 ? 10 : 12}/01/2026 của Ủy ban nhân dân xã Tiên Lãng về việc kiện toàn Ban Chỉ đạo`,
    ];
    text = text.replace(/^can_cu:\n/m, (heading) => heading + citations.join('\n') + '\n');
  }
  return text;
}

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kehoach-cli-parallel-'));
  mkdirSync(path.join(dir, 'loose'));
  mkdirSync(path.join(dir, 'commune', '.kehoach'), { recursive: true });
  for (let i = 0; i < PLANS; i++) {
    writeFileSync(path.join(dir, 'loose', `ke-hoach-${String(i).padStart(2, '0')}.plan.yaml`), plan(i));
    writeFileSync(path.join(dir, 'commune', `ke-hoach-${String(i).padStart(2, '0')}.plan.yaml`), plan(i));
  }
  writeFileSync(path.join(dir, 'loose', 'hong.plan.yaml'), 'loai: ke-hoach\nco_quan: [Ủy ban\n');
  // A commune registry with a malformed entry: reported once on stderr, exit code 2.
  writeFileSync(path.join(dir, 'commune', '.kehoach', 'van-ban.yaml'), 'van_ban:\n  - loai: Quyết định\n    so: 77/QĐ-UBND\n    ngay: 2026-13-40\n');
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('kehoach lint: worker threads print what one thread prints', { timeout: 300_000 }, () => {
  const cases: [string, () => string[]][] = [
    ['a folder of plans without a registry, text', () => ['lint', path.join(dir, 'loose')]],
    ['the same folder, JSON in English', () => ['lint', '--format', 'json', '--lang', 'en', path.join(dir, 'loose')]],
    ['a folder with a malformed commune registry, plus the other folder', () => ['lint', path.join(dir, 'commune'), path.join(dir, 'loose')]],
  ];
  for (const [name, args] of cases) {
    it(name, () => {
      const single = run(args(), 0);
      assert.ok(single.stdout.split('\n').length > PLANS, single.stdout);
      for (const workers of [2, 3]) {
        const parallel = run(args(), workers);
        assert.equal(parallel.status, single.status, `exit code with ${workers} workers`);
        assert.equal(parallel.stderr, single.stderr, `stderr with ${workers} workers`);
        assert.equal(parallel.stdout, single.stdout, `stdout with ${workers} workers`);
      }
    });
  }

  it('the fixture has findings that depend on the other plans and on the registry', () => {
    const text = run(['lint', path.join(dir, 'commune'), path.join(dir, 'loose')], 2);
    assert.equal(text.status, 2, text.stderr);
    assert.match(text.stderr, /van-ban\.yaml:\d+:\d+: /);
    assert.equal(text.stderr.split('\n').filter((line) => line.includes('van-ban.yaml')).length, 1, text.stderr);
    assert.match(text.stdout, /\[ref\/date-mismatch\]/);
    assert.match(text.stdout, /\[ref\/inconsistent\]/);
    assert.match(text.stdout, /hong\.plan\.yaml:\d+:\d+: lỗi: .*\[yaml\/syntax\]/);
  });
});
