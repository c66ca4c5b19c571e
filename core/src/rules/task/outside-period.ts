import { t } from '../../i18n/messages';
import { contains, formatInterval } from '../../time/dates';
import { planPeriod } from '../../time/period';
import { taskTimes, valueRange } from '../../time/task-time';
import { timeNode } from '../item-nodes';
import type { Rule } from '../rule';

export const taskOutsidePeriod: Rule = {
  meta: {
    id: 'task/outside-period',
    category: 'task',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Thời gian của nhiệm vụ phải nằm trong kỳ kế hoạch (kỳ ghi ở ky hoặc ở trích yếu).',
      en: "A task's time must lie within the plan period (from ky, else from the subject line).",
    },
    docs: {
      vi: [
        'Kỳ kế hoạch lấy từ `ky`, nếu không có thì từ trích yếu ("năm 2026", "6 tháng cuối năm 2025", "giai đoạn 2026 - 2030").',
        'Báo khi thời gian của nhiệm vụ có ngày nằm ngoài kỳ: thường do chép kế hoạch năm trước mà quên sửa năm. "Thường xuyên" và',
        'các nhiệm vụ định kỳ trải đều cả kỳ; hạn chót ("Trước ngày 30/6/2026") phải nằm trong kỳ.',
        '',
        '```yaml',
        'trich_yeu: Tuyên truyền cải cách hành chính nhà nước xã Ninh Giang 6 tháng cuối năm 2025',
        'nhiem_vu:',
        '  - ten: Khảo sát sự hài lòng của tổ chức, công dân',
        '    chu_tri: Phòng Văn hóa - Xã hội',
        '    thoi_gian: Quý I/2025        # báo: kỳ là 1/7/2025 – 31/12/2025',
        '  - ten: Khảo sát sự hài lòng của tổ chức, công dân',
        '    chu_tri: Phòng Văn hóa - Xã hội',
        '    thoi_gian: Quý IV năm 2025   # đúng',
        '```',
      ].join('\n'),
      en: [
        'The plan period comes from `ky`, else from the subject line. Fires when a task\'s time has days outside the period,',
        'usually a year left over from last year\'s plan. "Thường xuyên" and recurrences cover the period; a deadline must fall',
        'within it.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const period = planPeriod(plan);
    if (!period) return;
    context.each(taskTimes(plan), timeNode, `${period.text}|${period.interval.start}|${period.interval.end}`, (time) => {
      if (!time.field || !time.interval || contains(period.interval, time.interval)) return;
      context.report({
        range: valueRange(time.field),
        message: t(lang, 'task.outsidePeriod', {
          index: time.task.number,
          time: time.field.value.trim(),
          dates: formatInterval(time.interval),
          period: period.text,
          periodDates: formatInterval(period.interval),
        }),
      });
    });
  },
};
