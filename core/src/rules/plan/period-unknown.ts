import { t } from '../../i18n/messages';
import { findPeriodIn, planPeriod, periodSourceField } from '../../time/period';
import { parseTime } from '../../time/parse-time';
import { textField, valueRange } from '../../time/task-time';
import type { Rule } from '../rule';

export const planPeriodUnknown: Rule = {
  meta: {
    id: 'plan/period-unknown',
    category: 'plan',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Kỳ kế hoạch (năm 2026, 6 tháng cuối năm 2025, giai đoạn 2026 - 2030) phải đọc được từ ky hoặc từ trích yếu.',
      en: 'The plan period (năm 2026, 6 tháng cuối năm 2025, giai đoạn 2026 - 2030) must be readable from ky or the subject line.',
    },
    docs: {
      vi: [
        'Kỳ kế hoạch cho biết kế hoạch áp dụng trong thời gian nào; kehoach dùng nó để kiểm tra thời gian của từng nhiệm vụ',
        '(`task/outside-period`) và để hiểu "Quý IV" hay "Thường xuyên". Kỳ lấy từ khóa `ky` nếu có, nếu không thì từ trích yếu',
        '("… năm 2026", "… 6 tháng cuối năm 2025", "… giai đoạn 2026 - 2030"). Báo khi `ky` được ghi mà không đọc được, hoặc khi',
        'cả `ky` lẫn trích yếu đều không cho biết kỳ.',
        '',
        '```yaml',
        'trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng     # báo: không có kỳ',
        '---',
        'trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026   # đúng',
        '```',
      ].join('\n'),
      en: [
        'The period is what the plan covers; kehoach needs it to check each task\'s time (`task/outside-period`) and to read',
        '"Quý IV" or "Thường xuyên". It comes from `ky` when present, else from the subject line. Fires when `ky` is written',
        'but unreadable, or when neither `ky` nor the subject line states a period.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const ky = textField(plan, ['ky']);
    if (ky && ky.value.trim()) {
      const parsed = parseTime(ky.value);
      if (!(parsed.ok && parsed.value.kind === 'interval') && !findPeriodIn(ky.value)) {
        context.report({ range: valueRange(ky), message: t(lang, 'plan.periodUnreadable', { ky: ky.value.trim() }) });
        return;
      }
    }
    if (planPeriod(plan)) return;
    const field = periodSourceField(plan);
    if (!field) return;
    context.report({ range: valueRange(field), message: t(lang, 'plan.periodUnknown') });
  },
};
