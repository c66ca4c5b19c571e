// Normalising unit names for comparison (domain.md §3): NFC, case, old/new tone placement
// ("hoá"/"hóa"), dashes and commas, "và", trailing "xã", and common abbreviations
// ("Hội đồng nhân dân" = "HĐND", "Phục vụ hành chính công" = "PVHCC", "Văn hóa - Xã hội" = "VHXH").
// Tokens keep their source indices, so a match can be located exactly in the text.

import { StringMemo } from '../util/memo';

export interface UnitToken {
  /** Normalised form. */
  norm: string;
  /** Indices in the source string: [start, end). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// Old-style tone placement at the end of a syllable → the placement used in legal texts.
const TONE: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

export function normalizeWord(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  const tail = lower.slice(-2);
  return TONE[tail] ? lower.slice(0, -2) + TONE[tail] : lower;
}

/** Word sequences written in full or abbreviated; both become the abbreviation. */
const CONTRACTIONS: [string[], string][] = [
  [['hội', 'đồng', 'nhân', 'dân'], 'hđnd'],
  [['hdnd'], 'hđnd'],
  [['ủy', 'ban', 'nhân', 'dân'], 'ubnd'],
  [['phục', 'vụ', 'hành', 'chính', 'công'], 'pvhcc'],
  [['văn', 'hóa', 'xã', 'hội'], 'vhxh'],
  [['vh', 'xh'], 'vhxh'],
  [['thông', 'tin', 'điện', 'tử'], 'ttđt'],
  [['ttdt'], 'ttđt'],
  [['mặt', 'trận', 'tổ', 'quốc'], 'mttq'],
];

/** The contractions by their first word. */
const CONTRACTIONS_BY_FIRST = new Map<string, [string[], string][]>();
for (const contraction of CONTRACTIONS) {
  const first = contraction[0][0];
  CONTRACTIONS_BY_FIRST.set(first, [...(CONTRACTIONS_BY_FIRST.get(first) ?? []), contraction]);
}

/** Words of a text, as written (normalised per word). */
export function rawTokens(text: string): UnitToken[] {
  const tokens: UnitToken[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    tokens.push({ norm: normalizeWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/**
 * Tokens for comparing unit names: contractions applied; "và", and "xã" (except in "xã hội") dropped,
 * with "của" before such a "xã".
 */
export function unitTokens(text: string): UnitToken[] {
  return tokensMemo.get(text, computeUnitTokens);
}

/** Tokens are kept across checks (shared: callers never change them). */
const tokensMemo = new StringMemo<UnitToken[]>();

/** The contraction whose words start at raw[i], if any. */
function contractionAt(raw: readonly UnitToken[], i: number): [string[], string] | undefined {
  const candidates = CONTRACTIONS_BY_FIRST.get(raw[i].norm);
  if (!candidates) return undefined;
  for (let c = 0; c < candidates.length; c++) {
    const words = candidates[c][0];
    let k = 1;
    while (k < words.length && i + k < raw.length && raw[i + k].norm === words[k]) k++;
    if (k === words.length) return candidates[c];
  }
  return undefined;
}

// Index loops, no callbacks: this runs for every word of every distinct text of a plan (the first check of a large
// plan tokenises thousands of texts, and a closure or an iterator per word was most of what that allocated).
function computeUnitTokens(text: string): UnitToken[] {
  const raw = rawTokens(text);
  const merged: UnitToken[] = [];
  for (let i = 0; i < raw.length; ) {
    const hit = contractionAt(raw, i);
    if (hit) {
      merged.push({ norm: hit[1], start: raw[i].start, end: raw[i + hit[0].length - 1].end });
      i += hit[0].length;
    } else {
      merged.push(raw[i]);
      i++;
    }
  }
  const tokens: UnitToken[] = [];
  for (let i = 0; i < merged.length; i++) {
    const norm = merged[i].norm;
    const next = i + 1 < merged.length ? merged[i + 1].norm : undefined;
    if (norm === 'và') continue;
    if (norm === 'xã' && next !== 'hội') continue;
    if (norm === 'của' && (next === 'xã' || next === undefined)) continue;
    tokens.push(merged[i]);
  }
  return tokens;
}

/** The identity of a unit name: equal keys name the same unit. */
export function unitKey(text: string): string {
  return unitTokens(text)
    .map((token) => token.norm)
    .join(' ');
}

/** The spelling as written, tidied only of white space and a final full stop: what "spelt differently" compares. */
export function surfaceOf(text: string): string {
  return surfacesMemo.get(text, (raw) => raw.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[\s.;,:]+$/, ''));
}

const surfacesMemo = new StringMemo<string>();

/** True when the character at `index` starts with an upper-case letter (a proper name, not a common noun). */
export function startsUpper(text: string, index: number): boolean {
  const ch = text[index] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
