// The Latin form of a pattern (core/src/util/latin-regexp.ts) must find exactly what the pattern finds on any text
// in Latin script: checked on the citation anchor over every line of the examples and seeds, a generated plan and
// random texts, and class by class over every character of the Latin blocks.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { CITATION_ANCHOR } from '../../core/src/citations/parse-citation';
import { isLatinText, latinRegExp } from '../../core/src/util/latin-regexp';
import { generatePlan } from '../../bench/generate';

const REPO = path.resolve(__dirname, '..', '..', '..');

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))].map(
    (m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`,
  );
}

function realLines(): string[] {
  const filesIn = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(dir, entry.name));
  const files = filesIn(path.join(REPO, 'examples'));
  const seeds = path.join(REPO, '..', 'shared', 'seeds');
  if (existsSync(seeds)) files.push(...filesIn(seeds));
  const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
  return [...lines, ...generatePlan(200).split('\n')];
}

test('the Latin citation anchor finds what the anchor finds on every real line', () => {
  const latin = latinRegExp(CITATION_ANCHOR);
  const lines = realLines().filter(isLatinText);
  assert.ok(lines.length > 1000, `${lines.length} lines`);
  let found = 0;
  for (const line of lines) {
    const expected = matches(CITATION_ANCHOR, line);
    found += expected.length;
    assert.deepEqual(matches(latin, line), expected, line);
  }
  assert.ok(found > 50, `${found} citations found`);
});

test('the Latin citation anchor finds what the anchor finds on random Latin texts', () => {
  const latin = latinRegExp(CITATION_ANCHOR);
  const pieces = ['Nghị quyết', 'Quyết định', 'số', ' ', ' ', '/', '-', '–', '.', ',', 'QĐ', 'UBND', 'NQ', 'CP', 'TW', 'Đảng', 'ủy', 'ơ', 'Ư', 'ạ', 'ẞ', 'e\u0301', '76', '2025', '9', 'x', 'Ký'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      assert.ok(isLatinText(text));
      assert.deepEqual(matches(latin, text), matches(CITATION_ANCHOR, text), text);
    }),
    { numRuns: 3000 },
  );
});

test('each property restricted to the Latin blocks holds for exactly the Latin characters that have it', () => {
  for (const name of ['L', 'M', 'Lu', 'Ll', 'N']) {
    const full = new RegExp(`^[\\p{${name}}]$`, 'u');
    const inClass = latinRegExp(new RegExp(`^[\\p{${name}}x]$`, 'u'));
    const alone = latinRegExp(new RegExp(`^\\p{${name}}$`, 'u'));
    for (const [first, last] of [[0x0000, 0x024f], [0x0300, 0x036f], [0x1e00, 0x1eff]]) {
      for (let code = first; code <= last; code++) {
        const ch = String.fromCharCode(code);
        assert.equal(alone.test(ch), full.test(ch), `\\p{${name}} U+${code.toString(16)}`);
        assert.equal(inClass.test(ch), full.test(ch) || ch === 'x', `[\\p{${name}}x] U+${code.toString(16)}`);
      }
    }
  }
});

test('texts with letters or digits of another script are not Latin (the original pattern is used for them)', () => {
  assert.equal(isLatinText('Quyết định số 12/QĐ-UBND ngày 5/1/2026 — “Đề án 06”, 50 % …'), true);
  assert.equal(isLatinText('Quyết định số 12/QĐ-UBNDΩ'), false);
  assert.equal(isLatinText('số 12/QĐ-中文'), false);
  assert.equal(isLatinText('số ٣/QĐ'), false);
});

test('patterns the Latin form cannot mirror are refused', () => {
  assert.throws(() => latinRegExp(/\p{L}/iu), /case-sensitive/);
  assert.throws(() => latinRegExp(new RegExp('\\p{L}')), /Unicode/);
  assert.throws(() => latinRegExp(/\P{L}/u), /negated/);
});
