import { findCitations } from '../../citations/parse-citation';
import { t, type MessageKey } from '../../i18n/messages';
import { fieldCache, fieldSlot, type TextField } from '../../model/plan-model';
import type { ParsedPlan } from '../../parse/parse-plan';
import { planUnits } from '../../units/analysis';
import { reformApplies } from '../../units/reform';
import type { Rule } from '../rule';
import { memoizeString, StringMemo } from '../../util/memo';

const L = String.raw`\p{L}\p{M}`;
const before = `(?<![${L}])`;
const after = `(?![${L}])`;

interface Pattern {
  regex: RegExp;
  message: MessageKey;
  /** Skip a match next to "xã"/"phường" in pairs like "các xã, phường". */
  pairedWith?: string;
}

// Cities directly under the central government after 2025 (their communes belong to no province).
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

function patterns(level: string | undefined, city: string | undefined): Pattern[] {
  const list: Pattern[] = [
    { regex: new RegExp(`${before}(?:cấp\\s+)?(?:huyện|quận|thị xã(?!\\s+hội))${after}`, 'giu'), message: 'text.outdatedDistrict' },
    { regex: new RegExp(`${before}thị trấn${after}`, 'giu'), message: 'text.outdatedTown' },
    { regex: new RegExp(`${before}tỉnh\\s+Hải\\s+Dương${after}`, 'giu'), message: 'text.outdatedProvince' },
  ];
  if (city) {
    list.push({
      regex: new RegExp(`${before}(?:của|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|trên địa bàn|toàn)\\s+tỉnh${after}(?!\\s+Hải\\s+Dương)`, 'giu'),
      message: 'text.provinceInCity',
    });
  }
  if (level === 'xã') list.push({ regex: new RegExp(`${before}phường${after}`, 'giu'), message: 'text.wardInCommune', pairedWith: 'xã' });
  if (level === 'phường') {
    list.push({
      regex: new RegExp(`${before}(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|của|trên địa bàn|toàn)\\s+xã${after}(?!\\s+hội)`, 'giu'),
      message: 'text.communeInWard',
      pairedWith: 'phường',
    });
  }
  return list;
}

const CITY = new RegExp(`${before}thành phố\\s+(${CENTRAL_CITIES.join('|')})${after}`, 'iu');
/** The central city a text names, or '' (kept across checks). */
const cityIn = memoizeString((value: string): string => {
  const m = CITY.exec(value);
  return m ? `thành phố ${CENTRAL_CITIES.find((city) => city.toLowerCase() === m[1].toLowerCase()) ?? m[1]}` : '';
});

function cityOf(plan: ParsedPlan): string | undefined {
  for (const field of plan.model.texts) {
    const city = cityIn(field.value);
    if (city) return city;
  }
  return undefined;
}

/** Spans whose words are not the plan's own: quoted titles and the cited documents (with their issuer and title). */
function protectedSpans(value: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of value.matchAll(/“[^”]*”|"[^"]*"|‘[^’]*’/g)) spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  for (const citation of findCitations(value)) {
    const rest = value.slice(citation.end);
    const clause = /[;]|\.(?:\s|$)/.exec(rest);
    spans.push({ start: citation.start, end: citation.end + (clause ? clause.index : rest.length) });
  }
  return spans;
}

const FACILITY = /^(?:Trường|Bệnh viện|Trạm|Chợ|Đình|Đền|Chùa|Nhà|Bến|Sân|Công ty|Hợp tác xã|Quỹ|Ngân hàng|Bưu điện|Câu lạc bộ)$/u;

/** Part of a proper name: preceded by capitalised words that start with a facility noun ("Trường THCS Thị trấn"). */
function inProperName(value: string, start: number): boolean {
  const words = value.slice(Math.max(0, start - 60), start).split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    if (!/^\p{Lu}/u.test(words[i])) break;
    run.unshift(words[i]);
  }
  for (let i = 0; i < run.length; i++) {
    if (FACILITY.test(run[i]) || FACILITY.test(`${run[i]} ${run[i + 1] ?? ''}`)) return true;
  }
  return false;
}

function skipField(field: TextField, cellNodes: ReadonlySet<unknown>): boolean {
  if (cellNodes.has(field.node)) return true;
  return fieldCache(field, SKIPPED, '', skippedByPath);
}

const SKIPPED = fieldSlot('text/outdated-level:skip');

/** Fields this rule never reads, by where they are. */
function skippedByPath(field: TextField): boolean {
  const [first, second] = field.path;
  if (first === 'can_cu' || first === 'thuc_hien' || (first === 'quyet_dinh' && (second === 'can_cu' || second === 'thuc_hien'))) return true;
  return ['loai', 'so', 'ngay', 'kieu_muc', 'ghi_chu', 'phu_luc'].includes(String(first)) || field.path.includes('ghi_chu');
}

