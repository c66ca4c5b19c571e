// Incremental re-parse (core/src/parse/incremental.ts) must give exactly what a full parse gives: after random
// edit sequences on real and generated plans, the spliced plan's nodes (kind, ranges, values), data, model and
// every finding with its fixes equal those of a full parse and check of the same text.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { LineIndex, lintPlan, lintText, parsePlan, type ParsedPlan } from '../../core/src';
import { reparsePlan } from '../../core/src/parse/incremental';
import { planUnits } from '../../core/src/units/analysis';
import { analyzeCitations } from '../../core/src/citations/analyze';
import { registryForPlan } from '../../core/src/registry/registry';
import { taskTimes } from '../../core/src/time/task-time';
import { StringMemo } from '../../core/src/util/memo';
import { generatePlan } from '../../bench/generate';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

/** Everything a rule may read from a parsed plan, as comparable text (comments excepted: nothing reads them). */
function fingerprint(plan: ParsedPlan): string[] {
  const out: string[] = [];
  const walk = (node: unknown, where: string): void => {
    if (node === null || node === undefined) {
      out.push(`${where} empty`);
    } else if (isPair(node)) {
      walk(node.key, `${where}.key`);
      walk(node.value, `${where}.value`);
    } else if (isScalar(node)) {
      out.push(`${where} scalar ${JSON.stringify(node.range)} ${node.type} ${JSON.stringify(node.value)} ${JSON.stringify((node as { source?: string }).source)}`);
    } else if (isMap(node) || isSeq(node)) {
      out.push(`${where} ${isMap(node) ? 'map' : 'seq'} ${JSON.stringify(node.range)} flow=${!!node.flow} n=${node.items.length}`);
      node.items.forEach((item, i) => walk(item, `${where}[${i}]`));
    } else {
      out.push(`${where} other ${String(node)}`);
    }
  };
  walk(plan.doc.contents, 'doc');
  out.push(`doc.range ${JSON.stringify(plan.doc.range)} errors=${plan.yamlErrors.length} warnings=${plan.doc.warnings.length} problems=${plan.dataProblems.length}`);
  out.push(`data ${JSON.stringify(plan.data)}`);
  out.push(`lines ${plan.lines.lineCount} ${plan.text.length}`);
  for (let line = 0; line < plan.lines.lineCount; line++) out.push(`line ${line} ${plan.lines.lineStart(line)} ${plan.lines.lineEnd(line)}`);
  for (const field of plan.model.texts) {
    const offsets = [0, 1, Math.floor(field.value.length / 2), field.value.length - 1, field.value.length].map((i) => field.offsetOf(i));
    out.push(`text ${JSON.stringify(field.path)} ${JSON.stringify(field.range)} ${JSON.stringify(field.value)} ${offsets}`);
  }
  for (const task of plan.model.tasks) out.push(`task ${task.number} ${JSON.stringify(task.path)} ${JSON.stringify(task.range)} ${task.name?.value}`);
  for (const block of plan.model.unitBlocks) out.push(`block ${JSON.stringify(block.path)} ${block.name?.value}`);
  for (const basis of plan.model.legalBases) out.push(`basis ${JSON.stringify(basis.path)}`);
  for (const mention of plan.model.unitMentions) out.push(`mention ${mention.role} ${JSON.stringify(mention.field.path)}`);
  return out;
}

function assertSamePlan(spliced: ParsedPlan, full: ParsedPlan, context: string): void {
  const a = fingerprint(spliced);
  const b = fingerprint(full);
  const at = a.findIndex((line, i) => line !== b[i]);
  if (at !== -1 || a.length !== b.length) {
    assert.fail(`${context}\nfirst difference at ${at}:\n  incremental: ${a[at]}\n  full:        ${b[at]}`);
  }
}

const TYPED = ['a', 'ă', 'ệ', 'Đ', 'x', ' ', ' ', '1', ',', '.'];
const STRUCTURAL = [':', ': ', '-', '- ', '#', ' #', '\n', '\n  ', '\n  - ', '\n    ', '"', "'", '[', ']', '{', '}', '&', '*', '|', '>', '!', '\t', '?', '%', '---', 'ten: x\n'];

interface Edit {
  /** A line (as a fraction of the line count) and a column in it (a fraction of its length). */
  line: number;
  column: number;
  deleteCount: number;
  insert: string;
  /** Undo the previous edit instead (lets broken documents recover). */
  undo: boolean;
}

function editPosition(text: string, edit: Edit): number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const line = Math.floor(edit.line * starts.length);
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  return starts[line] + Math.floor(edit.column * (end - starts[line] + 1));
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  line: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  column: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  deleteCount: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }) }),
  insert: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...TYPED) },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: fc.constantFrom(...STRUCTURAL) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  ),
  undo: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
});

