// Issuers of cited documents: what body a phrase names ("của Thủ tướng Chính phủ", "của UBND thành phố Hải Phòng"),
// at which level and in which place, and whether that agrees with the issuer code of a symbol.

export type IssuerBody =
  | 'cp' // Chính phủ
  | 'ttg' // Thủ tướng Chính phủ
  | 'qh' // Quốc hội
  | 'ubtvqh' // Ủy ban Thường vụ Quốc hội
  | 'ubnd' // Ủy ban nhân dân (or its Chủ tịch)
  | 'hdnd' // Hội đồng nhân dân
  | 'ministry' // a Bộ
  | 'tw' // Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương
  | 'tu' // Tỉnh ủy, Thành ủy
  | 'du' // Đảng ủy (commune)
  | 'other';

export type Level = 'tinh' | 'thanh-pho' | 'xa' | 'phuong' | 'dac-khu' | 'thi-tran' | 'huyen' | 'quan' | 'thi-xa';

export interface IssuerInfo {
  body: IssuerBody;
  /** For a ministry: its name, folded ("nội vụ"). */
  ministry?: string;
  level?: Level;
  /** The place named after the level, folded ("hải phòng"); absent when the phrase names only the level. */
  locality?: string;
  /** A local body named by its level only ("Ủy ban nhân dân thành phố"): which one is left to the reader. */
  generic: boolean;
}

/** Lower case, NFC, one space, old-style tone marks moved ("uỷ" → "ủy", "hoà" → "hòa"), common abbreviations spelt out. */
export function foldIssuer(text: string): string {
  return foldName(text)
    .replace(/(?<![\p{L}])ubnd(?![\p{L}])/gu, 'ủy ban nhân dân')
    .replace(/(?<![\p{L}])hđnd(?![\p{L}])/gu, 'hội đồng nhân dân')
    .replace(/(?<![\p{L}])ubtvqh(?:\d+)?(?![\p{L}])/gu, 'ủy ban thường vụ quốc hội')
    .replace(/(?<![\p{L}])bch(?![\p{L}])/gu, 'ban chấp hành')
    .replace(/(?<![\p{L}])btv(?![\p{L}])/gu, 'ban thường vụ')
    .replace(/(?<![\p{L}])tw(?![\p{L}])/gu, 'trung ương')
    .replace(/(?<![\p{L}])tp(?![\p{L}])\.?\s*/gu, 'thành phố ')
    .replace(/(?<![\p{L}])ttg(?![\p{L}])/gu, 'thủ tướng chính phủ')
    .replace(/\s+/g, ' ')
    .trim();
}

