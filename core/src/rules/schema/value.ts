import { t } from '../../i18n/messages';
import type { Rule } from '../rule';
import { displayKey, issuesOfKind, quoteValue, valueRange } from './support';

export const schemaValue: Rule = {
  meta: {
    id: 'schema/value',
    category: 'schema',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Giá trị phải thuộc các giá trị cho phép hoặc đúng mẫu (loại văn bản, số ký hiệu, ngày…).',
      en: 'A value must be one of the allowed values or match its pattern (type, number and symbol, date…).',
    },
    docs: {
      vi: [
        'Một số mục chỉ nhận giá trị nhất định: `loai` là `ke-hoach` hoặc `quyet-dinh`; `ngay` viết `2026-01-09`',
        '(hoặc `2026-01` khi chưa có ngày); `so` viết `15/KH-UBND` (dự thảo: `/KH-UBND`).',
        '',
        '```yaml',
        'ngay: 09/01/2026     # báo lỗi: viết 2026-01-09',
        'loai: kehoach        # báo lỗi: ke-hoach hoặc quyet-dinh',
        '```',
      ].join('\n'),
      en: [
        'Some parts take fixed values: `loai` is `ke-hoach` or `quyet-dinh`; `ngay` is `2026-01-09`',
        '(or `2026-01` while the day is unknown); `so` is `15/KH-UBND` (a draft: `/KH-UBND`).',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang, plan } = context;
    const issues = issuesOfKind(context.schemaIssues(), ['enum', 'pattern', 'empty', 'duplicate', 'doan-and-muc', 'other'] as const);
    for (const issue of issues) {
      const key = displayKey(issue.path, lang);
      let message: string;
      switch (issue.kind) {
        case 'enum':
          message = t(lang, 'schema.enum', { key, value: quoteValue(issue.data), allowed: issue.allowed.map(String).join(', ') });
          break;
        case 'pattern':
          message = t(lang, 'schema.pattern', { key, value: quoteValue(issue.data), hint: issue.hint?.[lang] ?? '' });
          break;
        case 'empty':
          message = t(lang, 'schema.emptyObject', { key });
          break;
        case 'duplicate':
          message = t(lang, 'schema.duplicateItem', { key });
          break;
        case 'doan-and-muc':
          message = t(lang, 'schema.bothDoanAndMuc');
          break;
        default:
          message = t(lang, 'schema.other', { key, detail: issue.detail });
      }
      context.report({ range: valueRange(plan, issue.path), message });
    }
  },
};
