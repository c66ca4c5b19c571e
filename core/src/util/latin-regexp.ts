// Unicode property classes (\p{L}, \p{Lu}…) make V8 compile a large pattern slowly: the citation pattern takes
// ~20 ms, and V8 drops the compiled code of a pattern left unused through two full garbage collections, so the
// first check of a large plan (whose parse alone collects several times) and later keystrokes compile it again.
// Restricted to the Latin blocks, the same classes compile about ten times faster; and on a text whose letters,
// marks and digits all lie in those blocks (any Vietnamese text) they match exactly the same characters.

/** Basic Latin to Latin Extended-B, the combining diacritics, Latin Extended Additional (Vietnamese). */
const LATIN_BLOCKS: readonly [number, number][] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
];

/** A letter, mark or digit outside the Latin blocks. */
const NON_LATIN_WORD_CHARACTER = /(?![\u0000-\u024F\u0300-\u036F\u1E00-\u1EFF])[\p{L}\p{M}\p{N}]/u;

/** True when every letter, mark and digit of `text` lies in the Latin blocks: a latinRegExp then matches as its original. */
export function isLatinText(text: string): boolean {
  return !NON_LATIN_WORD_CHARACTER.test(text);
}

const classes = new Map<string, string>();

/** The characters of the Latin blocks that have Unicode property `name` ("Lu"), as class ranges ("A-ZÀ-Ö…"). */
function latinClass(name: string): string {
  let ranges = classes.get(name);
  if (ranges !== undefined) return ranges;
  const property = new RegExp(`^\\p{${name}}$`, 'u');
  const hex = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const parts: string[] = [];
  let start = -1;
  let previous = -2;
  const close = () => {
    if (start >= 0) parts.push(start === previous ? hex(start) : `${hex(start)}-${hex(previous)}`);
  };
  for (const [first, last] of LATIN_BLOCKS) {
    for (let code = first; code <= last; code++) {
      if (!property.test(String.fromCharCode(code))) continue;
      if (code !== previous + 1) {
        close();
        start = code;
      }
      previous = code;
    }
  }
  close();
  ranges = parts.join('');
  classes.set(name, ranges);
  return ranges;
}

/**
 * `pattern` with each property class (\p{…}) restricted to the Latin blocks: for a text where isLatinText holds, it
 * finds exactly what `pattern` finds. Patterns with negated properties (\P{…}) or case-insensitive ones (whose case
 * folding reaches beyond the blocks) are not supported.
 */
export function latinRegExp(pattern: RegExp): RegExp {
  if (pattern.flags.includes('i') || !pattern.flags.includes('u')) throw new Error(`latinRegExp: a case-sensitive Unicode pattern is needed, not /${pattern.flags}`);
  const source = pattern.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const property = /^\\([pP])\{(\w+)\}/.exec(source.slice(i));
      if (property) {
        if (property[1] === 'P') throw new Error('latinRegExp: negated property classes are not supported');
        const ranges = latinClass(property[2]);
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return new RegExp(out, pattern.flags);
}
