import { partRange } from '../../citations/analyze';
import { quotedPart, titlesDiffer } from '../../citations/titles';
import { t } from '../../i18n/messages';
import { excerpt } from '../../util/strings';
import { citationNode } from '../item-nodes';
import type { Rule } from '../rule';
import { analysisOf, fixOf, nameOf, replaceEdit } from './support';

export const refTitleMismatch: Rule = {
  meta: {
    id: 'ref/title-mismatch',
    category: 'ref',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Trích yếu của văn bản được dẫn khác hẳn trích yếu trong sổ văn bản (sai năm, sai tên).',
      en: 'The title given for a cited document materially differs from the registry\'s (another year, another subject).',
    },
    docs: {
      vi: [
        'Trích dẫn hay viết tắt hoặc diễn đạt lại trích yếu ("CCHC", "về việc", "2021-2030"): những khác biệt đó không bị báo.',
        'kehoach chỉ báo khi khác về nội dung: một năm mà văn bản không có, hoặc phần lớn từ ngữ không khớp.',
        'Ví dụ thật: Đề án của Quyết định 1588/QĐ-TTg được dẫn là "... đến năm 2026, định hướng đến năm 2030", trong khi',
        'tên đúng là "... đến năm 2025, định hướng đến năm 2030".',
        '',
        'Sửa nhanh: thay trích yếu bằng trích yếu trong sổ (trong ngoặc kép thì chỉ thay phần trong ngoặc).',
        '',
        '```yaml',
        'noi_dung:',
        '  # báo: năm 2026 không có trong tên Đề án',
        '  - Đề án “... dịch vụ công trực tuyến đến năm 2026, định hướng đến năm 2030” được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1588/QĐ-TTg ngày 17/12/2024.',
        '  # đúng (viết tắt CCHC không bị báo)',
        '  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030.',
        '```',
      ].join('\n'),
      en: [
        'Citations abbreviate and paraphrase titles ("CCHC", "về việc", "2021-2030"); those differences are not reported.',
        'kehoach reports a material difference only: a year the document does not have, or words that mostly do not match.',
        'Real case: the Đề án of Quyết định 1588/QĐ-TTg cited as "... đến năm 2026 ..." for "... đến năm 2025 ...".',
        'Quick fix: use the registry title (inside quotes, only the quoted part).',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang } = context;
    // A citation's findings depend only on it (its text and what the registry says of it).
    context.each(analysisOf(context).citations, citationNode, '', (c) => {
      const match = c.resolution.match;
      const title = c.citation.title;
      if (!match?.entry.title || !title || c.citation.kind !== 'number') return;
      if (!titlesDiffer(title.text, match.entry.title)) return;
      const quoted = /[“"]$/u.test(c.field.value.slice(0, title.start));
      const expected = (quoted ? quotedPart(match.entry.title) : undefined) ?? match.entry.title;
      context.report({
        range: partRange(c.field, title),
        message: t(lang, 'ref.titleMismatch', { symbol: nameOf(c), expected: excerpt(expected, 160) }),
        fixes: [fixOf(t(lang, 'ref.fix.title'), replaceEdit(c, title, expected))],
      });
    });
  },
};
