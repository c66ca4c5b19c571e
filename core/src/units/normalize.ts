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

/** Words of a text, as written (normalised per word). */
export function rawTokens(text: string): UnitToken[] {
  const tokens: UnitToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ norm: normalizeWord(match[0]), start, end: start + match[0].length });
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

function computeUnitTokens(text: string): UnitToken[] {
  const raw = rawTokens(text);
  const merged: UnitToken[] = [];
  for (let i = 0; i < raw.length; ) {
    const hit = CONTRACTIONS.find(([words]) => words.every((word, k) => raw[i + k]?.norm === word));
    if (hit) {
      merged.push({ norm: hit[1], start: raw[i].start, end: raw[i + hit[0].length - 1].end });
      i += hit[0].length;
    } else {
      merged.push(raw[i]);
      i++;
    }
  }
  return merged.filter((token, i) => {
    if (token.norm === 'và') return false;
    if (token.norm === 'xã') return merged[i + 1]?.norm === 'hội';
    if (token.norm === 'của') return merged[i + 1]?.norm !== 'xã' && merged[i + 1] !== undefined;
    return true;
  });
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
