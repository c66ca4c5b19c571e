import { t } from '../../i18n/messages';
import { closestMatch } from '../../util/strings';
import type { Rule } from '../rule';
import { issuesOfKind, keyRange } from './support';

export const schemaUnknownKey: Rule = {
  meta: {
    id: 'schema/unknown-key',
    category: 'schema',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Khóa không có trong định dạng kế hoạch (thường do gõ sai); gợi ý khóa gần nhất.',
      en: 'A key the plan format does not define (usually a typo); the closest key is suggested.',
    },
    docs: {
      vi: [
        'Khóa viết sai sẽ làm mất nội dung khi xuất văn bản và làm các kiểm tra khác bỏ sót. Khóa là tiếng Việt',
        'không dấu, nối bằng dấu gạch dưới. Nếu khóa gần giống một khóa đúng, kehoach gợi ý và có sửa nhanh.',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Tuyên truyền trên Cổng Thông tin điện tử xã',
        '    chu_tr: Văn phòng HĐND và UBND xã   # Khóa không hợp lệ \'chu_tr\' — có phải \'chu_tri\'?',
        '```',
      ].join('\n'),
      en: [
        'A misspelt key loses its content on export and hides it from the other checks. Keys are Vietnamese',
        'without diacritics, joined by underscores. When a key is close to a valid one, kehoach suggests it and offers a quick fix.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang, plan } = context;
    for (const issue of issuesOfKind(context.schemaIssues(), ['unknown-key'] as const)) {
      const range = keyRange(plan, issue.path, issue.key);
      const suggestion = closestMatch(issue.key, issue.allowed);
      if (suggestion) {
        context.report({
          range,
          message: t(lang, 'schema.unknownKeySuggest', { key: issue.key, suggestion }),
          fixes: [{ title: lang === 'en' ? `Rename to '${suggestion}'` : `Đổi thành '${suggestion}'`, edits: [{ range, newText: suggestion }] }],
        });
      } else {
        context.report({ range, message: t(lang, 'schema.unknownKey', { key: issue.key, allowed: issue.allowed.join(', ') }) });
      }
    }
  },
};
