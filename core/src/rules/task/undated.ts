import { t } from '../../i18n/messages';
import { taskNode } from '../item-nodes';
import type { Rule } from '../rule';
import { isFieldBlank, taskFieldRange, taskLabel } from './support';

export const taskUndated: Rule = {
  meta: {
    id: 'task/undated',
    category: 'task',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Mỗi nhiệm vụ trong phụ lục phải có thời gian thực hiện (thoi_gian).',
      en: 'Every appendix task must state its time (thoi_gian).',
    },
    docs: {
      vi: [
        'Không có thời gian thì không kiểm tra được tiến độ. Báo khi `thoi_gian` bị thiếu, để trống hoặc chỉ có dấu cách.',
        'Các cách viết được chấp nhận: Thường xuyên; Năm 2026; Quý I/2026; 6 tháng đầu năm 2026; Tháng 11/2026;',
        'Từ tháng 5 đến tháng 12/2026; Trước ngày 30/6/2026; Hằng tháng; Hằng quý.',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Tuyên truyền trên hệ thống truyền thanh xã',
        '    chu_tri: Phòng Văn hóa - Xã hội',
        '                           # báo lỗi: thiếu thoi_gian',
        '```',
        '',
        'Thời gian có ghi nhưng không đọc được là quy tắc `task/unreadable-time`; thời gian nằm ngoài kỳ kế hoạch là',
        '`task/outside-period`.',
      ].join('\n'),
      en: [
        'Without a time, progress cannot be checked. Fires when `thoi_gian` is absent, empty or blank.',
        'Accepted forms include: Thường xuyên; Năm 2026; Quý I/2026; Tháng 11/2026; Trước ngày 30/6/2026; Hằng tháng.',
        'A time that is written but cannot be read is `task/unreadable-time`; one outside the plan period is `task/outside-period`.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    context.each(plan.model.tasks, taskNode, '', (task) => {
      if (!isFieldBlank(task, 'thoi_gian')) return;
      context.report({
        range: taskFieldRange(plan, task, 'thoi_gian'),
        message: t(lang, 'task.undated', { index: task.number, task: taskLabel(task) }),
      });
    });
  },
};
