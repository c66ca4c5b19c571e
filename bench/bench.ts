// `npm run bench`: kehoach's language server (the bundled dist/server.js) against Red Hat's yaml-language-server
// (given the plan JSON schema), one after the other on the same generated plans, over real LSP on stdio.
// Measures cold start, first diagnostics, per-edit latency, a burst of keystrokes and peak memory; checks that the
// diagnostics are real (kehoach: the published diagnostics equal a full in-process check of the same text;
// yaml-language-server: the count equals that of the same text opened fresh); times the CLI on 1,000 plans.
// Prints one markdown table and writes it (and the raw numbers) to test-results/bench/.
//
// Options: --sizes 10,200,2000  --servers kehoach,yaml  --edits 50  --cold 5  --first 5  --cli 1000 (0 = skip)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LineIndex, lintText } from '../core/src';
import { apply, editScript } from './edits';
import { generatePlan } from './generate';
import { delay, withTimeout } from '../test/support/lsp-client';
import { BenchClient, type Publish, type ServerSpec } from './lsp';

const REPO = path.resolve(__dirname, '..', '..');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

const SIZES = option('sizes', '10,200,2000').split(',').map(Number);
const SERVERS = option('servers', 'kehoach,yaml').split(',');
const EDITS = Number(option('edits', '50'));
const COLD_RUNS = Number(option('cold', '5'));
/** First diagnostics are measured on this many fresh servers per size (one sample of a ~0.6 s check is noise). */
const FIRST_RUNS = Number(option('first', '5'));
const CLI_FILES = Number(option('cli', '1000'));
const BURST = 20;
const BURST_GAP_MS = 50;
/** See the stale count in runSize. */
const STALE_MARGIN_MS = 2;
/** Pause after an edit's diagnostics arrive before the next keystroke. */
const EDIT_GAP_MS = 30;

const SCHEMA_URI = pathToFileURL(path.join(REPO, 'schemas', 'plan.schema.json')).href;

/**
 * The server is measured as the extension starts it: the same V8 flags and environment as SERVER_EXEC_ARGV and
 * SERVER_ENV in client/src/extension.ts (see there why), which must stay identical to these.
 */
const KEHOACH_EXEC_ARGV = ['--max-semi-space-size=2', '--no-regexp-tier-up'];
const KEHOACH_ENV = { MALLOC_ARENA_MAX: '1' };