/** Small generated plans in several layouts: 2- and 4-space indents, CRLF, compact lists, comments between rows. */
function bases(): { name: string; text: string }[] {
  const generated = generatePlan(12, 7);
  const list = [
    { name: 'generated', text: generated },
    { name: 'generated-4', text: generated.replace(/^( +)/gm, (spaces) => spaces + spaces) },
    { name: 'generated-crlf', text: generated.replace(/\n/g, '\r\n') },
    { name: 'generated-compact', text: generated.replace(/^  - /gm, '- ').replace(/^    /gm, '  ').replace(/^      /gm, '    ') },
    {
      name: 'generated-comments',
      text: generated.replace(/\n  - ten: Tuyên truyền về (.*?) \(đợt (3|6)\)/g, '\n  # kehoach-disable-next-line task/missing-partner\n  - ten: Tuyên truyền về $1 (đợt $2)').replace(/\nphu_luc:/, '\n# Phụ lục\n\nphu_luc:') + '# cuối tệp\n',
    },
  ];
  for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.plan.yaml'))) list.push({ name: file, text: readFileSync(path.join(EXAMPLES, file), 'utf8') });
  return list;
}

test('incremental parse: random edit sequences give the plan and the findings of a full parse', () => {
  const cases = bases();
  let spliced = 0;
  let steps = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), (which, edits) => {
      const base = cases[which];
      let text = base.text;
      let plan = parsePlan(text);
      const history: Edit[] = [];
      const texts: string[] = [];
      for (const edit of edits) {
        history.push(edit);
        texts.push(text);
        if (edit.undo && texts.length > 1) {
          text = texts[texts.length - 2];
        } else {
          const position = editPosition(text, edit);
          text = text.slice(0, position) + edit.insert + text.slice(Math.min(text.length, position + edit.deleteCount));
        }
        const full = parsePlan(text);
        const clean = plan.yamlErrors.length === 0 && full.yamlErrors.length === 0;
        const next = reparsePlan(plan, text);
        if (clean) steps++;
        if (next) {
          if (clean) spliced++;
          const context = `${base.name} after ${JSON.stringify(history)}`;
          assertSamePlan(next, full, context);
          const incremental = lintPlan(next, { lang: 'vi' }).findings;
          const fresh = parsePlan(text);
          const reference = lintPlan(fresh, { lang: 'vi' }).findings;
          assert.deepEqual(incremental, reference, context);
          assert.deepEqual(analyses(next), analyses(fresh), context);
          plan = next;
        } else {
          plan = full;
        }
      }
    }),
    { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 300), seed: process.env.INCREMENTAL_SEED ? Number(process.env.INCREMENTAL_SEED) : undefined, includeErrorInReport: true },
  );
  // The splice path must really be exercised, not only the fallback (counted between error-free versions).
  assert.ok(spliced > steps * 0.5, `only ${spliced} of ${steps} edits between error-free versions were spliced`);
});

test('incremental parse: typing into an appendix row, a unit cell and a paragraph of a large plan', () => {
  let text = generatePlan(300, 3);
  let previous = lintText(text, { lang: 'vi' });
  const sites = ['    chu_tri: ', '  - ten: ', 'kinh_phi: ', '      - Triển khai', '    thoi_gian: '];
  for (let i = 0; i < 60; i++) {
    const needle = sites[i % sites.length];
    let at = text.indexOf(needle, Math.floor((text.length * ((i * 37) % 100)) / 100));
    if (at === -1) at = text.indexOf(needle);
    const lineEnd = text.indexOf('\n', at);
    // Type a character, or delete the last one typed.
    text = i % 4 === 3 ? text.slice(0, lineEnd - 1) + text.slice(lineEnd) : text.slice(0, lineEnd) + 'xyz:é "#'[i % 8] + text.slice(lineEnd);
    const spliced = reparsePlan(previous.plan, text);
    const full = lintText(text, { lang: 'vi' });
    if (spliced) {
      assertSamePlan(spliced, full.plan, `edit ${i}`);
      assert.deepEqual(lintPlan(spliced, { lang: 'vi' }).findings, full.findings, `edit ${i}`);
      previous = { ...full, plan: spliced };
    } else {
      previous = full;
    }
  }
});

