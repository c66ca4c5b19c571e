// Fuzzing the core (issue 10): random YAML and mutations of the example plans. The core must never
// throw, no rule may fail, every finding must lie inside the document, and a 100 KB input must be
// checked within a second. CI runs FUZZ_RUNS (default 10,000) cases; `npm run fuzz` runs more.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { complete, hover, lintText, outline } from '../../core/src';
import { examplesDir } from '../support/paths';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.plan.yaml'))
  .map((name) => readFileSync(path.join(examplesDir, name), 'utf8'));

/** Everything the editor asks of the core for one text, at one position. */
function exercise(text: string, position: number): void {
  const result = lintText(text);
  assert.deepEqual(result.failures.map((f) => `${f.ruleId}: ${(f.error as Error)?.stack ?? f.error}`), []);
  for (const finding of result.findings) {
    assert.ok(finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= text.length, `${finding.ruleId} out of range`);
    for (const fix of finding.fixes ?? []) {
      for (const edit of fix.edits) {
        if (edit.file === undefined) assert.ok(edit.range.start >= 0 && edit.range.start <= edit.range.end && edit.range.end <= text.length, `${finding.ruleId} fix out of range`);
      }
    }
  }
  const offset = Math.min(position, text.length);
  complete(result.plan, offset, 'vi', result.registry);
  hover(result.plan, offset, 'en', result.registry);
  outline(result.plan, 'vi');
}

// Characters that matter to YAML, to Vietnamese text and to positions.
const ALPHABET = [
  ...'abcdefghikmnostuy_- :,[]{}#&*!|>\'"%@`?\\/.0123456789',
  '\n', '\n', '\n', '\r\n', '\t', '  ', '    ', '- ', ': ',
  'ắ', 'ệ', 'ở', 'đ', 'Đ', 'ư', 'ơ', 'e\u0301', 'a\u0323', // NFC and NFD Vietnamese
  '\u200b', '\u00a0', '\ufeff', '\u0000', '\u2028', '“', '”', '–', '😀',
  'loai:', 'nhiem_vu:', 'ten:', 'chu_tri:', 'thoi_gian:', 'can_cu:', 'so:', 'ngay:', 'noi_nhan:', 'nguoi_ky:',
  'Quyết định số 247/QĐ-UBND ngày 20/01/2026', 'Quý IV/2026', 'Phòng Văn hóa - Xã hội', '&a', '*a', '<<: *a', '---', '...',
];
const yamlish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 200 }).map((parts) => parts.join(''));

type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'huge'; at: number }
  | { kind: 'nfd' }
  | { kind: 'crlf'; mixed: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: yamlish }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 6 }) }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('nfd' as const) }),
  fc.record({ kind: fc.constant('crlf' as const), mixed: fc.boolean() }),
);

function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const line = 'at' in change ? change.at % lines.length : 0;
  switch (change.kind) {
    case 'delete-line':
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 'cut':
      return text.slice(0, change.at % (text.length + 1));
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'indent': {
      const changed = change.by >= 0 ? ' '.repeat(change.by) + lines[line] : lines[line].slice(-change.by);
      return [...lines.slice(0, line), changed, ...lines.slice(line + 1)].join('\n');
    }
    case 'huge': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + 'Tuyên truyền '.repeat(5_000) + text.slice(at);
    }
    case 'nfd':
      return text.normalize('NFD');
    case 'crlf':
      return change.mixed ? lines.map((l, i) => (i % 2 ? l + '\r' : l)).join('\n') : lines.join('\r\n');
  }
}

describe('fuzzing the core', () => {
  it(`random YAML-like text (${Math.round(RUNS * 0.4)} cases)`, () => {
    fc.assert(fc.property(yamlish, fc.nat(), (text, position) => exercise(text, position)), { numRuns: Math.round(RUNS * 0.4), seed: 42 });
  });

  it(`mutated example plans (${Math.round(RUNS * 0.6)} cases)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples.keys()), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat(), (index, changes, position) => {
        exercise(changes.reduce(mutate, examples[index]), position);
      }),
      { numRuns: Math.round(RUNS * 0.6), seed: 4242 },
    );
  });

  it('a mutated 100 KB plan is checked within a second', () => {
    const seed = examples.reduce((longest, text) => (text.length > longest.length ? text : longest));
    const body = seed.slice(seed.indexOf('\nnhiem_vu:') + 1);
    let big = seed;
    while (big.length < 100_000) big += body.replace(/^nhiem_vu:\n/, '');
    fc.assert(
      fc.property(fc.array(mutation.filter((m) => m.kind !== 'huge'), { minLength: 1, maxLength: 3 }), (changes) => {
        const text = changes.reduce(mutate, big);
        const started = performance.now();
        exercise(text, text.length >> 1);
        const elapsed = performance.now() - started;
        assert.ok(elapsed < 1000, `${Math.round(elapsed)} ms for ${text.length} characters`);
      }),
      { numRuns: 25, seed: 99 },
    );
  });
});
