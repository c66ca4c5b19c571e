import { partRange } from '../../citations/analyze';
import { dateProblem, parseIsoDate } from '../../citations/dates';
import { t } from '../../i18n/messages';
import { citationNode } from '../item-nodes';
import type { Rule } from '../rule';
import { analysisOf, dateLike, fixOf, nameOf, replaceEdit } from './support';

export const refInvalidDate: Rule = {
  meta: {
    id: 'ref/invalid-date',
    category: 'ref',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Ngày ban hành được dẫn không có thật (31/02, tháng 13…).',
      en: 'A cited date cannot exist (31/02, month 13…).',
    },
    docs: {
      vi: [
        'Ngày 31/02/2025, 29/02/2025 (năm không nhuận) hay tháng 13 là lỗi gõ. Khi sổ văn bản biết văn bản được dẫn,',
        'sửa nhanh thay bằng ngày trong sổ.',
        '',
        '```yaml',
        'can_cu:',
        '  - Nghị quyết số 76/NQ-CP ngày 31/02/2021 của Chính phủ ...   # báo: tháng 2 không có ngày 31',
        '  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ...    # đúng',
        '```',
      ].join('\n'),
      en: [
        'Dates such as 31/02/2025, 29/02/2025 (not a leap year) or month 13 are typing errors. When the registry knows the',
        'document, the quick fix uses its date.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang } = context;
    // A citation's findings depend only on it (its text and what the registry says of it).
    context.each(analysisOf(context).citations, citationNode, '', (c) => {
      const date = c.citation.date;
      if (!date || date.form === 'year') return;
      const problem = dateProblem(date);
      if (!problem) return;
      const text = date.text.replace(/\s+/g, ' ');
      const params = { symbol: nameOf(c), date: text, day: date.day ?? '', month: date.month ?? '', year: date.year };
      const known = c.resolution.match ? parseIsoDate(c.resolution.match.entry.date) : undefined;
      const correct = known ? dateLike(date, known) : undefined;
      context.report({
        range: partRange(c.field, date),
        message: t(lang, problem === 'day' ? 'ref.invalidDate.day' : problem === 'month' ? 'ref.invalidDate.month' : 'ref.invalidDate.year', params),
        fixes: correct ? [fixOf(t(lang, 'ref.fix.date', { date: correct }), replaceEdit(c, date, correct))] : undefined,
      });
    });
  },
};
