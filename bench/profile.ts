// Where a check's time goes, in process (no LSP): `node out/bench/profile.js [tasks] [edits] [full|incremental]`
// types the benchmark's keystrokes (bench/edits.ts) into a generated plan and times each check, split into parsing and each rule (shared analyses
// count for the first rule that needs them). With PROFILE_OUT=file.cpuprofile, a CPU profile of the timed checks
// (after the warm-up) is written there. A tool for optimising, not part of the benchmark table.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { allRules, lintPlan, parsePlan, type ParsedPlan, type Rule } from '../core/src';
import { apply, editScript, editSite } from './edits';
import { generatePlan } from './generate';

const tasks = Number(process.argv[2] ?? 2000);
const edits = Number(process.argv[3] ?? 30);
const mode = process.argv[4] === 'full' ? 'full' : 'incremental';

const timings = new Map<string, number[]>();
const record = (name: string, ms: number) => (timings.get(name) ?? timings.set(name, []).get(name)!).push(ms);
const rules: Rule[] = allRules.map((rule) => ({
  meta: rule.meta,
  check(context) {
    const started = performance.now();
    try {
      rule.check(context);
    } finally {
      record(rule.meta.id, performance.now() - started);
    }
  },
}));

const profiler = process.env.PROFILE_OUT ? new Session() : undefined;
profiler?.connect();
const post = (method: string) =>
  new Promise<unknown>((resolve, reject) => profiler!.post(method, (error, result) => (error ? reject(error) : resolve(result))));

let text = generatePlan(tasks);
let plan: ParsedPlan = parsePlan(text);
const warmup = 5;
const script = editScript(tasks, edits);
for (let i = 0; i < warmup + edits; i++) {
  text = apply(text, script(text, i < warmup ? 0 : i - warmup));
  const started = performance.now();
  plan = parsePlan(text, mode === 'incremental' ? plan : undefined);
  const parsed = performance.now();
  const result = lintPlan(plan, { lang: 'vi', rules });
  const done = performance.now();
  // What the language server adds: positions of the findings, and the message as JSON.
  const diagnostics = result.findings.map((finding) => ({ range: plan.lines.rangeOf(finding.range), code: finding.ruleId, message: finding.message }));
  const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics } });
  const sent = performance.now();
  if (i === warmup - 1) {
    timings.clear();
    // The in-process inspector answers synchronously: profiling starts here, before the timed checks.
    profiler?.post('Profiler.enable');
    profiler?.post('Profiler.start');
  }
  if (i >= warmup) {
    record('(parse)', parsed - started);
    record('(check total)', done - started);
    record(`(check total, edit site ${editSite(i - warmup, edits)})`, done - started);
    record(`(diagnostics + JSON, ${(json.length / 1024).toFixed(0)} KB)`, sent - done);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [...timings].map(([name, values]) => ({ name, median: median(values), max: Math.max(...values), p95: [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] })).sort((a, b) => b.median - a.median);
console.log(`${tasks} tasks, ${(text.length / 1024).toFixed(0)} K chars, ${edits} edits, ${mode} parse: median / p95 / max per check`);
for (const row of rows.slice(0, 30)) console.log(`${row.median.toFixed(2).padStart(9)} ${row.p95.toFixed(2).padStart(9)} ${row.max.toFixed(2).padStart(9)} ms  ${row.name}`);

if (profiler) {
  void post('Profiler.stop').then((result) => {
    writeFileSync(process.env.PROFILE_OUT!, JSON.stringify((result as { profile: unknown }).profile));
    console.log(`profile: ${process.env.PROFILE_OUT}`);
  });
}
