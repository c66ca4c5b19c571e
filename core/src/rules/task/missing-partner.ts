import { isMap, isScalar, isSeq } from 'yaml';
import { t } from '../../i18n/messages';
import { findPair, isBlank } from '../../model/yaml-nodes';
import { taskNode } from '../item-nodes';
import type { Rule } from '../rule';
import { taskFieldRange, taskLabel } from './support';

export const taskMissingPartner: Rule = {
  meta: {
    id: 'task/missing-partner',
    category: 'task',
    defaultSeverity: 'information',
    fixable: false,
    description: {
      vi: 'Ô cơ quan phối hợp (phoi_hop) của nhiệm vụ bị để trống.',
      en: "A task's partner cell (phoi_hop) is left empty.",
    },
    docs: {
      vi: [
        'Ô trống trong bảng phụ lục khiến người đọc không biết nhiệm vụ có cần phối hợp hay người soạn quên ghi. Báo khi `phoi_hop`',
        'được ghi nhưng để trống, hoặc khi phụ lục khai báo cột phối hợp (`phu_luc.cot` có `phoi_hop`) mà nhiệm vụ không có',
        '`phoi_hop`. Nhiệm vụ tự làm, không cần phối hợp, thì bỏ cột hoặc ghi rõ (ví dụ "Không").',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Khảo sát sự hài lòng của tổ chức, công dân',
        '    chu_tri: Phòng Văn hóa - Xã hội',
        '    phoi_hop: ""                  # báo',
        '    thoi_gian: Quý IV năm 2025',
        '  - ten: Khảo sát sự hài lòng của tổ chức, công dân',
        '    chu_tri: Phòng Văn hóa - Xã hội',
        '    phoi_hop: Trung tâm Phục vụ hành chính công xã   # đúng',
        '    thoi_gian: Quý IV năm 2025',
        '```',
      ].join('\n'),
      en: [
        'An empty cell in the appendix table leaves the reader unsure whether partners are needed or were forgotten. Fires when',
        '`phoi_hop` is written but empty, or when the appendix declares a partner column (`phu_luc.cot` lists `phoi_hop`) and a',
        'task has none.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const root = plan.model.root;
    const phuLuc = root ? findPair(root, 'phu_luc')?.value : undefined;
    const columns = isMap(phuLuc) ? findPair(phuLuc, 'cot')?.value : undefined;
    const declared = isSeq(columns) && columns.items.some((item) => isScalar(item) && item.value === 'phoi_hop');
    // Whether the appendix declares a partner column is the one thing read outside the task.
    context.each(plan.model.tasks, taskNode, declared ? 'declared' : '', (task) => {
      const pair = task.field('phoi_hop');
      if (pair ? !isBlank(pair.value) : !declared) return;
      context.report({
        range: taskFieldRange(plan, task, 'phoi_hop'),
        message: t(lang, 'task.missingPartner', { index: task.number, task: taskLabel(task) }),
      });
    });
  },
};
