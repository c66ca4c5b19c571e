import { t } from '../../i18n/messages';
import { fieldCache, fieldSlot, type TextField } from '../../model/plan-model';
import type { Rule } from '../rule';

const NONE = { closes: [], opens: [] };
const UNBALANCED = fieldSlot('doc/unbalanced-quote');
const unbalancedIn = (field: TextField) => unbalanced(field.value);

/** Indices of closing quotes with no opening one, then of opening quotes never closed. */
function unbalanced(value: string): { closes: number[]; opens: number[] } {
  if (!value.includes('“') && !value.includes('”')) return NONE;
  const closes: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '“') open.push(i);
    else if (ch === '”') {
      if (open.length > 0) open.pop();
      else closes.push(i);
    }
  }
  return { closes, opens: open };
}

export const docUnbalancedQuote: Rule = {
  meta: {
    id: 'doc/unbalanced-quote',
    category: 'doc',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Dấu ngoặc kép “ ” phải đi thành cặp trong mỗi đoạn văn.',
      en: 'Curly quotes “ ” come in pairs within each text.',
    },
    docs: {
      vi: [
        'Tên chuyên mục, đề án, khẩu hiệu được đặt trong “ ”. Một dấu mở không có dấu đóng (hay ngược lại) là lỗi',
        'gõ; kehoach không tự sửa vì không biết dấu còn thiếu đặt ở đâu.',
        '',
        '```yaml',
        'ten: Duy trì chuyên mục “Cải cách hành chính trên Cổng Thông tin điện tử xã   # báo',
        '```',
      ].join('\n'),
      en: 'Names of columns, schemes and slogans are set in “ ”. A lone opening or closing quote is a typo; it is not fixed automatically since the missing quote\'s place is unknown.',
    },
  },
  check(context) {
    const { plan, lang } = context;
    for (const field of plan.model.texts) {
      const { closes, opens } = fieldCache(field, UNBALANCED, '', unbalancedIn);
      for (const i of closes) context.report({ range: { start: field.offsetOf(i), end: field.offsetOf(i + 1) }, message: t(lang, 'doc.unbalancedClose') });
      for (const i of opens) context.report({ range: { start: field.offsetOf(i), end: field.offsetOf(i + 1) }, message: t(lang, 'doc.unbalancedOpen') });
    }
  },
};
