// Reads citations of the common form "<Type> số <symbol> ngày <date> của <issuer> <title>".
// Indices are into the given string; callers map them to document offsets.

export interface CitationPart {
  text: string;
  start: number;
  end: number;
}

export interface CitationDate extends CitationPart {
  year: number;
  month: number;
  day: number;
}

export interface Citation {
  start: number;
  end: number;
  typeWord: CitationPart;
  symbol: CitationPart;
  date?: CitationDate;
  issuer?: CitationPart;
  title?: CitationPart;
}

export const TYPE_WORDS = [
  'Thông tư liên tịch',
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Nghị định',
  'Thông tư',
  'Luật',
  'Pháp lệnh',
  'Kế hoạch',
  'Công văn',
  'Kết luận',
  'Hướng dẫn',
  'Chương trình',
  'Thông báo',
  'Quy định',
  'Quy chế',
  'Đề án',
  'Báo cáo',
  'Tờ trình',
  'Công điện',
] as const;

const L = '\\p{L}\\p{M}';
const TYPE = `(?<type>${TYPE_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})`;
// state N/TYPE-ISSUER, normative N/YYYY/TYPE-ISSUER, công văn N/ISSUER-UNIT, party N-TYPE/ISSUER
const SYMBOL = `(?<symbol>\\d+(?:\\/\\d{4})?\\/[${L}\\d]+(?:-[${L}\\d]+)*|\\d+-[${L}]+\\/[${L}\\d]+)`;
const SHORT_DATE = '(?<d1>\\d{1,2})\\s*\\/\\s*(?<m1>\\d{1,2})\\s*\\/\\s*(?<y1>\\d{4})';
const LONG_DATE = '(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})\\s+năm\\s+(?<y2>\\d{4})';
const CITATION = new RegExp(
  `(?<![${L}])${TYPE}\\s+(?:số\\s+)?${SYMBOL}(?![${L}\\d/-])(?<dateClause>\\s+ngày\\s+(?<date>${SHORT_DATE}|${LONG_DATE}))?`,
  'giu',
);
// Where the issuer phrase ends and the title begins.
const TITLE_START = /\s(?=(?:ban hành|về|phê duyệt|quy định|hướng dẫn|sửa đổi|triển khai|thực hiện|tiếp tục|đẩy mạnh)(?![\p{L}\p{M}]))/u;

export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  const matches = [...text.matchAll(CITATION)];
  matches.forEach((match, i) => {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const typeWord = part(groups.type, start);
    const symbolStart = text.indexOf(groups.symbol, start + groups.type.length);
    const symbol = part(groups.symbol, symbolStart);
    let end = symbolStart + groups.symbol.length;
    let date: CitationDate | undefined;
    if (groups.date) {
      const dateStart = text.indexOf(groups.date, end);
      date = {
        ...part(groups.date, dateStart),
        day: Number(groups.d1 ?? groups.d2),
        month: Number(groups.m1 ?? groups.m2),
        year: Number(groups.y1 ?? groups.y2),
      };
      end = dateStart + groups.date.length;
    }
    // The rest of the citation runs to the next citation, a ";" or the end of the text.
    const limit = Math.min(
      matches[i + 1]?.index ?? text.length,
      indexOrEnd(text, ';', end),
    );
    const rest = text.slice(end, limit);
    const issuerMatch = /^\s+của\s+/u.exec(rest);
    let issuer: CitationPart | undefined;
    let title: CitationPart | undefined;
    if (issuerMatch) {
      const issuerStart = end + issuerMatch[0].length;
      const afterIssuer = text.slice(issuerStart, limit);
      const titleAt = TITLE_START.exec(afterIssuer);
      const issuerText = (titleAt ? afterIssuer.slice(0, titleAt.index) : afterIssuer).replace(/[\s,.]+$/u, '');
      issuer = part(issuerText, issuerStart);
      if (titleAt) title = trimmedPart(text, issuerStart + titleAt.index + 1, limit);
    } else if (rest.trim()) {
      title = trimmedPart(text, end, limit);
    }
    const last = title ?? issuer ?? date ?? symbol;
    citations.push({ start, end: last.end, typeWord, symbol, date, issuer, title });
  });
  return citations;
}

function part(text: string, start: number): CitationPart {
  return { text, start, end: start + text.length };
}

function trimmedPart(text: string, start: number, end: number): CitationPart | undefined {
  const raw = text.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim().replace(/[,.]+$/u, '');
  return trimmed ? part(trimmed, start + leading) : undefined;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const index = text.indexOf(needle, from);
  return index === -1 ? text.length : index;
}
