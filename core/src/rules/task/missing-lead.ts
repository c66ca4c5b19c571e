import { t } from '../../i18n/messages';
import { taskNode } from '../item-nodes';
import type { Rule } from '../rule';
import { isFieldBlank, taskFieldRange, taskLabel } from './support';

export const taskMissingLead: Rule = {
  meta: {
    id: 'task/missing-lead',
    category: 'task',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Mỗi nhiệm vụ trong phụ lục phải có cơ quan chủ trì (chu_tri).',
      en: 'Every appendix task must name a lead unit (chu_tri).',
    },
    docs: {
      vi: [
        'Nhiệm vụ không có cơ quan chủ trì thì không ai chịu trách nhiệm thực hiện và báo cáo. Báo khi `chu_tri`',
        'bị thiếu, để trống hoặc chỉ có dấu cách.',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Khảo sát sự hài lòng của người dân',
        '    chu_tri: ""            # báo lỗi',
        '    thoi_gian: Quý IV/2026',
        '  - ten: Khảo sát sự hài lòng của người dân',
        '    chu_tri: Phòng Văn hóa - Xã hội   # đúng',
        '    thoi_gian: Quý IV/2026',
        '```',
      ].join('\n'),
      en: [
        'A task without a lead unit has no one accountable for doing and reporting it. Fires when `chu_tri` is',
        'absent, empty or blank.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    context.each(plan.model.tasks, taskNode, '', (task) => {
      if (!isFieldBlank(task, 'chu_tri')) return;
      context.report({
        range: taskFieldRange(plan, task, 'chu_tri'),
        message: t(lang, 'task.missingLead', { index: task.number, task: taskLabel(task) }),
      });
    });
  },
};
