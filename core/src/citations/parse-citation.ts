// Reads citations of Vietnamese legal documents in a piece of text (shared/domain.md §2):
//   "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành …"        type word, symbol, date, issuer, title
//   "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"           a Luật cited by name
//   "các Quyết định của Ủy ban nhân dân thành phố: số 3470/QĐ-UBND …; số 5256/QĐ-UBND …"   type and issuer stated once
//   "Đề án “…” được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg …"        title and issuer before
// Tolerates real-world noise inside symbols ("780 /QĐ-UBND", "19- NQ/TW", a line break) and does not read
// quality standards (TCVN ISO 9001:2015) or plain numbers as citations. Indices are into the given string;
// callers map them to document offsets (TextField.offsetOf).

import { isLatinText, latinRegExp } from '../util/latin-regexp';
import { analyzeIssuer } from './issuer';
import type { DateForm } from './dates';
import { parseSymbol, type ParsedSymbol } from './symbol';

export interface CitationPart {
  text: string;
  start: number;
  end: number;
  /** Stated once for several citations ("các Quyết định của …: số …; số …"): outside this citation's own range. */
  shared?: boolean;
}

export interface SymbolPart extends CitationPart {
  parsed: ParsedSymbol;
}

export interface CitationDate extends CitationPart {
  year: number;
  /** Absent for a year-only date ("năm 2025"). */
  month?: number;
  day?: number;
  form: DateForm;
  /** Leading zeros as written ("02/9/2021": day padded, month not). */
  padDay: boolean;
  padMonth: boolean;
}

export type CitationKind = 'number' | 'name';

export interface Citation {
  /** `number`: cited by number and symbol. `name`: a Luật cited by its name. */
  kind: CitationKind;
  /** Range of the citation's own parts (shared parts excluded). */
  start: number;
  end: number;
  typeWord?: CitationPart;
  symbol?: SymbolPart;
  /** The name of a Luật ("Tổ chức chính quyền địa phương"). */
  name?: CitationPart;
  date?: CitationDate;
  issuer?: CitationPart;
  title?: CitationPart;
}

/** A citation by number with its type word: the common case. */
export type NumberedCitation = Citation & { typeWord: CitationPart; symbol: SymbolPart };

export const TYPE_WORDS = [
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Nghị định',
  'Thông tư',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Kế hoạch',
  'Công văn',
  'Công điện',
  'Kết luận',
  'Hướng dẫn',
  'Chương trình',
  'Thông báo',
  'Thông cáo',
  'Quy định',
  'Quy chế',
  'Đề án',
  'Dự án',
  'Phương án',
  'Báo cáo',
  'Biên bản',
  'Tờ trình',
  'Hợp đồng',
  'Giấy mời',
  'Văn bản',
] as const;

