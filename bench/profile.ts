// Where a full check's time goes: `node out/bench/profile.js [tasks] [runs]` times parsing and each rule on a
// generated plan (run with `node --cpu-prof` for a profile). Not part of the table; a tool for optimising.
import { performance } from 'node:perf_hooks';
import { allRules, lintPlan, lintText, parsePlan } from '../core/src';
import { generatePlan } from './generate';

const tasks = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);
const text = generatePlan(tasks);
const timings = new Map<string, number[]>();
const time = <T>(name: string, run: () => T): T => {
  const started = performance.now();
  const result = run();
  (timings.get(name) ?? timings.set(name, []).get(name)!).push(performance.now() - started);
  return result;
};
for (let i = 0; i < runs; i++) {
  // One character changes per run, as in the editor (caches keyed by text must not hide the cost).
  const edited = text.replace('(đợt 1)', `(đợt 1${'x'.repeat(i)})`);
  time('lintText (total)', () => lintText(edited, { lang: 'vi' }));
  const plan = time('parsePlan', () => parsePlan(edited + ' '));
  for (const rule of allRules) time(rule.meta.id, () => lintPlan(plan, { lang: 'vi', rules: [rule] }));
}
const rows = [...timings].map(([name, values]) => ({ name, median: [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)], first: values[0] }));
rows.sort((a, b) => b.median - a.median);
console.log(`${tasks} tasks, ${(text.length / 1024).toFixed(0)} K chars, ${runs} runs (rules timed one by one on one parsed plan; shared analyses count for the first rule that needs them)`);
for (const row of rows) console.log(`${row.median.toFixed(1).padStart(9)} ms  (first ${row.first.toFixed(1).padStart(8)})  ${row.name}`);