export const textOutdatedLevel: Rule = {
  meta: {
    id: 'text/outdated-level',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Kế hoạch từ 01/7/2025 không còn nhắc cấp huyện, thị trấn, tỉnh Hải Dương, hay "phường" trong kế hoạch của xã (và ngược lại).',
      en: 'A plan from 1 July 2025 on must not mention the district level, towns, Hải Dương province, or "phường" in a xã plan (and the reverse).',
    },
    docs: {
      vi: [
        'Từ ngày 01/7/2025 chính quyền địa phương có hai cấp: tỉnh/thành phố và xã/phường/đặc khu; cấp huyện (huyện, quận, thị xã)',
        'và thị trấn không còn; tỉnh Hải Dương hợp nhất vào thành phố Hải Phòng. Kế hoạch chép từ năm trước thường còn sót "trên địa',
        'bàn huyện", "của huyện", "cấp huyện". Báo ở mọi đoạn văn của kế hoạch có ngày (hoặc kỳ bắt đầu) từ 01/7/2025; cũng báo',
        '"phường" trong kế hoạch của xã và "xã" (như "UBND xã") trong kế hoạch của phường, và "của tỉnh" khi xã thuộc thành phố trực',
        'thuộc Trung ương. Không báo trong tên văn bản được dẫn (căn cứ, trích dẫn và trích yếu của văn bản, phần trong ngoặc kép),',
        'trong tên riêng ("Trường THCS Thị trấn"), ở "cấp tỉnh" và ở cặp "xã, phường". Tên đơn vị cấp huyện trong ô đơn vị là',
        'quy tắc `unit/outdated`.',
        '',
        '```yaml',
        'trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Ninh Giang 6 tháng cuối năm 2025',
        'noi_dung:',
        '  - Tuyên truyền cách làm hay trên địa bàn huyện      # báo "huyện"',
        '  - Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)       # không báo',
        '  - Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND huyện Tiên Lãng   # không báo: văn bản được dẫn',
        '```',
      ].join('\n'),
      en: [
        'Since 1 July 2025 local government has two levels; districts (huyện, quận, thị xã) and towns (thị trấn) are gone and Hải',
        'Dương merged into Hải Phòng. Fires in any text of a plan dated (or starting) on or after that day; also "phường" in a',
        'commune plan and "xã" in a ward plan, and "của tỉnh" when the commune belongs to a centrally-run city. Cited documents',
        '(căn cứ, citations with their issuer and title, quoted text), proper names ("Trường THCS Thị trấn"), "cấp tỉnh" and pairs',
        'like "xã, phường" are left alone. District offices in unit cells are `unit/outdated`.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    if (!reformApplies(plan)) return;
    const units = planUnits(plan);
    const cellNodes = units.cellNodes;
    const city = cityOf(plan);
    const level = units.commune?.level;
    const patterns = patternsFor(level, city);
    const { list, hits } = patterns;
    for (const field of plan.model.texts) {
      if (skipField(field, cellNodes)) continue;
      // What a text says depends only on the text and the plan's level and city: kept across checks.
      for (const hit of fieldCache(field, HITS, patterns, hitsOf, patterns)) {
        context.report({
          range: { start: field.offsetOf(hit.start), end: field.offsetOf(hit.end - 1) + 1 },
          message: t(lang, hit.message, { word: hit.word, city: city ?? '' }),
        });
      }
    }
  },
};

interface Hit {
  start: number;
  end: number;
  word: string;
  message: MessageKey;
}

const HITS = fieldSlot('text/outdated-level');
const hitsOf = (field: TextField, { list, hits }: { list: Pattern[]; hits: StringMemo<Hit[]> }) => hits.get(field.value, (value) => findHits(value, list));
const patternLists = new Map<string, { list: Pattern[]; hits: StringMemo<Hit[]> }>();

function patternsFor(level: string | undefined, city: string | undefined): { list: Pattern[]; hits: StringMemo<Hit[]> } {
  const key = `${level ?? ''}|${city ?? ''}`;
  let entry = patternLists.get(key);
  if (!entry) patternLists.set(key, (entry = { list: patterns(level, city), hits: new StringMemo() }));
  return entry;
}

function findHits(value: string, list: Pattern[]): Hit[] {
  const hits: Hit[] = [];
  let spans: { start: number; end: number }[] | undefined;
  for (const pattern of list) {
    for (const match of value.matchAll(pattern.regex)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      spans ??= protectedSpans(value);
      if (spans.some((span) => start >= span.start && start < span.end)) continue;
      if (inProperName(value, start)) continue;
      if (pattern.pairedWith) {
        const pair = new RegExp(`(?:${pattern.pairedWith})\\s*(?:,|\\/|-|và|hoặc)\\s*$`, 'iu');
        const pairAfter = new RegExp(`^\\s*(?:,|\\/|-|và|hoặc)\\s*(?:${pattern.pairedWith})${after}`, 'iu');
        if (pair.test(value.slice(Math.max(0, start - 20), start)) || pairAfter.test(value.slice(end))) continue;
      }
      hits.push({ start, end, word: match[0], message: pattern.message });
    }
  }
  return hits;
}