const SPECS: Record<string, ServerSpec> = {
  kehoach: {
    name: 'kehoach',
    command: process.execPath,
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles kehoach's server during the run.
    // BENCH_SERVER_JS: another build of the server (an unminified one, for readable profiles).
    args: [
      ...KEHOACH_EXEC_ARGV,
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      process.env.BENCH_SERVER_JS ?? path.join(REPO, 'dist', 'server.js'),
      '--stdio',
    ],
    env: KEHOACH_ENV,
    cwd: REPO,
    languageId: 'kehoach',
    configuration: { kehoach: { language: 'vi', rules: {} } },
  },
  yaml: {
    name: 'yaml-language-server',
    command: process.execPath,
    args: [path.join(REPO, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
    cwd: REPO,
    languageId: 'yaml',
    // The schema store is off: the machine has no network, and plans only need our schema.
    configuration: { yaml: { schemas: { [SCHEMA_URI]: '*.plan.yaml' }, validate: true, schemaStore: { enable: false } }, http: {}, '[yaml]': {}, editor: {} },
    settings: { yaml: { schemas: { [SCHEMA_URI]: '*.plan.yaml' }, validate: true, schemaStore: { enable: false } } },
  },
};

// ---------------------------------------------------------------------------------------------
// Text bookkeeping (the client's own copy of the document).

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

// ---------------------------------------------------------------------------------------------
// One server on one plan.

interface Sample {
  version: number;
  text: string;
  diagnostics: Diagnostic[];
}

interface SizeRun {
  server: string;
  tasks: number;
  bytes: number;
  coldStartMs: number;
  firstDiagnosticsMs: number;
  firstCount: number;
  edits: number[];
  burstMs: number;
  burstStale: number;
  peakRssMiB: number;
  samples: Sample[];
  /** yaml-language-server: diagnostics of the final text opened fresh (its own full check). */
  freshCount?: number;
  check?: string;
}

/** Opens `text` as version 1 and waits for its first diagnostics (the server has pulled its settings). */
async function openFirst(client: BenchClient, isKehoach: boolean, uri: string, text: string): Promise<{ first: Publish; firstDiagnosticsMs: number }> {
  const openedAt = performance.now();
  await client.open(uri, text, 1);
  // kehoach says the version it published for; yaml-language-server does not, so the first publish for the document.
  const first = await client.waitFor(uri, (p) => (isKehoach ? p.version === 1 : true), 60000, 'first diagnostics');
  return { first, firstDiagnosticsMs: first.at - openedAt };
}

/** First diagnostics on a fresh server: started, settings pulled, idle 100 ms (as in runSize), then the plan opened. */
async function firstOnFreshServer(specName: string, tasks: number): Promise<number> {
  const { client } = await BenchClient.start(SPECS[specName]);
  try {
    await withTimeout(client.configured, 5000, `${specName} pulling its settings`);
    await delay(100);
    const uri = pathToFileURL(path.join(os.tmpdir(), 'kehoach-bench', `first-${tasks}.plan.yaml`)).href;
    return (await openFirst(client, specName === 'kehoach', uri, generatePlan(tasks))).firstDiagnosticsMs;
  } finally {
    await client.stop();
  }
}

async function runSize(specName: string, tasks: number): Promise<SizeRun> {
  const spec = SPECS[specName];
  const isKehoach = specName === 'kehoach';
  let text = generatePlan(tasks);
  const uri = pathToFileURL(path.join(os.tmpdir(), 'kehoach-bench', `plan-${tasks}.plan.yaml`)).href;
  const { client, coldStartMs } = await BenchClient.start(spec);
  try {
    // yaml-language-server needs its schema association before the document is opened: wait for its settings pull.
    await withTimeout(client.configured, 5000, `${spec.name} pulling its settings`);
    await delay(100);
    const samples: Sample[] = [];
    // The publish for `version`: kehoach says the version; yaml-language-server does not, so the next one to arrive.
    const waitVersion = (version: number, since: number, what: string): Promise<Publish> =>
      client.waitFor(uri, (p) => (isKehoach ? p.version === version : client.history(uri).indexOf(p) >= since), 60000, what);

    const { first, firstDiagnosticsMs } = await openFirst(client, isKehoach, uri, text);
    samples.push({ version: 1, text, diagnostics: first.diagnostics });

    const script = editScript(tasks, EDITS);
    const edits: number[] = [];
    let version = 1;
    for (let i = 0; i < EDITS; i++) {
      await delay(EDIT_GAP_MS);
      const key = script(text, i);
      const position = positionAt(text, key.offset);
      text = apply(text, key);
      version++;
      const since = client.history(uri).length;
      const sentAt = performance.now();
      await client.change(uri, version, [{ range: { start: position, end: position }, text: key.char }]);
      const publish = await waitVersion(version, since, `diagnostics of edit ${i + 1}`);
      edits.push(publish.at - sentAt);
      if ((i + 1) % 10 === 0) samples.push({ version, text, diagnostics: publish.diagnostics });
    }

    // A burst: 20 keystrokes 50 ms apart into the middle task's name.
    await delay(300);
    const burstSince = client.history(uri).length;
    const sentAt = new Map<number, number>();
    for (let i = 0; i < BURST; i++) {
      if (i > 0) await delay(BURST_GAP_MS);
      const key = script(text, i);
      const position = positionAt(text, key.offset);
      text = apply(text, key);
      version++;
      sentAt.set(version, performance.now());
      if (process.env.BENCH_TRACE) process.stderr.write(`sent ${version} ${(performance.timeOrigin + performance.now()).toFixed(1)}\n`);
      await client.change(uri, version, [{ range: { start: position, end: position }, text: key.char }]);
    }
    const last = version;
    const lastSentAt = sentAt.get(last)!;
    const final = await waitVersion(last, burstSince, 'diagnostics after the burst');
    const burstMs = final.at - lastSentAt;
    await delay(1000); // anything still on its way
    const burstPublishes = client.history(uri).slice(burstSince);
    // Stale: published for a version the server could have known was replaced: the newer version had been sent when
    // the publication started to arrive, 2 ms before or more (a change still in the pipe, or arriving while the server
    // serialises a publication it has decided on, cannot be known).
    const burstStale = isKehoach
      ? burstPublishes.filter((p) => p.version !== undefined && [...sentAt].some(([v, at]) => v > p.version! && at + STALE_MARGIN_MS < p.firstByteAt)).length
      : burstPublishes.filter((p) => p !== burstPublishes[burstPublishes.length - 1]).length;
    samples.push({ version: last, text, diagnostics: burstPublishes[burstPublishes.length - 1].diagnostics });
    const peakRssMiB = client.peakRssMiB();

    let freshCount: number | undefined;
    if (!isKehoach) {
      const freshUri = uri.replace(/\.plan\.yaml$/, '-fresh.plan.yaml');
      await client.open(freshUri, text, 1);
      freshCount = (await client.waitFor(freshUri, () => true, 60000, 'fresh diagnostics')).diagnostics.length;
    }
    return {
      server: spec.name,
      tasks,
      bytes: Buffer.byteLength(generatePlan(tasks)),
      coldStartMs,
      firstDiagnosticsMs,
      firstCount: first.diagnostics.length,
      edits,
      burstMs,
      burstStale,
      peakRssMiB,
      samples,
      freshCount,
    };
  } finally {
    await client.stop();
  }
}

/** kehoach: every sampled publish must equal a full in-process check of the same text (rule, range, message). */
function checkKehoach(run: SizeRun): string {
  let matched = 0;
  for (const sample of run.samples) {
    const result = lintText(sample.text, { lang: 'vi' });
    const lines = new LineIndex(sample.text);
    const key = (code: unknown, r: { start: { line: number; character: number }; end: { line: number; character: number } }, message: unknown) =>
      `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${typeof message === 'string' ? message : JSON.stringify(message)}`;
    const expected = result.findings.map((f) => key(f.ruleId, lines.rangeOf(f.range), f.message)).sort();
    const actual = sample.diagnostics.map((d) => key(d.code, d.range, d.message)).sort();
    if (expected.length === actual.length && expected.every((e, i) => e === actual[i])) matched++;
    else {
      const missing = expected.filter((e) => !actual.includes(e)).slice(0, 3);
      const extra = actual.filter((a) => !expected.includes(a)).slice(0, 3);
      console.error(`MISMATCH ${run.server} ${run.tasks} tasks v${sample.version}: expected ${expected.length}, got ${actual.length}\n  missing ${missing.join('\n  ')}\n  extra ${extra.join('\n  ')}`);
    }
  }
  const counts = run.samples.map((s) => s.diagnostics.length);
  return `${matched}/${run.samples.length} = full check (${Math.min(...counts)}–${Math.max(...counts)} diagnostics)`;
}

function checkYaml(run: SizeRun): string {
  const last = run.samples[run.samples.length - 1].diagnostics.length;
  return `${last === run.freshCount ? 'final = fresh open' : `final ${last} ≠ fresh ${run.freshCount}`} (${last} diagnostics)`;
}

// ---------------------------------------------------------------------------------------------
// Cold start, CLI.

async function coldStart(specName: string): Promise<number> {
  const { client, coldStartMs } = await BenchClient.start(SPECS[specName]);
  await client.stop();
  return coldStartMs;
}

async function cliRun(files: number): Promise<{ seconds: number; bytes: number; exit: number | null }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-bench-cli-'));
  let bytes = 0;
  try {
    for (let i = 0; i < files; i++) {
      const text = generatePlan(10 + ((i * 37) % 51), i + 1);
      bytes += Buffer.byteLength(text);
      writeFileSync(path.join(dir, `ke-hoach-${String(i).padStart(4, '0')}.plan.yaml`), text);
    }
    const started = performance.now();
    const exit = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'lint', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('exit', (code) => resolve(code));
    });
    return { seconds: (performance.now() - started) / 1000, bytes, exit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const median = (values: number[]) => quantile(values, 0.5);
const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const ratio = (peer: number | undefined, own: number | undefined) => (peer === undefined || own === undefined ? '–' : `${(peer / own).toFixed(peer / own < 10 ? 1 : 0)}×`);

async function main(): Promise<void> {
  mkdirSync(path.join(os.tmpdir(), 'kehoach-bench'), { recursive: true });
  // Other work on the machine skews every number: the load is printed with the table.
  const loadBefore = os.loadavg()[0];
  const runs: SizeRun[] = [];
  const cold: Record<string, number[]> = {};
  // Alternate the servers (never at the same time), swapping who goes first at each size.
  for (let round = 0; round < COLD_RUNS; round++) {
    for (const name of round % 2 === 0 ? SERVERS : [...SERVERS].reverse()) (cold[name] ??= []).push(await coldStart(name));
  }
  for (const [index, tasks] of SIZES.entries()) {
    for (const name of index % 2 === 0 ? SERVERS : [...SERVERS].reverse()) {
      process.stderr.write(`bench: ${name}, ${tasks} tasks…\n`);
      const run = await runSize(name, tasks);
      runs.push(run);
    }
  }
  const firsts: Record<string, number[]> = {};
  for (const tasks of SIZES) {
    for (let round = 0; round < FIRST_RUNS; round++) {
      for (const name of round % 2 === 0 ? SERVERS : [...SERVERS].reverse()) (firsts[`${name}/${tasks}`] ??= []).push(await firstOnFreshServer(name, tasks));
    }
  }
  for (const run of runs) run.check = run.server === 'kehoach' ? checkKehoach(run) : checkYaml(run);
  const cli = CLI_FILES > 0 ? await cliRun(CLI_FILES) : undefined;

  const own = (tasks: number) => runs.find((r) => r.server === 'kehoach' && r.tasks === tasks);
  const peer = (tasks: number) => runs.find((r) => r.server !== 'kehoach' && r.tasks === tasks);
  const targets: Record<number, { p95: number }> = { 10: { p95: 15 }, 200: { p95: 25 }, 2000: { p95: 60 } };
  const rows: string[] = [];
  const row = (what: string, a: number | undefined, b: number | undefined, target = '', unit = 'ms') =>
    rows.push(`| ${what} | ${unit === 'MiB' ? a?.toFixed(0) ?? '–' : ms(a)} | ${unit === 'MiB' ? b?.toFixed(0) ?? '–' : ms(b)} | ${ratio(b, a)} | ${target} |`);
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
  rows.push('| | kehoach | yaml-language-server | yls ÷ kehoach | target (kehoach) |', '|---|---:|---:|---:|---|');
  const coldOwn = cold.kehoach ? median(cold.kehoach) : undefined;
  const coldPeer = cold.yaml ? median(cold.yaml) : undefined;
  row(`cold start → initialize result, ms (median of ${COLD_RUNS})`, coldOwn, coldPeer, `≤ 200${mark(coldOwn === undefined ? undefined : coldOwn <= 200)}`);
  for (const tasks of SIZES) {
    const a = own(tasks);
    const b = peer(tasks);
    const kb = Math.round((a ?? b)!.bytes / 1024);
    const label = `**${tasks} tasks (${kb} KB)**`;
    rows.push(`| ${label} | | | | |`);
    const firstOf = (server: string) => (firsts[`${server}/${tasks}`]?.length ? median(firsts[`${server}/${tasks}`]) : undefined);
    const [firstOwn, firstPeer] = [firstOf('kehoach'), firstOf('yaml')];
    row(
      `first diagnostics after open, ms (median of ${FIRST_RUNS} fresh servers)`,
      firstOwn,
      firstPeer,
      `≤ peer${mark(firstOwn !== undefined && firstPeer !== undefined ? firstOwn <= firstPeer : undefined)}`,
    );
    row(`edit → diagnostics p50, ms (${EDITS} edits)`, a && median(a.edits), b && median(b.edits));
    const target = targets[tasks]?.p95;
    row('edit → diagnostics p95, ms', a && quantile(a.edits, 0.95), b && quantile(b.edits, 0.95), target ? `≤ ${target}${mark(a ? quantile(a.edits, 0.95) <= target : undefined)}` : '');
    row('edit → diagnostics max, ms', a && Math.max(...a.edits), b && Math.max(...b.edits));
    row(
      `burst of ${BURST} keys ${BURST_GAP_MS} ms apart: last key → its diagnostics, ms`,
      a?.burstMs,
      b?.burstMs,
      tasks === 2000 ? `≤ 100${mark(a ? a.burstMs <= 100 : undefined)}` : '',
    );
    rows.push(`| stale publishes during the burst | ${a?.burstStale ?? '–'} | ${b?.burstStale ?? '–'} | | 0${mark(a ? a.burstStale === 0 : undefined)} |`);
    row('peak RSS (VmHWM), MiB', a?.peakRssMiB, b?.peakRssMiB, `≤ peer${mark(a && b ? a.peakRssMiB <= b.peakRssMiB : undefined)}`, 'MiB');
    rows.push(`| diagnostics are real | ${a?.check ?? '–'} | ${b?.check ?? '–'} | | |`);
  }
  const bundle = (file: string) => statSync(path.join(REPO, 'dist', file)).size / 1024 / 1024;
  rows.push(`| **other** | | | | |`);
  rows.push(`| extension bundle dist/client.js, MB | ${bundle('client.js').toFixed(2)} | | | ≤ 1.5${mark(bundle('client.js') <= 1.5)} |`);
  rows.push(`| language server dist/server.js, MB | ${bundle('server.js').toFixed(2)} | | | |`);
  if (cli) {
    rows.push(
      `| CLI: \`kehoach lint\` on ${CLI_FILES} plans (${(cli.bytes / 1024 / 1024).toFixed(0)} MB), s | ${cli.seconds.toFixed(1)} | | | ≤ 10${mark(cli.seconds <= 10)} |`,
    );
  }
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM; load average (1 min) ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0].toFixed(2)} after`;
  const table = rows.join('\n');
  const report = `${table}\n\nMachine: ${machine}. yaml-language-server ${require(path.join(REPO, 'node_modules', 'yaml-language-server', 'package.json')).version}.\n`;
  process.stdout.write('\n' + report);
  const outDir = path.join(REPO, 'test-results', 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.md'), report);
  writeFileSync(
    path.join(outDir, 'latest.json'),
    JSON.stringify({ machine, cold, firsts, cli, runs: runs.map(({ samples, ...rest }) => ({ ...rest, samples: samples.map((s) => ({ version: s.version, count: s.diagnostics.length })) })) }, null, 2),
  );
}

main().catch((error) => {
  process.stderr.write(`bench: ${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
