// What the lines of a Vietnamese administrative document look like (domain.md §1, §6): markers,
// headings, the header and the signature block. Pure string tests, no state.
import { VIETNAMESE_LETTERS } from '../document/numbering';

/** Collapses white space (not tabs), trims, NFC; drops zero-width characters and soft hyphens. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

export function upperVi(text: string): string {
  return text.normalize('NFC').toUpperCase();
}

/** Folds the spelling variants that do not matter when comparing headings: case, "hoá"/"hóa", "uỷ"/"ủy", dashes, spaces. */
export function fold(text: string): string {
  return upperVi(text)
    // Old and new tone placement differ only at the end of a syllable: "HOÁ"/"HÓA", "UỶ"/"ỦY" (not "HOẠCH").
    .replace(/([OU])([ÁÀẢÃẠÝỲỶỸỴ])(?!\p{L})/gu, (_whole, vowel: string, toned: string) => moveTone(vowel, toned))
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const TONES: Record<string, [string, string]> = {
  Á: ['A', '\u0301'], À: ['A', '\u0300'], Ả: ['A', '\u0309'], Ã: ['A', '\u0303'], Ạ: ['A', '\u0323'],
  Ý: ['Y', '\u0301'], Ỳ: ['Y', '\u0300'], Ỷ: ['Y', '\u0309'], Ỹ: ['Y', '\u0303'], Ỵ: ['Y', '\u0323'],
};

/** "OÁ" → "ÓA", "UỶ" → "ỦY": the tone mark on the first vowel. */
function moveTone(vowel: string, toned: string): string {
  const [bare, mark] = TONES[toned];
  return (vowel + mark).normalize('NFC') + bare;
}

/** The text has letters and none of them is lower case. */
export function isUpperText(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

export function startsLower(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

// --- markers -----------------------------------------------------------------------------------

export const LETTERS = VIETNAMESE_LETTERS;

/** "a) text", "đ) text" (also "a )"). */
export function letterItem(text: string): { letter: string; rest: string } | undefined {
  const match = /^([a-zđ])\s?\)\s*(.*)$/su.exec(text);
  return match ? { letter: match[1], rest: match[2] } : undefined;
}

/** "- text" (also en/em dash, bullet, "*" followed by a space). */
export function dashItem(text: string): string | undefined {
  const match = /^(?:[-–—−•·▪●◦]|\*(?=\s))\s*(.*)$/su.exec(text);
  if (!match) return undefined;
  // "-" glued to a number is a negative number or a range, not a marker.
  if (/^[-–—−]\d/.test(text)) return undefined;
  return match[1];
}

/** "+ text". */
export function plusItem(text: string): string | undefined {
  const match = /^\+\s*(.*)$/su.exec(text);
  return match ? match[1] : undefined;
}

/** "1. text" or "1) text". */
export function numbered(text: string): { number: number; rest: string } | undefined {
  const match = /^(\d{1,2})\s?[.)]\s*(.+)$/su.exec(text);
  if (!match) return undefined;
  // "1.5 triệu", "2.000 đồng": a number, not a heading.
  if (/^\d/.test(match[2])) return undefined;
  return { number: Number(match[1]), rest: match[2] };
}

/** "II. NỘI DUNG" (the Roman numeral and an upper-case title). */
export function romanHeading(text: string): { number: number; title: string } | undefined {
  const match = /^([IVXL]{1,6})\s?[.)/-]\s*(.+)$/u.exec(text);
  if (!match) return undefined;
  const value = romanValue(match[1]);
  if (!value) return undefined;
  return { number: value, title: match[2].trim() };
}

function romanValue(numeral: string): number | undefined {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = digits[numeral[i]];
    const next = digits[numeral[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 40 ? total : undefined;
}

// --- header, title, signer ----------------------------------------------------------------------

export function isNation(text: string): boolean {
  return /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/.test(fold(text));
}

export function isMotto(text: string): boolean {
  return /^ĐỘC LẬP\s*-\s*TỰ DO\s*-\s*HẠNH PHÚC$/.test(fold(text));
}

/** A line drawn with characters ("______", "-----"). */
export function isRuleLine(text: string): boolean {
  return /^[\s_\-–—=.*~]{3,}$/.test(text);
}

/** "Số: 12/KH-UBND" → "12/KH-UBND"; "Số:     /KH-UBND" → "/KH-UBND" (a space inside the symbol is kept: a defect). */
export function numberLine(text: string): string | undefined {
  const match = /^Số\s*:\s*(.*)$/iu.exec(text);
  return match ? match[1].trim() : undefined;
}

export interface DateLine {
  place?: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, or undefined when the year or the month is not written. */
  iso?: string;
  /** The year is written but the month is not: the date cannot be kept as `ngay`. */
  partial: boolean;
}

const BLANK_PART = /^[.…_\s]*$/;

/** "Tiên Lãng, ngày 09 tháng 01 năm 2026"; a draft leaves the day (or more) blank or dotted. */
export function dateLine(text: string): DateLine | undefined {
  const long = /^(.*?),?\s*ngày\s*([\d.…_\s]*?)\s*tháng\s*([\d.…_\s]*?)\s*năm\s*([\d.…_\s]*)$/iu.exec(text);
  const parts = long ?? /^(.*?),\s*ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})$/iu.exec(text);
  if (!parts) return undefined;
  const placeText = parts[1].trim().replace(/,$/, '').trim();
  // "……, ngày …" has no place.
  const place = /\p{L}/u.test(placeText) ? placeText : undefined;
  // A place is a few words; a sentence that happens to contain "ngày … tháng … năm" is not a date line.
  if (place && (place.split(/\s+/).length > 6 || /[.;:]/.test(place))) return undefined;
  const [day, month, year] = [parts[2], parts[3], parts[4]].map((part) => (BLANK_PART.test(part) ? undefined : Number(part.replace(/[^\d]/g, ''))));
  if (year === undefined || !(year >= 1900 && year <= 2999)) return { place, partial: false };
  if (month === undefined || !(month >= 1 && month <= 12)) return { place, partial: true };
  const mm = String(month).padStart(2, '0');
  if (day === undefined || !(day >= 1 && day <= 31)) return { place, iso: `${year}-${mm}`, partial: false };
  return { place, iso: `${year}-${mm}-${String(day).padStart(2, '0')}`, partial: false };
}