const L = '\\p{L}\\p{M}';
const DASH = '\\-\\u2010-\\u2015\\u2212';
const typeAlternatives = [...TYPE_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((word) => `[${word[0]}${word[0].toLowerCase()}]${word.slice(1).replace(/ /g, '\\s+')}`)
  .join('|');
const TYPE = `(?:${typeAlternatives})`;
// A code token that looks like a code even after a space: QĐ, UBND, CP, TTg, CTr, QyĐ, QH15.
const STRONG = `(?:\\p{Lu}[\\p{Lu}\\d][${L}\\d]*|\\p{Lu}\\p{Ll}\\p{Lu}[${L}\\d]*)`;
// After a separator with no space, any letters or digits belong to the symbol ("QĐ-UBND", "nq-cp").
const TOKEN = `(?:${STRONG}|(?<=[\\/${DASH}])[${L}\\d]+)`;
const TOKEN_LETTER = `(?:${STRONG}|(?<=\\/)\\p{L}[${L}\\d]*)`;
const SEP = `(?:\\s*[${DASH}]\\s*)`;
const SLASH = '(?:\\s*\\/\\s*)';
const TOLERANT_SYMBOL =
  `(?:\\d+${SEP}${TOKEN}${SLASH}${TOKEN_LETTER}(?:${SEP}${TOKEN})*` + // party: 57-NQ/TW, 19- NQ/TW
  `|\\d+(?:${SLASH}\\d{4}(?=${SLASH}))?${SLASH}${TOKEN_LETTER}(?:${SEP}${TOKEN})*)`; // state, normative, công văn
const CODE = `\\p{Lu}[${L}\\d]*`;
const STRICT_SYMBOL = `(?:\\d+-${CODE}\\/${CODE}(?:-[${L}\\d]+)*|\\d+(?:\\/\\d{4})?\\/${CODE}(?:-[${L}\\d]+)*)`;
const AFTER_SYMBOL = `(?![${L}\\d]|\\/[${L}\\d])`;

const SLASH_LETTER = /\/\s*\p{L}/u;

const ANCHOR = new RegExp(
  `(?<![${L}\\d])(?<type>${TYPE})\\s+(?:số\\s*:?\\s*)?(?<symA>${TOLERANT_SYMBOL})${AFTER_SYMBOL}` +
    `|(?<![${L}\\d])số\\s+(?<symB>${TOLERANT_SYMBOL})${AFTER_SYMBOL}` +
    `|(?<![${L}\\d\\/.${DASH}])(?<symC>${STRICT_SYMBOL})${AFTER_SYMBOL}`,
  'gu',
);
/** The anchor pattern (exported for the test that its Latin form finds the same). */
export const CITATION_ANCHOR = ANCHOR;
/** ANCHOR for texts in Latin script (util/latin-regexp.ts), made on first use. */
let latinAnchor: RegExp | undefined;

const LAW_NAME = new RegExp(
  `(?<![${L}\\d])(?<type>Bộ luật|Luật)\\s+(?<name>\\p{Lu}[${L}\\d]*(?:\\s+[${L}\\d]+)*?)` +
    `(?=\\s+(?:ngày|năm|số|được|đã|của|về|và|quy định|ban hành|sửa đổi|có hiệu lực|theo|tại|để|nhằm|trong|với)(?![${L}])|\\s*[;,.():“”"]|\\s*$)`,
  'gu',
);

const DATE_AFTER = new RegExp(
  `^[\\s,]*(?:(?:ban hành|ký)\\s+)?ngày\\s+(?<date>(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})\\s+năm\\s+(?<y2>\\d{4})|(?<d1>\\d{1,2})\\s*[\\/.${DASH}]\\s*(?<m1>\\d{1,2})\\s*[\\/.${DASH}]\\s*(?<y1>\\d{4}))(?!\\d)`,
  'u',
);
const YEAR_AFTER = /^\s+năm\s+(?<year>\d{4})(?!\d)/u;
const ISSUER_AFTER = /^[\s,]*của\s+/u;

const TITLE_WORDS =
  '(?:về việc|về|v\\/v|ban hành|phê duyệt|quy định|hướng dẫn|sửa đổi|triển khai|thực hiện|tiếp tục|đẩy mạnh|bãi bỏ|thành lập|kiện toàn|công bố|tăng cường|chấn chỉnh|điều chỉnh|phân bổ|sắp xếp)';
const TITLE_START = new RegExp(`^${TITLE_WORDS}(?![${L}])`, 'iu');
const TITLE_INSIDE_ISSUER = new RegExp(`\\s(?=${TITLE_WORDS}(?![${L}]))`, 'iu');
const TYPE_AHEAD = new RegExp(`^(?:${TYPE}|các|những|số|Luật)(?![${L}])`, 'u');

// "Đề án “…” được Thủ tướng Chính phủ phê duyệt tại " right before a citation.
const BEFORE = new RegExp(
  `(?:[“"](?<title>[^“”"]{3,}?)[”"]\\s+)?(?:được|do)\\s+(?:(?<issuer>\\p{Lu}[^,;.“”"]{1,80}?)\\s+)?(?:phê duyệt|ban hành|ký ban hành|thông qua|quyết định)\\s+(?:tại|theo|bằng)\\s*$`,
  'u',
);
// "các Quyết định của Ủy ban nhân dân thành phố: " right before "số …".
const PLURAL_HEAD = new RegExp(
  `(?<![${L}])(?:các|những)\\s+(?<type>${TYPE})(?:\\s+của\\s+(?<issuer>[^:;.]{2,100}?))?\\s*:\\s*$`,
  'u',
);

/** Every citation in `text`, in order. */
export function parseCitations(text: string): Citation[] {
  const numbered = readNumbered(text);
  const named = readNamed(text, numbered);
  return [...numbered, ...named].sort((a, b) => a.start - b.start);
}

/** Citations by number that state their type word (the form of căn cứ lines). */
export function findCitations(text: string): NumberedCitation[] {
  return parseCitations(text).filter((c): c is NumberedCitation => c.kind === 'number' && !!c.typeWord && !!c.symbol);
}

interface Anchor {
  start: number;
  end: number;
  typeWord?: CitationPart;
  symbol: SymbolPart;
  /** Anchored on "số …" without a type word (a member of a compound citation). */
  bySo: boolean;
}

function readNumbered(text: string): Citation[] {
  // Every symbol has a slash followed by a letter ("76/NQ-CP", "118/2025/NĐ-CP"): without one the (large, slow)
  // anchor pattern cannot match. Times ("Quý I/2026", "30/6/2026") have slashes too, but before digits.
  if (!SLASH_LETTER.test(text)) return [];
  const anchors: Anchor[] = [];
  const anchor = isLatinText(text) ? (latinAnchor ??= latinRegExp(ANCHOR)) : ANCHOR;
  for (const match of text.matchAll(anchor)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const symbolText = groups.symA ?? groups.symB ?? groups.symC;
    const symbolStart = start + match[0].length - symbolText.length;
    const parsed = parseSymbol(symbolText);
    if (!parsed) continue;
    anchors.push({
      start,
      end: start + match[0].length,
      typeWord: groups.type ? part(groups.type, start) : undefined,
      symbol: { ...part(symbolText, symbolStart), parsed },
      bySo: !groups.type && !!groups.symB,
    });
  }

  const citations: Citation[] = [];
  let group: { typeWord?: CitationPart; issuer?: CitationPart } | undefined;
  anchors.forEach((anchor, i) => {
    const limit = anchors[i + 1]?.start ?? text.length;
    const previous = citations[citations.length - 1];
    const citation: Citation = { kind: 'number', start: anchor.start, end: anchor.end, symbol: anchor.symbol, typeWord: anchor.typeWord };
    if (!anchor.typeWord) {
      // A member of a list: "…: số 3470/QĐ-UBND …; số 5256/QĐ-UBND …" or "… số 1/QĐ-UBND, số 2/QĐ-UBND".
      const connector = previous ? text.slice(previous.end, anchor.start) : undefined;
      const head = PLURAL_HEAD.exec(text.slice(Math.max(0, anchor.start - 200), anchor.start));
      if (head && anchor.bySo && !(connector !== undefined && /^[\s;,]*(?:và\s+)?$/u.test(connector))) {
        const base = anchor.start - head[0].length;
        const typeAt = head[0].search(new RegExp(TYPE, 'u'));
        group = { typeWord: { ...part(head.groups!.type, base + typeAt), shared: true } };
        if (head.groups!.issuer) {
          const issuerText = head.groups!.issuer.replace(/[\s,]+$/u, '');
          const issuerAt = head[0].indexOf(head.groups!.issuer, typeAt + head.groups!.type.length);
          group.issuer = { ...part(issuerText, base + issuerAt), shared: true };
        }
      } else if (previous && connector !== undefined && /^[\s;,]*(?:và\s+)?$/u.test(connector) && previous.typeWord) {
        group = { typeWord: { ...previous.typeWord, shared: true }, issuer: group?.issuer };
      } else {
        group = undefined;
      }
      if (group) {
        citation.typeWord = group.typeWord;
        citation.issuer = group.issuer;
      }
    } else {
      group = undefined;
    }

    let cursor = anchor.symbol.end;
    const dated = dateAfter(text, cursor, limit);
    citation.date = dated.date ?? citation.date;
    cursor = dated.cursor;
    const issuerMatch = ISSUER_AFTER.exec(text.slice(cursor, limit));
    if (issuerMatch) {
      const issuerStart = cursor + issuerMatch[0].length;
      const issuerEnd = issuerEndOf(text, issuerStart, limit);
      const issuerText = text.slice(issuerStart, issuerEnd);
      if (issuerText) {
        citation.issuer = part(issuerText, issuerStart);
        cursor = issuerEnd;
      }
    }
    const title = readTitle(text, cursor, limit);
    if (title) citation.title = title;

    if (citation.typeWord && !citation.typeWord.shared && (!citation.issuer || !citation.title)) {
      readBefore(text, citation);
    }
    finish(citation);
    citations.push(citation);
  });
  return citations;
}

/** The date (or only the year) that follows a citation's symbol or name, and where reading goes on. */
function dateAfter(text: string, cursor: number, limit: number): { date?: CitationDate; cursor: number } {
  const full = DATE_AFTER.exec(text.slice(cursor, limit));
  if (full) return { date: readDate(full, cursor), cursor: cursor + full[0].length };
  const year = YEAR_AFTER.exec(text.slice(cursor, limit));
  if (year) return { date: yearDate(year, cursor), cursor: cursor + year[0].length };
  return { cursor };
}

/** Luật cited by name; a name followed by "số 72/2025/QH15" absorbs that numbered citation. */
function readNamed(text: string, numbered: Citation[]): Citation[] {
  if (!text.includes('uật')) return []; // neither "Luật" nor "Bộ luật"
  const named: Citation[] = [];
  for (const match of text.matchAll(LAW_NAME)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    // Inside another citation (a title that mentions a Luật) or the type word of a numbered citation.
    if (numbered.some((c) => start >= c.start && start < c.end) || numbered.some((c) => c.typeWord?.start === start)) continue;
    const typeWord = part(groups.type, start);
    const nameStart = start + match[0].indexOf(groups.name, groups.type.length);
    const name = part(groups.name, nameStart);
    const nextNumbered = numbered.find((c) => c.start >= name.end);
    const limit = Math.min(nextNumbered?.start ?? text.length, nextLawStart(text, name.end));
    let cursor = name.end;
    // "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 …": merge with the numbered citation that follows.
    if (nextNumbered?.symbol && (!nextNumbered.typeWord || nextNumbered.typeWord.shared) && /^\s+số\s*:?\s*$/u.test(text.slice(name.end, nextNumbered.symbol.start))) {
      nextNumbered.typeWord = typeWord;
      nextNumbered.name = name;
      finish(nextNumbered);
      continue;
    }
    const citation: Citation = { kind: 'name', start, end: name.end, typeWord, name };
    const dated = dateAfter(text, cursor, limit);
    citation.date = dated.date ?? citation.date;
    cursor = dated.cursor;
    const issuerMatch = ISSUER_AFTER.exec(text.slice(cursor, limit));
    if (issuerMatch && /^Quốc hội/u.test(text.slice(cursor + issuerMatch[0].length))) {
      const issuerStart = cursor + issuerMatch[0].length;
      citation.issuer = part('Quốc hội', issuerStart);
    }
    finish(citation);
    named.push(citation);
  }
  return named;
}

function nextLawStart(text: string, from: number): number {
  const rest = text.slice(from);
  const next = /(?<![\p{L}])(?:Bộ luật|Luật)\s+\p{Lu}/u.exec(rest);
  return next ? from + next.index : text.length;
}

function readDate(match: RegExpExecArray, offset: number): CitationDate {
  const groups = match.groups ?? {};
  const dateStart = offset + match[0].length - groups.date.length;
  const dayText = groups.d1 ?? groups.d2;
  const monthText = groups.m1 ?? groups.m2;
  return {
    ...part(groups.date, dateStart),
    day: Number(dayText),
    month: Number(monthText),
    year: Number(groups.y1 ?? groups.y2),
    form: groups.d1 ? 'short' : 'long',
    padDay: dayText.length === 2 && dayText.startsWith('0'),
    padMonth: monthText.length === 2 && monthText.startsWith('0'),
  };
}

function yearDate(match: RegExpExecArray, offset: number): CitationDate {
  const year = match.groups!.year;
  return { ...part(year, offset + match[0].length - year.length), year: Number(year), form: 'year', padDay: false, padMonth: false };
}

/** Where an issuer phrase that starts at `start` ends. */
function issuerEndOf(text: string, start: number, limit: number): number {
  const rest = text.slice(start, limit);
  let end = rest.length;
  const cut = (index: number) => {
    if (index >= 0 && index < end) end = index;
  };
  cut(TITLE_INSIDE_ISSUER.exec(rest)?.index ?? -1);
  cut(rest.search(/[;():“”"]/u));
  cut(sentenceEnd(rest));
  for (const conj of rest.matchAll(/\s+và\s+/gu)) {
    if (TYPE_AHEAD.test(rest.slice((conj.index ?? 0) + conj[0].length))) cut(conj.index ?? -1);
  }
  // A comma ends the issuer unless an issuer continues after it ("Bộ Chính trị, Ban Bí thư"; "Bộ Văn hóa, Thể thao và Du lịch").
  for (const comma of rest.matchAll(/,\s*/gu)) {
    const after = rest.slice((comma.index ?? 0) + comma[0].length);
    if (!/^\p{Lu}/u.test(after) || TYPE_AHEAD.test(after) || analyzeIssuer(after.split(/[,;]/u)[0]).body === 'other' && !/^(?:Ban|Bộ|Thể thao|Thương binh)\s/u.test(after)) {
      cut(comma.index ?? -1);
      break;
    }
  }
  let issuer = rest.slice(0, end);
  // An issuer is a name, not a sentence: cap what an unpunctuated run can take.
  const words = issuer.split(/\s+/u);
  if (words.length > 16) issuer = words.slice(0, 16).join(' ');
  issuer = issuer.replace(/(?:\s+và)?[\s,.]+$/u, '');
  return start + issuer.length;
}

/** The title after `from`, when the text there starts like a title ("ban hành …", "về …"). */
function readTitle(text: string, from: number, limit: number): CitationPart | undefined {
  const rest = text.slice(from, limit);
  const lead = /^[\s,:-]*/u.exec(rest)![0].length;
  const body = rest.slice(lead);
  if (!TITLE_START.test(body)) return undefined;
  let end = body.length;
  let quote = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '“' || (ch === '"' && !quote)) quote = true;
    else if (ch === '”' || (ch === '"' && quote)) quote = false;
    else if (!quote && ch === ';') {
      end = i;
      break;
    } else if (!quote && ch === '.' && isSentenceEnd(body, i)) {
      end = i;
      break;
    }
  }
  const trimmed = body.slice(0, end).replace(/(?:[\s,;.:/]|\s+và)+$/u, '');
  return trimmed ? part(trimmed, from + lead) : undefined;
}

/** Title in quotes and issuer stated before the citation: "Đề án “…” được Thủ tướng Chính phủ phê duyệt tại …". */
function readBefore(text: string, citation: Citation): void {
  const windowStart = Math.max(0, citation.start - 400);
  const before = text.slice(windowStart, citation.start);
  const match = BEFORE.exec(before);
  if (!match) return;
  const base = windowStart + (match.index ?? 0);
  const groups = match.groups ?? {};
  if (groups.issuer && !citation.issuer && analyzeIssuer(groups.issuer).body !== 'other') {
    const offset = match[0].indexOf(groups.issuer, groups.title ? match[0].indexOf(groups.title) + groups.title.length : 0);
    citation.issuer = part(groups.issuer, base + offset);
  }
  if (groups.title && !citation.title) {
    citation.title = part(groups.title, base + match[0].indexOf(groups.title));
  }
}

function finish(citation: Citation): void {
  const own = [citation.typeWord, citation.symbol, citation.name, citation.date, citation.issuer, citation.title].filter(
    (p): p is CitationPart => !!p && !p.shared,
  );
  citation.start = Math.min(...own.map((p) => p.start));
  citation.end = Math.max(...own.map((p) => p.end));
}

function sentenceEnd(text: string): number {
  for (let i = 0; i < text.length; i++) if (text[i] === '.' && isSentenceEnd(text, i)) return i;
  return -1;
}

/** A full stop that ends a sentence: followed by the end or by a capital, and not closing an abbreviation ("TP."). */
function isSentenceEnd(text: string, i: number): boolean {
  const after = text.slice(i + 1);
  if (after !== '' && !/^(?:\/\.)?\s*(?:$|\p{Lu}|[-+*(])/u.test(after)) return false;
  const word = /[\p{L}\d]+$/u.exec(text.slice(0, i))?.[0] ?? '';
  if (/^\p{Lu}[\p{Lu}\p{Ll}]?$/u.test(word) && after !== '' && !/^\s*$/.test(after)) return false; // TP. Hải Phòng
  return true;
}

function part(text: string, start: number): CitationPart {
  return { text, start, end: start + text.length };
}
