// `kehoach lint` as a user runs it: `node dist/cli.js …` from the repository root, checking exit codes,
// stdout and stderr. Expected positions are found by searching the example files.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLEAN_EXAMPLE, readExample, REPO_ROOT, SEED_002 } from '../support/lsp-client';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

/** `path:line:col: severity: message [rule/id]` */
const FINDING_LINE = /^(?<file>.+?):(?<line>\d+):(?<column>\d+): (?<severity>lỗi|cảnh báo|thông tin|gợi ý|error|warning|info|hint): (?<message>.+) \[(?<rule>[a-z]+\/[a-z-]+)\]$/;
const SUMMARY_VI = /^(?<files>\d+) tệp, (?<errors>\d+) lỗi, (?<warnings>\d+) cảnh báo\.$/;
const SUMMARY_EN = /^(?<files>\d+) files, (?<errors>\d+) errors, (?<warnings>\d+) warnings\.$/;

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], options: SpawnSyncOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    ...options,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function outputLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function describeRun(result: CliResult): string {
  return `exit ${result.status}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
}

interface JsonReport {
  file: string;
  findings: JsonFinding[];
}

const example = (name: string) => path.join('examples', name);
const planFilesIn = (folder: string) => readdirSync(path.join(REPO_ROOT, folder)).filter((name) => /\.plan\.ya?ml$/.test(name)).sort();

/** 1-based line and column of the first occurrence of `needle` after `prefix` (both searched together). */
function oneBased(text: string, prefix: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(prefix + needle);
  assert.notEqual(index, -1, `fixture lacks ${prefix}${needle}`);
  const before = text.slice(0, index + prefix.length);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { line, column };
}

let tmp: string;
before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kehoach-cli-'));
});
after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function tmpFile(name: string, content: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe('lint a single file', { timeout: 60_000 }, () => {
  it('the clean example: exit 0, only the summary line', () => {
    const result = runCli(['lint', example(CLEAN_EXAMPLE)]);
    assert.equal(result.status, EXIT_OK, describeRun(result));
    assert.deepEqual(outputLines(result.stdout), ['1 tệp, 0 lỗi, 0 cảnh báo.']);
    assert.equal(result.stderr, '');
  });

  it('seed 002: exit 1 with the missing keys and the unknown citation at their positions', () => {
    const file = example(SEED_002);
    const text = readExample(SEED_002);
    const result = runCli(['lint', file]);
    assert.equal(result.status, EXIT_FINDINGS, describeRun(result));
    const lines = outputLines(result.stdout);
    const loai = oneBased(text, '\n', 'loai: ke-hoach');
    for (const key of ['so', 'dia_danh', 'ngay']) {
      const expected = `${file}:${loai.line}:1: lỗi: Thiếu mục '${key}'`;
      assert.ok(lines.some((line) => line.startsWith(expected) && line.endsWith('[schema/required]')), `no line starting "${expected}"\n${result.stdout}`);
    }
    const ref = oneBased(text, '  - Quyết định số ', '709/KH-UBND');
    assert.ok(
      lines.some((line) => line.startsWith(`${file}:${ref.line}:${ref.column}: cảnh báo: `) && line.includes('709/KH-UBND') && line.endsWith('[ref/unknown]')),
      result.stdout,
    );
    // The summary counts the lines printed (the seed also has citation, unit and task findings of its own).
    const counted = (severity: string) => lines.filter((line) => FINDING_LINE.exec(line)?.groups?.severity === severity).length;
    assert.deepEqual(lines.slice(-1), [`1 tệp, ${counted('lỗi')} lỗi, ${counted('cảnh báo')} cảnh báo.`]);
    assert.ok(lines.some((line) => line.endsWith('[ref/type-mismatch]') && line.includes('709/KH-UBND')), result.stdout);
  });

  it('a file with invalid YAML: exit 1 with yaml/syntax', () => {
    const file = tmpFile('unclosed.plan.yaml', 'a: [1, 2\n');
    const result = runCli(['lint', file]);
    assert.equal(result.status, EXIT_FINDINGS, describeRun(result));
    const syntax = outputLines(result.stdout).filter((line) => line.endsWith('[yaml/syntax]'));
    assert.ok(syntax.length >= 1, result.stdout);
    assert.match(syntax[0], FINDING_LINE);
    assert.ok(syntax[0].startsWith(`${file}:`) && syntax[0].includes(': lỗi: '), syntax[0]);
  });

  it('tab indentation: yaml/syntax on the tab line', () => {
    const file = tmpFile('tab.plan.yaml', 'loai: ke-hoach\nnguoi_ky:\n\tho_ten: Phạm Thị Lan\n');
    const result = runCli(['lint', file]);
    assert.equal(result.status, EXIT_FINDINGS, describeRun(result));
    assert.ok(outputLines(result.stdout).some((line) => line.startsWith(`${file}:3:1: lỗi: `) && line.endsWith('[yaml/syntax]')), result.stdout);
  });

  it('an empty plan file is reported, like a file holding only `~`', () => {
    const nullPlan = runCli(['lint', tmpFile('null.plan.yaml', '~\n')]);
    assert.equal(nullPlan.status, EXIT_FINDINGS, describeRun(nullPlan));
    const empty = runCli(['lint', tmpFile('empty.plan.yaml', '')]);
    assert.equal(empty.status, EXIT_FINDINGS, describeRun(empty));
  });
});

describe('lint a folder', { timeout: 60_000 }, () => {
  it('examples/: exit 1, findings as path:line:col: severity: message [rule/id], consistent summary', () => {
    const result = runCli(['lint', 'examples']);
    assert.equal(result.status, EXIT_FINDINGS, describeRun(result));
    const lines = outputLines(result.stdout);
    const summary = SUMMARY_VI.exec(lines.pop() ?? '');
    assert.ok(summary, `last line is not a summary:\n${result.stdout}`);

    const findings = lines.map((line) => {
      const match = FINDING_LINE.exec(line);
      assert.ok(match, `not a finding line: ${line}`);
      return match.groups!;
    });
    const files = planFilesIn('examples');
    assert.equal(Number(summary.groups!.files), files.length);
    assert.equal(Number(summary.groups!.errors), findings.filter((f) => f.severity === 'lỗi').length);
    assert.equal(Number(summary.groups!.warnings), findings.filter((f) => f.severity === 'cảnh báo').length);

    for (const finding of findings) assert.ok(files.includes(path.basename(finding.file)), finding.file);
    assert.ok(findings.some((f) => f.file === example(SEED_002) && f.severity === 'lỗi' && f.rule === 'schema/required'));
    assert.ok(!findings.some((f) => f.file === example(CLEAN_EXAMPLE)), 'the clean example has findings');
    assert.equal(result.stderr, '');
  });

  it("a quoted glob is expanded by the CLI, not the shell: lists the three seeds", () => {
    const seeds = planFilesIn('examples').filter((name) => name.startsWith('seed-'));
    assert.equal(seeds.length, 3);
    const json = runCli(['lint', 'examples/seed-*.plan.yaml', '--format', 'json']);
    assert.equal(json.status, EXIT_FINDINGS, describeRun(json));
    const reports = JSON.parse(json.stdout) as JsonReport[];
    assert.deepEqual(reports.map((report) => report.file), seeds.map(example));

    const text = runCli(['lint', 'examples/seed-*.plan.yaml']);
    const lines = outputLines(text.stdout);
    assert.equal(SUMMARY_VI.exec(lines[lines.length - 1])?.groups?.files, '3');
    const mentioned = new Set(lines.slice(0, -1).map((line) => FINDING_LINE.exec(line)?.groups?.file));
    assert.deepEqual([...mentioned].sort(), seeds.map(example));
  });
});

describe('--format json', { timeout: 60_000 }, () => {
  it('prints an array of {file, findings[]} with 1-based positions', () => {
    const result = runCli(['lint', 'examples', '--format', 'json']);
    assert.equal(result.status, EXIT_FINDINGS, describeRun(result));
    const reports = JSON.parse(result.stdout) as JsonReport[];
    assert.ok(Array.isArray(reports));
    assert.deepEqual(reports.map((r) => path.basename(r.file)), planFilesIn('examples'));
    for (const report of reports) {
      assert.deepEqual(Object.keys(report).sort(), ['file', 'findings']);
      for (const finding of report.findings) {
        assert.deepEqual(Object.keys(finding).sort(), ['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'ruleId', 'severity']);
        assert.match(finding.ruleId, /^[a-z]+\/[a-z-]+$/);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(finding.severity), finding.severity);
        for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(finding[key]) && finding[key] >= 1);
        assert.equal(typeof finding.fixable, 'boolean');
      }
    }

    const seed = reports.find((r) => r.file === example(SEED_002));
    assert.ok(seed);
    const ref = oneBased(readExample(SEED_002), '  - Quyết định số ', '709/KH-UBND');
    const unknown = seed.findings.filter((f) => f.ruleId === 'ref/unknown');
    assert.deepEqual(unknown.map(({ message: _message, ...rest }) => rest), [{
      ruleId: 'ref/unknown',
      severity: 'warning',
      line: ref.line,
      column: ref.column,
      endLine: ref.line,
      endColumn: ref.column + '709/KH-UBND'.length,
      fixable: false,
    }]);
    assert.deepEqual(seed.findings.filter((f) => f.ruleId === 'schema/required').map((f) => f.severity), ['error', 'error', 'error']);
    assert.deepEqual(reports.find((r) => r.file === example(CLEAN_EXAMPLE))?.findings, []);
  });

  it('marks a finding with a quick fix as fixable', () => {
    const file = tmpFile('typo.plan.yaml', readExample(CLEAN_EXAMPLE).replace('    chu_tri: ', '    chu_tr: '));
    const result = runCli(['lint', file, '--format', 'json']);
    assert.equal(result.status, EXIT_FINDINGS, describeRun(result));
    const [report] = JSON.parse(result.stdout) as JsonReport[];
    const unknownKey = report.findings.find((f) => f.ruleId === 'schema/unknown-key');
    assert.ok(unknownKey, result.stdout);
    assert.equal(unknownKey.fixable, true);
    assert.match(unknownKey.message, /'chu_tri'/);
    assert.equal(unknownKey.endColumn - unknownKey.column, 'chu_tr'.length);
  });
});

describe('--lang en', { timeout: 60_000 }, () => {
  it('prints English messages, severities and summary', () => {
    const file = example(SEED_002);
    const result = runCli(['lint', file, '--lang', 'en']);
    assert.equal(result.status, EXIT_FINDINGS, describeRun(result));
    const lines = outputLines(result.stdout);
    assert.ok(lines.some((line) => line.includes(": error: Missing 'so'") && line.endsWith('[schema/required]')), result.stdout);
    assert.ok(lines.some((line) => line.includes(': warning: ') && line.endsWith('[ref/unknown]')), result.stdout);
    assert.ok(!/Thiếu|Không tìm thấy|lỗi|cảnh báo/.test(result.stdout), 'Vietnamese text left over');
    assert.match(lines[lines.length - 1], SUMMARY_EN);
  });

  it('applies to JSON messages too', () => {
    const result = runCli(['lint', example(SEED_002), '--lang', 'en', '--format', 'json']);
    const [report] = JSON.parse(result.stdout) as JsonReport[];
    assert.ok(report.findings.some((f) => f.message.startsWith("Missing 'so'")), result.stdout);
  });
});

describe('bad usage and unreadable input', { timeout: 60_000 }, () => {
  it('no arguments at all: exit 2', () => {
    const result = runCli([]);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
  });

  it('`lint` without paths: exit 2 with a message', () => {
    const result = runCli(['lint']);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
    assert.match(result.stderr, /paths/);
  });

  it('an unknown option: exit 2', () => {
    const result = runCli(['lint', example(CLEAN_EXAMPLE), '--bogus']);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
    assert.match(result.stderr, /--bogus/);
  });

  it('--format xml: exit 2', () => {
    const result = runCli(['lint', example(CLEAN_EXAMPLE), '--format', 'xml']);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
    assert.match(result.stderr, /xml/);
    assert.equal(result.stdout, '');
  });

  it('--lang fr: exit 2', () => {
    const result = runCli(['lint', example(CLEAN_EXAMPLE), '--lang', 'fr']);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
  });

  it('a path that matches nothing: exit 2, message on stderr', () => {
    const missing = path.join(tmp, 'no-such-plan.plan.yaml');
    const result = runCli(['lint', missing]);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
    assert.ok(result.stderr.includes(missing), result.stderr);
    assert.match(result.stderr, /Không tìm thấy/);
    assert.equal(result.stdout, '');
  });

  it('a broken symlink: exit 2, naming the path', () => {
    const link = path.join(tmp, 'dangling.plan.yaml');
    symlinkSync(path.join(tmp, 'target-that-does-not-exist.plan.yaml'), link);
    const result = runCli(['lint', link]);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
    assert.ok(result.stderr.includes(link), result.stderr);
  });

  it('a file that cannot be read: exit 2, the readable files are still checked', () => {
    // Root ignores file modes, so as root the CLI runs as `nobody`; the folder must be reachable for it
    // (hence its own temporary folder directly under the system one, not inside the 0700 `tmp`).
    const folder = mkdtempSync(path.join(tmpdir(), 'kehoach-cli-locked-'));
    after(() => rmSync(folder, { recursive: true, force: true }));
    chmodSync(folder, 0o755);
    const locked = path.join(folder, 'locked.plan.yaml');
    writeFileSync(locked, readExample(CLEAN_EXAMPLE));
    chmodSync(locked, 0o000);
    const readable = path.join(folder, 'readable.plan.yaml');
    writeFileSync(readable, readExample(CLEAN_EXAMPLE));
    chmodSync(readable, 0o644);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

    const result = runCli(['lint', locked, readable], asNobody);
    assert.equal(result.status, EXIT_USAGE, describeRun(result));
    assert.ok(result.stderr.includes(locked), result.stderr);
    assert.match(result.stderr, /Không đọc được tệp/);
    assert.deepEqual(outputLines(result.stdout), ['1 tệp, 0 lỗi, 0 cảnh báo.']);
  });
});
