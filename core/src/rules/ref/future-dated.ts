import { partRange } from '../../citations/analyze';
import { compareDates, dateProblem, formatDate, parseIsoDate, type DateValue } from '../../citations/dates';
import { t } from '../../i18n/messages';
import type { Language } from '../../types';
import type { Rule } from '../rule';
import { analysisOf, displayIsoDate, nameOf } from './support';

export const refFutureDated: Rule = {
  meta: {
    id: 'ref/future-dated',
    category: 'ref',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Văn bản được dẫn có ngày ban hành sau ngày của chính kế hoạch.',
      en: 'A cited document is dated after the plan itself.',
    },
    docs: {
      vi: [
        'Một văn bản không thể căn cứ vào văn bản ban hành sau nó: ngày được dẫn sai, hoặc ngày của kế hoạch sai.',
        'kehoach so ngày được dẫn (nếu trích dẫn không ghi ngày thì ngày trong sổ văn bản) với `ngay` của kế hoạch.',
        'Bản dự thảo chỉ ghi tháng (`ngay: 2026-01`): chỉ báo khi văn bản được dẫn thuộc tháng sau tháng đó.',
        '',
        '```yaml',
        'ngay: 2026-01-09',
        'can_cu:',
        '  - Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ...  # báo: sau 09/01/2026',
        '```',
        '',
        '```yaml',
        'ngay: 2026-01   # dự thảo',
        'can_cu:',
        '  - Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ...  # không báo: cùng tháng',
        '```',
      ].join('\n'),
      en: [
        'A document cannot rest on one issued after it: either the cited date or the plan\'s date is wrong. kehoach compares the',
        'cited date (or the registry date when none is cited) with the plan\'s `ngay`. A draft with a month only (`ngay: 2026-01`)',
        'is compared conservatively: only a document of a later month is reported.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang } = context;
    const analysis = analysisOf(context);
    const planDate = analysis.planDate;
    if (!planDate || dateProblem(planDate)) return;
    for (const c of analysis.citations) {
      const date = c.citation.date;
      if (date && !dateProblem(date)) {
        if (compareDates(date, planDate) > 0) {
          context.report({
            range: partRange(c.field, date),
            message: t(lang, 'ref.futureDated', { symbol: nameOf(c), cited: date.text.replace(/\s+/g, ' '), plan: planDateText(planDate, lang) }),
          });
        }
        continue;
      }
      const match = c.resolution.match;
      const known = match ? parseIsoDate(match.entry.date) : undefined;
      if (!date && match && known && compareDates(known, planDate) > 0) {
        const part = c.citation.symbol ?? c.citation.name ?? c.citation;
        context.report({
          range: partRange(c.field, part),
          message: t(lang, 'ref.futureDatedKnown', { symbol: nameOf(c), date: displayIsoDate(match.entry.date), plan: planDateText(planDate, lang) }),
        });
      }
    }
  },
};

function planDateText(date: DateValue, lang: Language): string {
  if (date.day !== undefined) return formatDate(date);
  return t(lang, 'ref.monthOf', { month: String(date.month).padStart(2, '0'), year: date.year });
}