const TONE_MOVES: [RegExp, string][] = [
  [/oà/g, 'òa'], [/oá/g, 'óa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/oè/g, 'òe'], [/oé/g, 'óe'], [/oẻ/g, 'ỏe'], [/oẽ/g, 'õe'], [/oẹ/g, 'ọe'],
  [/uỳ/g, 'ùy'], [/uý/g, 'úy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];

/** Lower case, NFC, one space, one placement of tone marks: for comparing names of places and bodies. */
export function foldName(text: string): string {
  let folded = text.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
  for (const [from, to] of TONE_MOVES) folded = folded.replace(from, to);
  return folded;
}

const LEVELS: [RegExp, Level][] = [
  [/^thành phố(?:\s+|$)/, 'thanh-pho'],
  [/^tỉnh(?:\s+|$)/, 'tinh'],
  [/^thị xã(?:\s+|$)/, 'thi-xa'],
  [/^thị trấn(?:\s+|$)/, 'thi-tran'],
  [/^đặc khu(?:\s+|$)/, 'dac-khu'],
  [/^xã(?:\s+|$)/, 'xa'],
  [/^phường(?:\s+|$)/, 'phuong'],
  [/^huyện(?:\s+|$)/, 'huyen'],
  [/^quận(?:\s+|$)/, 'quan'],
];

export const PROVINCE_LEVELS: readonly Level[] = ['tinh', 'thanh-pho'];
export const COMMUNE_LEVELS: readonly Level[] = ['xa', 'phuong', 'dac-khu', 'thi-tran'];

const analyzed = new Map<string, IssuerInfo>();

/** What an issuer phrase names (memoised: plans repeat the same issuers). */
export function analyzeIssuer(text: string): IssuerInfo {
  let info = analyzed.get(text);
  if (!info) {
    if (analyzed.size > 5000) analyzed.clear();
    analyzed.set(text, (info = analyze(text)));
  }
  return { ...info };
}

function analyze(text: string): IssuerInfo {
  const folded = foldIssuer(text);
  const local = (body: IssuerBody, rest: string): IssuerInfo => {
    const place = readPlace(rest);
    return { body, ...place, generic: !!place.level && !place.locality };
  };
  let match: RegExpExecArray | null;
  if (/^văn phòng/.test(folded)) return { body: 'other', generic: false }; // Văn phòng Chính phủ, Văn phòng UBND…
  if (/ủy ban thường vụ quốc hội/.test(folded)) return { body: 'ubtvqh', generic: false };
  if (/thủ tướng/.test(folded)) return { body: 'ttg', generic: false };
  if ((match = /(?:^|chủ tịch )ủy ban nhân dân\s*(.*)$/.exec(folded)) || (match = /ủy ban nhân dân\s*(.*)$/.exec(folded))) {
    return local('ubnd', match[1]);
  }
  if ((match = /hội đồng nhân dân\s*(.*)$/.exec(folded))) return local('hdnd', match[1]);
  if (folded.startsWith('chính phủ')) return { body: 'cp', generic: false };
  if (/quốc hội/.test(folded)) return { body: 'qh', generic: false };
  if (/bộ chính trị|ban bí thư|ban chấp hành trung ương|trung ương đảng|^trung ương/.test(folded)) return { body: 'tw', generic: false };
  if ((match = /(?:^|ban thường vụ )(tỉnh ủy|thành ủy)\s*(.*)$/.exec(folded))) {
    const level: Level = match[1] === 'tỉnh ủy' ? 'tinh' : 'thanh-pho';
    const locality = cleanLocality(match[2]);
    return { body: 'tu', level, locality, generic: !locality };
  }
  if ((match = /đảng ủy\s*(.*)$/.exec(folded))) return local('du', match[1]);
  if ((match = /^bộ\s+(.+)$/.exec(folded))) return { body: 'ministry', ministry: match[1].replace(/[.,;]+$/, '').trim(), generic: false };
  if (/chính phủ/.test(folded)) return { body: 'cp', generic: false };
  return { body: 'other', generic: false };
}

/** The place a text names: "Ủy ban nhân dân xã Tiên Lãng" or "xã Tiên Lãng" → xã, "tiên lãng". */
export function placeOfText(text: string): { level?: Level; locality?: string } {
  const info = analyzeIssuer(text);
  if (info.level) return { level: info.level, locality: info.locality };
  return readPlace(foldIssuer(text));
}

function readPlace(rest: string): { level?: Level; locality?: string } {
  const text = rest.trim();
  for (const [pattern, level] of LEVELS) {
    const match = pattern.exec(text);
    if (match) return { level, locality: cleanLocality(text.slice(match[0].length)) };
  }
  return {};
}

function cleanLocality(text: string | undefined): string | undefined {
  const cleaned = (text ?? '').replace(/[.,;:()]+/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned || undefined;
}

/** The body a symbol's issuer code stands for, when kehoach knows it. */
export function bodyOfIssuerCode(code: string): { body: IssuerBody; ministry?: string } | undefined {
  const head = code.split('-')[0].toUpperCase();
  if (head === 'CP') return { body: 'cp' };
  if (head === 'TTG') return { body: 'ttg' };
  if (/^QH\d*$/.test(head)) return { body: 'qh' };
  if (/^UBTVQH\d*$/.test(head)) return { body: 'ubtvqh' };
  if (head === 'UBND') return { body: 'ubnd' };
  if (head === 'HĐND') return { body: 'hdnd' };
  if (head === 'TW') return { body: 'tw' };
  if (head === 'TU') return { body: 'tu' };
  if (head === 'ĐU') return { body: 'du' };
  const ministry = MINISTRIES[head];
  if (ministry) return { body: 'ministry', ministry: foldName(ministry) };
  return undefined;
}

/** Ministries whose codes appear in commune plans. */
const MINISTRIES: Record<string, string> = {
  BNV: 'Nội vụ',
  BTC: 'Tài chính',
  BTP: 'Tư pháp',
  BCA: 'Công an',
  BQP: 'Quốc phòng',
  BYT: 'Y tế',
  BGDĐT: 'Giáo dục và Đào tạo',
  BVHTTDL: 'Văn hóa, Thể thao và Du lịch',
  BKHCN: 'Khoa học và Công nghệ',
  BXD: 'Xây dựng',
  BCT: 'Công Thương',
  BNNMT: 'Nông nghiệp và Môi trường',
  BNG: 'Ngoại giao',
  BDTTG: 'Dân tộc và Tôn giáo',
};

/** How a code's issuer is named in full, for messages and fixes (local bodies need a place and have none). */
export function nameOfIssuerCode(code: string): string | undefined {
  const head = code.split('-')[0].toUpperCase();
  if (head === 'CP') return 'Chính phủ';
  if (head === 'TTG') return 'Thủ tướng Chính phủ';
  if (/^QH\d*$/.test(head)) return 'Quốc hội';
  if (/^UBTVQH\d*$/.test(head)) return 'Ủy ban Thường vụ Quốc hội';
  const ministry = MINISTRIES[head];
  return ministry ? `Bộ ${ministry}` : undefined;
}

/**
 * Whether an issuer phrase can be the issuer of a symbol's code. Unknown bodies and unknown codes agree with
 * everything (kehoach only reports what it knows to be wrong).
 */
export function issuerAgreesWithCode(info: IssuerInfo, code: string): boolean {
  const expected = bodyOfIssuerCode(code);
  if (!expected || info.body === 'other') return true;
  if (expected.body !== info.body) return false;
  if (expected.body === 'ministry' && info.ministry) return foldName(info.ministry) === expected.ministry;
  return true;
}

/** Whether two issuer phrases can name the same body: same body, and no contradicting place. */
export function issuersAgree(cited: IssuerInfo, known: IssuerInfo): boolean {
  if (cited.body === 'other' || known.body === 'other') return true;
  if (cited.body !== known.body) {
    // "Bộ Chính trị, Ban Bí thư" and "Ban Chấp hành Trung ương" are all central party bodies.
    return false;
  }
  if (cited.body === 'ministry' && cited.ministry && known.ministry) return foldName(cited.ministry) === foldName(known.ministry);
  if (cited.locality && known.locality) return localitiesAgree(cited.locality, known.locality);
  return true;
}

export function localitiesAgree(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}
