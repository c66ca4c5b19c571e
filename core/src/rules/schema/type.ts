import { t } from '../../i18n/messages';
import type { Rule } from '../rule';
import { displayKey, issuesOfKind, typeName, valueRange } from './support';

export const schemaType: Rule = {
  meta: {
    id: 'schema/type',
    category: 'schema',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Giá trị phải đúng kiểu: văn bản, danh sách hay nhóm khóa.',
      en: 'A value must have the right shape: text, a list or a mapping.',
    },
    docs: {
      vi: [
        'Mỗi mục có một dạng: `trich_yeu` là một dòng văn bản, `can_cu` là danh sách, `nguoi_ky` là nhóm khóa.',
        'Lỗi hay gặp: một dòng văn bản có dấu `: ` chưa đặt trong ngoặc kép bị YAML hiểu thành nhóm khóa.',
        '',
        '```yaml',
        'noi_nhan:',
        '  - Lưu: VT, VHXH      # bị hiểu là nhóm khóa → báo lỗi',
        '  - "Lưu: VT, VHXH"    # đúng',
        '```',
      ].join('\n'),
      en: [
        'Each part has one shape: `trich_yeu` is one line of text, `can_cu` a list, `nguoi_ky` a mapping.',
        'A common slip: text with `: ` left unquoted becomes a mapping.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang, plan } = context;
    for (const issue of issuesOfKind(context.schemaIssues(), ['type'] as const)) {
      if (issue.path.length === 0) continue; // a non-mapping document is reported by yaml/syntax
      const expectsText = issue.expected.includes('string');
      const expected = issue.expected.filter((type) => type !== 'null').map((type) => typeName(type, lang));
      let message = t(lang, 'schema.type', {
        key: displayKey(issue.path, lang),
        expected: expected.join(t(lang, 'word.or')),
        actual: typeName(issue.actual, lang),
      });
      // `- Lưu: VT, VHXH` parses as a one-key mapping: say how to write it as text.
      if (expectsText && issue.actual === 'object' && isSingleKeyObject(issue.data)) message += t(lang, 'schema.typeColonHint');
      context.report({ range: valueRange(plan, issue.path), message });
    }
  },
};

function isSingleKeyObject(data: unknown): boolean {
  return !!data && typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 1;
}
