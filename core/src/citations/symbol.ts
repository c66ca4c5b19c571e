// Numbers and symbols of Vietnamese documents (Nghị định 30/2020/NĐ-CP, Phụ lục III), see shared/domain.md §2:
//   state, individual act   N/TYPE-ISSUER        76/NQ-CP, 1588/QĐ-TTg, 247/QĐ-UBND
//   state, normative act    N/YYYY/TYPE-ISSUER   30/2020/NĐ-CP  (Luật and Nghị quyết of the Quốc hội: 72/2025/QH15)
//   state công văn (letter) N/ISSUER-UNIT        4625/BNV-CCHC
//   party                   N-TYPE/ISSUER        57-NQ/TW, 01-CTr/TU

import { StringMemo } from '../util/memo';

/** Canonical forms already computed (a pure function of the string, asked for every citation on every check). */
const normalizedSymbols = new StringMemo<string>();

/** Canonical form of a number and symbol, for comparison: NFC, no spaces, one kind of hyphen, upper case. */
export function normalizeSymbol(symbol: string): string {
  return normalizedSymbols.get(symbol, (own) => parseSymbol(own)?.key ?? compactSymbol(own).toUpperCase());
}

/** The symbol as it should be written: no spaces or line breaks, ASCII hyphens, Đ rather than look-alikes. */
export function compactSymbol(symbol: string): string {
  return symbol
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00D0/g, '\u0110') // Icelandic eth looks like Đ
    .replace(/\u00F0/g, '\u0111');
}

/** Type word ↔ code (Nghị định 30/2020/NĐ-CP, Phụ lục III; NĐ, TT and L for normative acts). */
export const TYPE_CODES: Readonly<Record<string, string>> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QYĐ: 'Quy định',
  TC: 'Thông cáo',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTR: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  BB: 'Biên bản',
  TTR: 'Tờ trình',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  GM: 'Giấy mời',
  KL: 'Kết luận',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  L: 'Luật',
  TTLT: 'Thông tư liên tịch',
  NQLT: 'Nghị quyết liên tịch',
};

/** Codes as written (mixed case where the decree writes them so), for building symbols. */
const CODE_SPELLING: Readonly<Record<string, string>> = { QYĐ: 'QyĐ', CTR: 'CTr', TTR: 'TTr' };

/** The code of a type word ("Quyết định" → "QĐ"), or undefined for words without one (Công văn, Văn bản). */
export function codeOfTypeWord(word: string): string | undefined {
  // The table folded once (the first code of a name wins, as in the table's order).
  if (!codesByWord) {
    codesByWord = new Map();
    for (const [code, name] of Object.entries(TYPE_CODES)) if (!codesByWord.has(foldWord(name))) codesByWord.set(foldWord(name), CODE_SPELLING[code] ?? code);
  }
  return codesByWord.get(foldWord(word));
}

let codesByWord: Map<string, string> | undefined;

/** The type word of a code ("KH" → "Kế hoạch"). */
export function typeWordOfCode(code: string): string | undefined {
  const canonical = canonicalTypeCode(code);
  return canonical ? TYPE_CODES[canonical] : undefined;
}

/** Codes typed without the letter Đ ("QD-UBND") mean the same code. */
const ASCII_CODES: Readonly<Record<string, string>> = { QD: 'QĐ', ND: 'NĐ', CD: 'CĐ', QYD: 'QYĐ' };

/** The code in the decree's table for a token as written ("qd" → "QĐ"), or undefined when it is not a type code. */
export function canonicalTypeCode(token: string): string | undefined {
  const upper = token.toUpperCase();
  const code = ASCII_CODES[upper] ?? upper;
  return Object.prototype.hasOwnProperty.call(TYPE_CODES, code) ? code : undefined;
}

export function isTypeCode(token: string): boolean {
  return canonicalTypeCode(token) !== undefined;
}

function foldWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Issuer codes of party bodies: their documents use the party grammar N-TYPE/ISSUER. */
const PARTY_ISSUERS = /^(?:TW|TU|ĐU|ĐH|HU|QU|ĐUK|BCSĐ|BTGTW|BTCTW|BDVTW|UBKTTW|VPTW|BCĐ|ĐĐ|ĐUQSTW|ĐUCA)$/;

export type SymbolKind = 'state' | 'normative' | 'letter' | 'party';

