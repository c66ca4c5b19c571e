import { t, type MessageKey } from '../../i18n/messages';
import { findCitations } from '../../citations/parse-citation';
import type { Rule } from '../rule';

export const refUnknown: Rule = {
  meta: {
    id: 'ref/unknown',
    category: 'ref',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Văn bản được dẫn ở căn cứ / thực hiện không có trong sổ văn bản của kehoach.',
      en: 'A document cited as a legal basis is not in any kehoach registry.',
    },
    docs: {
      vi: [
        'Số, ký hiệu gõ sai là lỗi người duyệt dễ bỏ sót nhất. kehoach tra số, ký hiệu của từng văn bản ở `can_cu`',
        'và `thuc_hien` trong sổ văn bản: văn bản Trung ương, văn bản của tỉnh, thành phố, và (sắp có) sổ văn bản của xã.',
        'Văn bản của chính xã (quyết định, kế hoạch của UBND xã) chỉ xã biết: hãy bổ sung vào sổ văn bản của xã.',
        '',
        '```yaml',
        'can_cu:',
        '  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ...   # có trong sổ',
        '  - Nghị quyết số 67/NQ-CP ngày 15/7/2021 của Chính phủ ...   # báo: không tìm thấy 67/NQ-CP',
        '```',
      ].join('\n'),
      en: [
        'A mistyped number is the defect reviewers miss most. kehoach looks up every document cited under `can_cu`',
        'and `thuc_hien` in its registries: national documents, the province pack and (soon) the commune\'s own registry.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang, registry } = context;
    const layers = registry
      .layerKinds()
      .map((kind) => t(lang, `layer.${kind}` as MessageKey))
      .join(', ');
    for (const field of plan.model.legalBases) {
      for (const citation of findCitations(field.value)) {
        if (registry.lookup(citation.symbol.text)) continue;
        context.report({
          range: { start: field.offsetOf(citation.symbol.start), end: field.offsetOf(citation.symbol.end) },
          message: t(lang, 'ref.unknown', { symbol: citation.symbol.text, layers }),
        });
      }
    }
  },
};
