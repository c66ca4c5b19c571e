import { t } from '../../i18n/messages';
import type { Rule } from '../rule';
import { displayKey, issuesOfKind, ownerKeyRange, titleAt } from './support';

export const schemaRequired: Rule = {
  meta: {
    id: 'schema/required',
    category: 'schema',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Các mục bắt buộc của văn bản phải có (loại, cơ quan, số, địa danh, ngày, trích yếu, nơi nhận, người ký…).',
      en: 'Required parts must be present (type, body, number, place, date, subject, recipients, signer…).',
    },
    docs: {
      vi: [
        'Theo Nghị định 30/2020/NĐ-CP, một kế hoạch phải có: tên cơ quan ban hành, số và ký hiệu, địa danh và ngày',
        'ban hành, trích yếu, nơi nhận và chữ ký. Bản dự thảo được để trống số (`so: /KH-UBND`) và ngày',
        '(`ngay: 2026-01`), nhưng không được bỏ cả mục.',
        '',
        'Khi `loai: quyet-dinh`, phần quyết định (`quyet_dinh`) thay cho nơi nhận và người ký của kế hoạch.',
        '',
        '```yaml',
        '# Báo lỗi: thiếu ngay và dia_danh',
        'loai: ke-hoach',
        'co_quan: Ủy ban nhân dân xã Tiên Lãng',
        'so: /KH-UBND',
        '```',
      ].join('\n'),
      en: [
        'Under Decree 30/2020/NĐ-CP a plan must carry the issuing body, number and symbol, place and date, subject,',
        'recipients and signature. A draft may leave the number (`so: /KH-UBND`) and day (`ngay: 2026-01`) blank,',
        'but not drop the part.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang, plan } = context;
    for (const issue of issuesOfKind(context.schemaIssues(), ['required'] as const)) {
      const title = titleAt([...issue.path, issue.missing], lang);
      const message =
        issue.path.length === 0
          ? t(lang, 'schema.required', { key: issue.missing, title })
          : t(lang, 'schema.requiredIn', { key: issue.missing, title, parent: displayKey(issue.path, lang) });
      context.report({ range: ownerKeyRange(plan, issue.path), message });
    }
  },
};
