// Comparing a cited title with the registry's: citations paraphrase, abbreviate and re-case titles
// ("CCHC", "về việc", "2021-2030"), so only a material difference counts: a year the document does not
// have (1588/QĐ-TTg "đến năm 2026" for "đến năm 2025"), or words that mostly do not match either way.

import { foldName } from './issuer';

const ABBREVIATIONS: [RegExp, string][] = [
  [/\(\s*cchc\s*\)/gu, ' '],
  [/(?<![\p{L}])cchc(?![\p{L}])/gu, 'cải cách hành chính'],
  [/(?<![\p{L}])tthc(?![\p{L}])/gu, 'thủ tục hành chính'],
  [/(?<![\p{L}])ubnd(?![\p{L}])/gu, 'ủy ban nhân dân'],
  [/(?<![\p{L}])hđnd(?![\p{L}])/gu, 'hội đồng nhân dân'],
  [/(?<![\p{L}])tp(?![\p{L}])\.?/gu, 'thành phố'],
  [/(?<![\p{L}])v\/v(?![\p{L}])/gu, 'về việc'],
];

const STOP_WORDS = new Set(['về', 'việc', 'và', 'của', 'các', 'những', 'ban', 'hành', 'phê', 'duyệt', 'đề', 'án', 'trên', 'tại', 'cho', 'với']);

/** The words of a title, folded, abbreviations spelt out, numbers without leading zeros. */
export function titleWords(text: string): string[] {
  let folded = foldName(text).replace(/[“”"'‘’«»]/gu, ' ');
  for (const [pattern, replacement] of ABBREVIATIONS) folded = folded.replace(pattern, replacement);
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? String(Number(word)) : word));
}

const isYear = (word: string) => /^(?:19|20)\d\d$/.test(word);

/** True when a cited title materially differs from the known one. */
export function titlesDiffer(cited: string, known: string): boolean {
  const a = titleWords(cited);
  const b = titleWords(known);
  const knownYears = new Set(b.filter(isYear));
  if (a.filter(isYear).some((year) => !knownYears.has(year))) return true;
  const contentA = a.filter((word) => !STOP_WORDS.has(word) && !/^\d+$/.test(word));
  const contentB = b.filter((word) => !STOP_WORDS.has(word) && !/^\d+$/.test(word));
  if (contentA.length < 3 || contentB.length < 3) return false;
  const setA = new Set(contentA);
  const setB = new Set(contentB);
  const aInB = contentA.filter((word) => setB.has(word)).length / contentA.length;
  const bInA = contentB.filter((word) => setA.has(word)).length / contentB.length;
  return aInB < 0.5 && bInA < 0.5;
}

/** The text in quotes in a title ('phê duyệt Đề án “X”' → "X"), if any. */
export function quotedPart(title: string): string | undefined {
  return /[“"]([^”"]+)[”"]/u.exec(title)?.[1];
}