test('incremental parse: through lintText({ previous }) the result equals a full check, and the old plan is not spliced twice', () => {
  const text = generatePlan(20, 5);
  const first = lintText(text, { lang: 'vi' });
  const edited = text.replace('(đợt 7)', '(đợt 7a)');
  const second = lintText(edited, { lang: 'vi', previous: first.plan });
  assert.deepEqual(second.findings, lintText(edited, { lang: 'vi' }).findings);
  assert.equal(second.plan.doc, first.plan.doc, 'the document was re-used');
  // The consumed plan is never spliced into again: a later edit against it parses fully.
  assert.equal(reparsePlan(first.plan, edited.replace('(đợt 8)', '(đợt 8b)')), undefined);
});

test('LineIndex.afterEdit equals a fresh index after any edit, with LF, CRLF and lone CR breaks', () => {
  const chars = fc.constantFrom('a', 'b', '\n', '\r', '\r\n', ' ');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(), fc.nat(), fc.array(chars, { maxLength: 6 }), (parts, at, length, inserted) => {
      const text = parts.join('');
      const start = at % (text.length + 1);
      const oldEnd = Math.min(text.length, start + (length % 5));
      const insert = inserted.join('');
      const next = text.slice(0, start) + insert + text.slice(oldEnd);
      const spliced = LineIndex.afterEdit(new LineIndex(text), next, start, oldEnd, start + insert.length);
      const fresh = new LineIndex(next);
      assert.equal(spliced.lineCount, fresh.lineCount, JSON.stringify({ text, start, oldEnd, insert }));
      for (let line = 0; line < fresh.lineCount; line++) assert.equal(spliced.lineStart(line), fresh.lineStart(line), JSON.stringify({ text, start, oldEnd, insert, line }));
    }),
    { numRuns: 3000 },
  );
});

/** The parts of the plan-wide analyses that the caches keep, as comparable text. */
function analyses(plan: ParsedPlan): string[] {
  const out: string[] = [];
  const units = planUnits(plan);
  for (const ref of units.refs) out.push(`unit ${ref.source} ${ref.identity} ${ref.start}-${ref.end} ${JSON.stringify(ref.field.path)} ${ref.task?.number ?? ''} ${ref.district}`);
  for (const cell of units.cells) out.push(`cell ${cell.role} ${JSON.stringify(cell.field.path)} ${cell.vague} ${cell.refs.length} ${cell.unknown.map((u) => u.text).join('|')}`);
  for (const time of taskTimes(plan)) out.push(`time ${time.task.number} ${time.parse?.ok} ${JSON.stringify(time.interval)}`);
  const citations = analyzeCitations(plan, registryForPlan(plan));
  for (const c of citations.citations) out.push(`citation ${c.index} ${c.key} ${c.crossKey} ${c.range.start}-${c.range.end} ${JSON.stringify(c.field.path)} ${c.field.offsetOf(0)}`);
  for (const m of citations.aliasMentions) out.push(`alias ${m.alias} ${m.key} ${m.range.start}-${m.range.end} ${JSON.stringify(m.field.path)}`);
  for (const [key, first] of citations.first) out.push(`first ${key} ${first.range.start}`);
  return out;
}

test('cached analyses follow edits that change what they depend on (local unit names, the period, the commune)', () => {
  const base = [
    'loai: ke-hoach',
    'co_quan: Ủy ban nhân dân xã Tiên Lãng',
    'so: 12/KH-UBND',
    'dia_danh: Tiên Lãng',
    'ngay: 2026-01-20',
    'trich_yeu: Tuyên truyền cải cách hành chính năm 2026',
    'ky: năm 2026',
    'noi_dung:',
    '  - Tổ Xung kích phối hợp với Phòng Văn hóa - Xã hội trên địa bàn phường',
    '  - Đội Thanh niên tình nguyện tham gia',
    'nhiem_vu:',
    '  - ten: Tuyên truyền lưu động',
    '    chu_tri: Tổ Xung kích',
    '    thoi_gian: Quý IV',
    '  - ten: Hướng dẫn dịch vụ công',
    '    chu_tri: Phòng Văn hóa - Xã hội',
    '    thoi_gian: Tháng 12/2026',
    '  - ten: Phổ biến kế hoạch',
    '    chi_tiet:',
    '      - Triển khai Kế hoạch số 99/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân xã Tiên Lãng',
    '    chu_tri: Phòng Văn hóa - Xã hội',
    '    thoi_gian: Quý I',
    '',
  ].join('\n');
  const edits: [string, string][] = [
    ['    chu_tri: Tổ Xung kích', '    chu_tri: Đội Thanh niên tình nguyện'], // a local name changes: the texts' refs follow
    ['ky: năm 2026', 'ky: năm 2027'], // the period changes: the tasks' times follow
    ['co_quan: Ủy ban nhân dân xã Tiên Lãng', 'co_quan: Ủy ban nhân dân phường Tiên Lãng'], // the commune changes
    ['    chu_tri: Đội Thanh niên tình nguyện', '    chu_tri: Tổ Xung kích'],
    ['  - ten: Phổ biến kế hoạch', '  - ten: Phổ biến rộng rãi kế hoạch'], // the row is parsed again: its citation moves with it
  ];
  let text = base;
  let result = lintText(text, { lang: 'vi' });
  for (const [from, to] of edits) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
    const spliced = lintText(text, { lang: 'vi', previous: result.plan });
    const full = lintText(text, { lang: 'vi' });
    assert.equal(spliced.plan.doc, result.plan.doc, `spliced: ${to}`);
    assert.deepEqual(analyses(spliced.plan), analyses(full.plan), to);
    assert.deepEqual(spliced.findings, full.findings, to);
    result = spliced;
  }
});

