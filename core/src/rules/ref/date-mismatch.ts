import { dateProblem, parseIsoDate, sameDate } from '../../citations/dates';
import { partRange } from '../../citations/analyze';
import { t } from '../../i18n/messages';
import { citationNode } from '../item-nodes';
import type { Rule } from '../rule';
import { analysisOf, dateLike, displayIsoDate, fixOf, layerPhrase, nameOf, replaceEdit } from './support';

export const refDateMismatch: Rule = {
  meta: {
    id: 'ref/date-mismatch',
    category: 'ref',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Ngày ban hành của văn bản được dẫn khác với ngày trong sổ văn bản.',
      en: 'A cited document is given another date than the one in the registry.',
    },
    docs: {
      vi: [
        'Sao chép căn cứ từ kế hoạch năm trước là cách ngày sai lọt qua nhiều vòng duyệt: một kế hoạch thật dẫn',
        'Quyết định 247/QĐ-UBND của UBND thành phố Hải Phòng với ngày 20/01/2025, trong khi quyết định này ban hành ngày',
        '20/01/2026 (một quyết định năm 2025 không thể ban hành kế hoạch năm 2026). kehoach so ngày được dẫn với ngày',
        'trong sổ văn bản (Trung ương, tỉnh, thành phố, sổ của xã, các kế hoạch trong thư mục).',
        '',
        'Sửa nhanh: thay ngày bằng ngày trong sổ, giữ cách viết của trích dẫn (20/01/2026 hoặc 20 tháng 01 năm 2026).',
        'Luật dẫn theo tên được so khi cùng tên và cùng năm.',
        '',
        '```yaml',
        'can_cu:',
        '  - Quyết định số 247/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân thành phố Hải Phòng ...  # báo: ngày 20/01/2026',
        '  - Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ...  # đúng',
        '```',
      ].join('\n'),
      en: [
        'Copying the legal bases from last year\'s plan is how wrong dates slip through reviews: a real plan cites',
        'Quyết định 247/QĐ-UBND of Hải Phòng as dated 20/01/2025, while it was issued on 20/01/2026. kehoach compares the',
        'cited date with the registry\'s. Quick fix: use the registry date, written in the citation\'s own form.',
        'A Luật cited by name is compared when the name and the year agree.',
        '',
        '```yaml',
        'can_cu:',
        '  - Quyết định số 247/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân thành phố Hải Phòng ...  # reported: 20/01/2026',
        '  - Quyết định số 247/QĐ-UBND ngày 20/01/2026 của Ủy ban nhân dân thành phố Hải Phòng ...  # correct',
        '```',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang } = context;
    // A citation's findings depend only on it (its text and what the registry says of it).
    context.each(analysisOf(context).citations, citationNode, '', (c) => {
      const match = c.resolution.match;
      const date = c.citation.date;
      if (!match || !date || dateProblem(date)) return;
      const known = parseIsoDate(match.entry.date);
      if (!known || sameDate(date, known)) return;
      const correct = dateLike(date, known);
      context.report({
        range: partRange(c.field, date),
        message: t(lang, 'ref.dateMismatch', {
          symbol: nameOf(c),
          expected: displayIsoDate(match.entry.date),
          cited: date.text.replace(/\s+/g, ' '),
          source: layerPhrase(match.layer, lang, match.entry),
        }),
        fixes: [fixOf(t(lang, 'ref.fix.date', { date: correct }), replaceEdit(c, date, correct))],
      });
    });
  },
};
