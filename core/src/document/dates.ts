// The number and date lines of a document (domain.md §6, Nghị định 30/2020/NĐ-CP Phụ lục I).

/** What a draft prints where the number or the day is not known yet: room to write it in by hand. */
export const BLANK = '     ';

export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
}

/** Reads `ngay` ("2026-01-09", or "2026-01" for a draft); anything else gives no parts. */
export function dateParts(ngay: string | undefined): DateParts {
  const match = ngay ? /^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$/.exec(ngay) : null;
  if (!match) return {};
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month < 1 || month > 12) return { year };
  if (day !== undefined && (day < 1 || day > 31)) return { year, month };
  return { year, month, day };
}

/** Days below 10 are padded with 0 ("09"); so are January and February ("01", "02"), and no other month. */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 09 tháng 01 năm 2026"; a draft's unknown day (or month, year) is a blank. */
export function longDate(parts: DateParts): string {
  const day = parts.day === undefined ? BLANK : ` ${padDay(parts.day)} `;
  const month = parts.month === undefined ? BLANK : ` ${padMonth(parts.month)} `;
  const year = parts.year === undefined ? BLANK : ` ${parts.year}`;
  return `ngày${day}tháng${month}năm${year}`;
}

/** "Tiên Lãng, ngày 09 tháng 01 năm 2026". */
export function dateLine(place: string | undefined, ngay: string | undefined): string {
  const where = place?.trim() ? place.trim() : '……';
  return `${where}, ${longDate(dateParts(ngay))}`;
}

/**
 * The number and symbol as printed after "Số:" or "số": "12/KH-UBND"; a draft's missing number
 * leaves a blank before the slash ("     /KH-UBND"). `fallbackSymbol` stands in when `so` is absent.
 */
export function numberAndSymbol(so: string | undefined, fallbackSymbol: string): string {
  const compact = (so ?? '').replace(/\s+/g, '');
  const slash = compact.indexOf('/');
  if (slash < 0) return compact ? compact : `${BLANK}/${fallbackSymbol}`;
  const number = compact.slice(0, slash);
  const symbol = compact.slice(slash + 1) || fallbackSymbol;
  return number ? `${number}/${symbol}` : `${BLANK}/${symbol}`;
}

/** `word` followed by the number: "Số: 12/KH-UBND", "số 12/KH-UBND"; a draft's blank replaces the space. */
function withNumber(word: string, so: string | undefined, fallbackSymbol: string): string {
  const value = numberAndSymbol(so, fallbackSymbol);
  return value.startsWith(BLANK) ? `${word}${value}` : `${word} ${value}`;
}

/** "Số: 12/KH-UBND", or "Số:     /KH-UBND" for a draft. */
export function numberLine(so: string | undefined, fallbackSymbol: string): string {
  return withNumber('Số:', so, fallbackSymbol);
}

/** "số 12/KH-UBND", or "số     /KH-UBND" for a draft (inside a sentence). */
export function numberPhrase(so: string | undefined, fallbackSymbol: string): string {
  return withNumber('số', so, fallbackSymbol);
}