export interface ParsedSymbol {
  /** The symbol as written (may contain spaces or line breaks). */
  raw: string;
  /** As it should be written (no spaces, ASCII hyphens). */
  compact: string;
  /** Lookup key (compact, upper case). */
  key: string;
  kind: SymbolKind;
  number: string;
  /** Year of a normative act (30/2020/NĐ-CP → 2020). */
  year?: string;
  /** Type code (QĐ, NQ, KH…); absent for a công văn and for a Luật or Nghị quyết of the Quốc hội. */
  typeCode?: string;
  /** Issuer code: CP, TTg, UBND, TW…; for a công văn the issuing body (BNV). */
  issuerCode: string;
  /** True when the written symbol has spaces, line breaks or non-ASCII hyphens inside. */
  untidy: boolean;
  /** The type code was typed without its Đ ("12/QD-UBND"): `compact` has it right. */
  asciiCode?: string;
  /** The symbol in the grammar its issuer requires, when it is written in the other one (57/NQ-TW → 57-NQ/TW). */
  grammarFix?: string;
}

/** Reads a number and symbol already matched by the citation parser; undefined when it does not fit any grammar. */
export function parseSymbol(raw: string): ParsedSymbol | undefined {
  const compact = compactSymbol(raw);
  const untidy = compact !== raw.normalize('NFC');
  const party = /^(\d+)-([^/-]+)\/(.+)$/u.exec(compact);
  if (party) {
    const [, number, typeCode, issuerCode] = party;
    const parsed: ParsedSymbol = { raw, compact, key: compact.toUpperCase(), kind: 'party', number, typeCode, issuerCode, untidy };
    const issuerHead = issuerCode.split('-')[0].toUpperCase();
    if (!PARTY_ISSUERS.test(issuerHead) && isStateIssuer(issuerHead)) parsed.grammarFix = `${number}/${spellCode(typeCode)}-${issuerCode}`;
    return withCanonicalCode(parsed);
  }
  const parts = compact.split('/');
  if (parts.length < 2 || parts.length > 3 || !/^\d+$/.test(parts[0])) return undefined;
  const number = parts[0];
  let year: string | undefined;
  if (parts.length === 3) {
    if (!/^\d{4}$/.test(parts[1])) return undefined;
    year = parts[1];
  }
  const tokens = parts[parts.length - 1].split('-');
  if (tokens.some((token) => token === '')) return undefined;
  const base = { raw, compact, key: compact.toUpperCase(), number, year, untidy };
  let parsed: ParsedSymbol;
  if (tokens.length >= 2 && isTypeCode(tokens[0])) {
    parsed = { ...base, kind: year ? 'normative' : 'state', typeCode: tokens[0], issuerCode: tokens.slice(1).join('-') };
  } else if (year) {
    parsed = { ...base, kind: 'normative', issuerCode: tokens.join('-') };
  } else {
    parsed = { ...base, kind: 'letter', issuerCode: tokens[0] };
  }
  if (parsed.typeCode && PARTY_ISSUERS.test(parsed.issuerCode.toUpperCase()) && !year) {
    parsed.grammarFix = `${number}-${spellCode(parsed.typeCode)}/${parsed.issuerCode}`;
  }
  return withCanonicalCode(parsed);
}

/** "12/QD-UBND" is written "12/QĐ-UBND": the code of the decree's table, so that both are one document. */
function withCanonicalCode(parsed: ParsedSymbol): ParsedSymbol {
  const code = parsed.typeCode;
  if (!code || !ASCII_CODES[code.toUpperCase()]) return parsed;
  const right = spellCode(code);
  const compact = parsed.kind === 'party' ? `${parsed.number}-${right}/${parsed.issuerCode}` : `${parsed.number}/${parsed.year ? `${parsed.year}/` : ''}${right}-${parsed.issuerCode}`;
  return { ...parsed, asciiCode: code, typeCode: right, compact, key: compact.toUpperCase() };
}

function isStateIssuer(code: string): boolean {
  return /^(?:CP|TTG|UBND|HĐND|QH\d*|UBTVQH\d*|VPCP|B[A-ZĐ]{1,8})$/.test(code);
}

/** Issuer codes whose documents are unique nationwide: the symbol alone identifies the document. */
export function isNationalIssuerCode(code: string): boolean {
  const head = code.split('-')[0].toUpperCase();
  return /^(?:CP|TTG|QH\d*|UBTVQH\d*|TW|VPCP|BTGTW|BTCTW|BDVTW|UBKTTW|VPTW|B[A-ZĐ]{1,8})$/.test(head) && head !== 'BCĐ';
}

/** Writes a code as the decree spells it (CTR → CTr). */
export function spellCode(code: string): string {
  const canonical = canonicalTypeCode(code) ?? code.toUpperCase();
  return CODE_SPELLING[canonical] ?? canonical;
}

/** The symbol with another type code ("709/KH-UBND" with QĐ → "709/QĐ-UBND"). */
export function withTypeCode(parsed: ParsedSymbol, code: string): string | undefined {
  if (!parsed.typeCode) return undefined;
  const spelt = spellCode(code);
  if (parsed.kind === 'party') return `${parsed.number}-${spelt}/${parsed.issuerCode}`;
  return `${parsed.number}/${parsed.year ? `${parsed.year}/` : ''}${spelt}-${parsed.issuerCode}`;
}