test('StringMemo: keeps results, forgets the oldest generation, and does not keep very long texts', () => {
  let computed = 0;
  const memo = new StringMemo<string>(4);
  const upper = (text: string) => {
    computed++;
    return text.toUpperCase();
  };
  assert.equal(memo.get('abc', upper), 'ABC');
  assert.equal(memo.get('abc', upper), 'ABC');
  assert.equal(computed, 1);
  for (const key of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']) memo.get(key, upper);
  computed = 0;
  memo.get('abc', upper); // two generations later: computed again
  assert.equal(computed, 1);
  const long = 'x'.repeat(30_000);
  memo.get(long, upper);
  memo.get(long, upper);
  assert.equal(computed, 3);
});

test('kept findings: re-used for unchanged tasks, shifted with them, and dropped when what they depend on changes', () => {
  const rows = (partner: string) => [
    '  - ten: Tuyên truyền lưu động',
    '    chu_tri: Phòng Văn hóa - Xã hội',
    `    ${partner}`,
    '    thoi_gian: Quý IV',
    '  - ten: Hướng dẫn dịch vụ công',
    '    chu_tri: ""',
    '    thoi_gian: Tháng 12/2027',
    '  - ten: Khảo sát sự hài lòng',
    '    thoi_gian: Tháng 13/2026',
  ];
  const header = ['loai: ke-hoach', 'co_quan: Ủy ban nhân dân xã Tiên Lãng', 'so: 12/KH-UBND', 'dia_danh: Tiên Lãng', 'ngay: 2026-01-20', 'trich_yeu: Tuyên truyền cải cách hành chính năm 2026', 'ky: năm 2026'];
  const build = (partner: string, columns: string) => [...header, ...columns.split('\n').filter(Boolean), 'nhiem_vu:', ...rows(partner), ''].join('\n');
  const steps: [string, string][] = [
    ['    ten: Tuyên truyền lưu động', '    ten: Tuyên truyền lưu động trên loa'], // typed into the first task: the others move
    ['ky: năm 2026', 'ky: năm 2027'], // the period: outside-period and the time of each task change
    ['ky: năm 2027', 'ky: năm 2026'],
    ['cot: [stt, ten, chu_tri, thoi_gian]', 'cot: [stt, ten, chu_tri, phoi_hop, thoi_gian]'], // a partner column is declared
  ];
  let text = build('phoi_hop: Công an xã', 'phu_luc:\n  cot: [stt, ten, chu_tri, thoi_gian]');
  let result = lintText(text, { lang: 'vi' });
  const ruleIds = new Set<string>();
  for (const [from, to] of steps) {
    const target = from.startsWith('    ten') ? from.trimStart() : from;
    assert.ok(text.includes(target), target);
    text = text.replace(target, from.startsWith('    ten') ? to.trimStart() : to);
    const spliced = lintText(text, { lang: 'vi', previous: result.plan });
    const full = lintText(text, { lang: 'vi' });
    assert.deepEqual(spliced.findings, full.findings, to);
    for (const finding of full.findings) ruleIds.add(finding.ruleId);
    result = spliced;
  }
  // The plan gives the kept rules something to find, so the comparison means something.
  for (const id of ['task/missing-lead', 'task/outside-period', 'task/unreadable-time', 'task/missing-partner']) assert.ok(ruleIds.has(id), id);
});

test('keepFindings: false (the CLI) gives the findings of a check that keeps them', () => {
  const text = generatePlan(40, 3);
  const kept = lintText(text, { lang: 'vi' });
  const again = lintText(text.replace('(đợt 7)', '(đợt 7a)'), { lang: 'vi', previous: kept.plan });
  const unkept = lintText(text.replace('(đợt 7)', '(đợt 7a)'), { lang: 'vi', keepFindings: false });
  assert.ok(again.findings.length > 0);
  assert.deepEqual(unkept.findings, again.findings);
});