/** The tên loại line: "KẾ HOẠCH" or "QUYẾT ĐỊNH" alone (not "QUYẾT ĐỊNH:"). */
export function docTypeLine(text: string): 'ke-hoach' | 'quyet-dinh' | undefined {
  const folded = fold(text).replace(/\s+/g, ' ');
  if (folded === 'KẾ HOẠCH') return 'ke-hoach';
  if (folded === 'QUYẾT ĐỊNH') return 'quyet-dinh';
  return undefined;
}

/** "QUYẾT ĐỊNH:" before the articles of a decision. */
export function isDecidesLine(text: string): boolean {
  return /^QUYẾT ĐỊNH\s*:$/.test(fold(text));
}

/** "Điều 1. text". */
export function articleLine(text: string): { number: number; rest: string } | undefined {
  const match = /^Điều\s+(\d+)\s*[.:]\s*(.*)$/su.exec(text);
  return match ? { number: Number(match[1]), rest: match[2] } : undefined;
}

export type BasisKind = 'can_cu' | 'thuc_hien' | 'theo_de_nghi';

/** "Căn cứ …", "Thực hiện …", "Theo đề nghị của …" → the kind and the text without the lead word. */
export function basisLine(text: string): { kind: BasisKind; rest: string } | undefined {
  let match = /^Căn cứ\s+(.+)$/su.exec(text);
  if (match) return { kind: 'can_cu', rest: match[1] };
  match = /^Thực hiện\s+(.+)$/su.exec(text);
  if (match) return { kind: 'thuc_hien', rest: match[1] };
  match = /^(?:Theo|Xét) đề nghị của\s+(.+)$/su.exec(text);
  if (match) return { kind: 'theo_de_nghi', rest: match[1] };
  return undefined;
}

/** "(Kèm theo Kế hoạch số … của …)". */
export function isAttachedLine(text: string): boolean {
  return /^\(?\s*(?:Kèm|Ban hành kèm) theo(?![\p{L}\p{N}])/iu.test(text);
}

/** "Nơi nhận:" (possibly with the first recipient on the same line). */
export function recipientsHeading(text: string): { rest: string } | undefined {
  const match = /^Nơi nhận\s*:?\s*(.*)$/iu.exec(text);
  return match ? { rest: match[1] } : undefined;
}

/** "PHỤ LỤC", "PHỤ LỤC I", "DANH MỤC", "PHỤ LỤC: title". */
export function appendixHeading(text: string): { word: 'PHỤ LỤC' | 'DANH MỤC'; rest: string } | undefined {
  const match = /^(PHỤ LỤC|DANH MỤC)(?:\s+(?:[IVX]+|\d+|SỐ\s+\d+))?\s*[:.-]?\s*(.*)$/u.exec(fold(text));
  if (!match) return undefined;
  // "Danh mục các văn bản …" written in sentence case is text, not the heading.
  if (!isUpperText(text.slice(0, match[1].length))) return undefined;
  const restStart = text.length - match[2].length;
  return { word: match[1] as 'PHỤ LỤC' | 'DANH MỤC', rest: match[2] ? text.slice(restStart).trim() : '' };
}

export type SignerPrefix = 'TM' | 'KT' | 'OTHER';

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH", "TL. …", "TUQ. …". */
export function signerPrefix(text: string): { prefix: SignerPrefix; rest: string } | undefined {
  const match = /^(TM|T\/M|KT|K\/T|Q|TL|TUQ)\s*\.\s*(.+)$/u.exec(text.trim());
  if (!match || !isUpperText(match[2])) return undefined;
  const word = match[1].replace('/', '');
  return { prefix: word === 'TM' ? 'TM' : word === 'KT' ? 'KT' : 'OTHER', rest: match[2].trim() };
}

/** A person's name: two to six capitalised words, no punctuation. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((word) => /^\p{Lu}[\p{Ll}]*$/u.test(word));
}

// --- the closing ------------------------------------------------------------------------------

/** The closing paragraph(s) and the reporting cycle ("Trên đây là Kế hoạch …", "… báo cáo hằng quý …"). */
export function isClosing(text: string): boolean {
  if (/^Trên (đây|cơ sở)(?![\p{L}\p{N}])/iu.test(text)) return true;
  if (/^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chủ tịch)(?![\p{L}\p{N}])[^.;]{0,80}?(?<![\p{L}\p{N}])(yêu cầu|đề nghị)(?![\p{L}\p{N}])/iu.test(text)) return true;
  if (/^Đề nghị (các|Thủ trưởng)(?![\p{L}\p{N}])/u.test(text)) return true;
  if (/^Trong quá trình (tổ chức |triển khai )?thực hiện(?![\p{L}\p{N}])/iu.test(text)) return true;
  if (/\.\s*\/\s*\.$/.test(text)) return true;
  if (/(?<![\p{L}\p{N}])báo cáo(?![\p{L}\p{N}])/iu.test(text) && /(?<![\p{L}\p{N}])(?:(?:hằng|hàng|định kỳ)\s+(?:quý|tháng|năm)|0?6 tháng)(?![\p{L}\p{N}])/iu.test(text)) return true;
  return false;
}
