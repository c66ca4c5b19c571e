import { partRange, type CitationAnalysis, type ResolvedCitation } from '../../citations/analyze';
import { dateProblem, toIsoDate } from '../../citations/dates';
import { analyzeIssuer, foldIssuer, nameOfIssuerCode } from '../../citations/issuer';
import { codeOfTypeWord, spellCode } from '../../citations/symbol';
import { t } from '../../i18n/messages';
import { addToRegistryEdits } from '../../registry/registry-edit';
import type { Registry } from '../../registry/registry';
import type { Fix, Language } from '../../types';
import type { Rule } from '../rule';
import { analysisOf, choiceOf, searchedLayers } from './support';

export const refUnknown: Rule = {
  meta: {
    id: 'ref/unknown',
    category: 'ref',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Văn bản được dẫn không có trong sổ văn bản nào (Trung ương, tỉnh, thành phố, sổ văn bản của xã, các kế hoạch trong thư mục).',
      en: 'A cited document is in no registry (national, province, the commune registry, the plans of the workspace).',
    },
    docs: {
      vi: [
        'Số, ký hiệu gõ sai là lỗi người duyệt dễ bỏ sót nhất. kehoach tra từng văn bản được dẫn (ở `can_cu`, `thuc_hien`',
        'và trong mọi đoạn văn) trong các lớp sổ văn bản, theo thứ tự: văn bản Trung ương, văn bản của tỉnh, thành phố',
        '(chọn theo cơ quan ban hành của kế hoạch hoặc mục `tinh:` của sổ văn bản của xã), rồi sổ văn bản của xã',
        '(`.kehoach/van-ban.yaml`) và các kế hoạch khác trong thư mục. Thông báo nói rõ đã tìm ở những sổ nào.',
        '',
        'Ký hiệu của cơ quan địa phương (UBND, HĐND) chỉ duy nhất trong một xã hoặc một tỉnh: 01/KH-UBND của xã này khác',
        '01/KH-UBND của xã khác, nên kehoach so cả cơ quan ban hành. Ở `can_cu`, `thuc_hien` mỗi lần dẫn đều được báo;',
        'trong đoạn văn chỉ lần dẫn đầu tiên.',
        '',
        'Sửa nhanh: thêm văn bản vào sổ văn bản của xã với loại, số, ngày, cơ quan, trích yếu đọc từ chính trích dẫn',
        '(không hỏi gì thêm). Không có sửa nhanh khi trích dẫn thiếu ngày, thiếu cơ quan ban hành hoặc tên loại không khớp',
        'ký hiệu: hãy sửa trích dẫn trước.',
        '',
        '```yaml',
        'can_cu:',
        '  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ...   # có trong sổ: không báo',
        '  - Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ ...   # báo: không tìm thấy 67/NQ-CP',
        '```',
      ].join('\n'),
      en: [
        'A mistyped number is the defect reviewers miss most. kehoach looks up every cited document (in `can_cu`,',
        '`thuc_hien` and in any paragraph) in the registry layers, in order: national documents, the province pack',
        "(chosen by the plan's issuer or the commune registry's `tinh:`), then the commune registry",
        '(`.kehoach/van-ban.yaml`) and the other plans of the workspace. The message says which were searched.',
        '',
        'Local symbols (UBND, HĐND) are unique only within one commune or province, so the cited issuer is compared too.',
        'Every mention in `can_cu` / `thuc_hien` is reported; in paragraphs only the first.',
        '',
        'Quick fix: add the document to the commune registry with the type, number, date, issuer and title that the',
        'citation itself gives. No fix when the citation lacks a date or issuer, or its type word contradicts its symbol.',
        '',
        '```yaml',
        'can_cu:',
        '  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ...   # known: quiet',
        '  - Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ ...   # reported: 67/NQ-CP not found',
        '```',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang, registry } = context;
    const analysis = analysisOf(context);
    const layers = searchedLayers(registry, lang);
    const reported = new Set<string>();
    for (const c of analysis.citations) {
      const symbol = c.citation.symbol;
      if (c.citation.kind !== 'number' || !symbol || c.resolution.match) continue;
      if (!c.inLegalBasis && reported.has(c.key)) continue;
      reported.add(c.key);
      const others = c.resolution.others;
      const message =
        others.length > 0 && c.citation.issuer
          ? t(lang, 'ref.unknownElsewhere', {
              symbol: symbol.parsed.compact,
              known: [...new Set(others.map((o) => o.entry.issuer))].join('; '),
              cited: c.citation.issuer.text,
            })
          : t(lang, 'ref.unknown', { symbol: symbol.parsed.compact, layers });
      const fix = addFix(c, registry, lang, analysis);
      context.report({
        range: partRange(c.field, symbol),
        message,
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

/** "Add to the commune registry", when everything the entry needs can be read from the citation and the plan. */
function addFix(c: ResolvedCitation, registry: Registry, lang: Language, analysis: CitationAnalysis): Fix | undefined {
  const workspace = registry.workspace;
  const { typeWord, symbol, date, title } = c.citation;
  if (!workspace?.registryTarget || !typeWord || !symbol || !date || date.form === 'year' || dateProblem(date)) return undefined;
  const parsed = symbol.parsed;
  const wordCode = codeOfTypeWord(typeWord.text);
  // The type word must agree with the symbol: its code, a công văn (no code), or a Luật / Nghị quyết of the Quốc hội.
  const agrees = parsed.typeCode
    ? !!wordCode && wordCode.toUpperCase() === spellCode(parsed.typeCode).toUpperCase()
    : parsed.kind === 'normative' || wordCode === undefined;
  if (!agrees) return undefined;
  const issuer = fullIssuer(c.citation.issuer?.text, registry, analysis.planIssuer) ?? nameOfIssuerCode(parsed.issuerCode);
  if (!issuer) return undefined;
  const type = typeWord.text.replace(/\s+/g, ' ');
  const result = addToRegistryEdits(workspace, {
    loai: type[0].toUpperCase() + type.slice(1),
    so: parsed.compact,
    ngay: toIsoDate(date),
    co_quan: issuer,
    trich_yeu: title?.text.replace(/\s+/g, ' '),
  });
  if (!result) return undefined;
  return choiceOf(t(lang, 'ref.fix.addToRegistry', { symbol: parsed.compact, file: result.name }), ...result.edits);
}

/**
 * A cited issuer written in full, when the plan says which one it means: "Ủy ban nhân dân xã" in a plan of
 * Ủy ban nhân dân xã Ninh Giang is "Ủy ban nhân dân xã Ninh Giang"; "UBND thành phố" in a Hải Phòng plan is
 * "Ủy ban nhân dân thành phố Hải Phòng". Undefined when it cannot be told.
 */
export function fullIssuer(cited: string | undefined, registry: Registry, planIssuer: string | undefined): string | undefined {
  const text = cited?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const full = text.replace(/^UBND(?=\s)/u, 'Ủy ban nhân dân').replace(/^HĐND(?=\s)/u, 'Hội đồng nhân dân');
  const info = analyzeIssuer(full);
  if (!info.generic) return full;
  if (info.level === 'xa' || info.level === 'phuong' || info.level === 'dac-khu' || info.level === 'thi-tran') {
    const own = planIssuer ? analyzeIssuer(planIssuer) : undefined;
    return own?.level === info.level && own.locality && planIssuer ? `${full} ${properPlaceName(planIssuer)}` : undefined;
  }
  if ((info.level === 'thanh-pho' || info.level === 'tinh') && registry.province) {
    const province = registry.province.name;
    if (foldIssuer(province).startsWith(info.level === 'tinh' ? 'tỉnh' : 'thành phố')) return `${full} ${properPlaceName(province)}`;
  }
  return undefined;
}

/** The place name after its level: "thành phố Hải Phòng" → "Hải Phòng"; "Ủy ban nhân dân xã Ninh Giang" → "Ninh Giang". */
export function properPlaceName(text: string): string {
  const match = /(?:thành phố|tỉnh|xã|phường|đặc khu|thị trấn)\s+(.+)$/iu.exec(text.trim());
  return (match ? match[1] : text).trim();
}
