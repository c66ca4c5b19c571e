import { t } from '../../i18n/messages';
import { valueRange } from '../../time/task-time';
import { planUnits } from '../../units/analysis';
import { excerpt } from '../../util/strings';
import { cellNode } from '../item-nodes';
import type { Rule } from '../rule';

export const taskVagueLead: Rule = {
  meta: {
    id: 'task/vague-lead',
    category: 'task',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Cơ quan chủ trì phải là một đơn vị cụ thể, không phải "Các cơ quan, đơn vị" hay "Các phòng chuyên môn".',
      en: 'The lead must be one named unit, not a group such as "Các cơ quan, đơn vị".',
    },
    docs: {
      vi: [
        'Cơ quan chủ trì là đơn vị chịu trách nhiệm chính về nhiệm vụ (domain §3): "Các cơ quan, đơn vị", "Các phòng chuyên môn',
        'UBND xã", "Các phòng, ban, ngành" là một nhóm, không ai chịu trách nhiệm. Báo khi cả ô `chu_tri` chỉ là một nhóm như vậy.',
        'Tên tập thể có xác định (như "Các tổ chức chính trị - xã hội xã") không bị báo ở đây.',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Tuyên truyền các thủ tục hành chính',
        '    chu_tri: Các cơ quan, đơn vị              # báo',
        '    thoi_gian: Thường xuyên',
        '  - ten: Tuyên truyền các thủ tục hành chính',
        '    chu_tri: Trung tâm Phục vụ hành chính công xã   # đúng',
        '    phoi_hop: Các cơ quan, đơn vị              # ở phoi_hop thì không báo',
        '    thoi_gian: Thường xuyên',
        '```',
      ].join('\n'),
      en: [
        'The lead is the unit accountable for the task (domain §3). A group ("Các cơ quan, đơn vị", "Các phòng chuyên môn UBND',
        'xã", "Các phòng, ban, ngành") makes no one accountable. Fires when the whole `chu_tri` cell is such a group; a group',
        'under `phoi_hop` is fine.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    context.each(planUnits(plan).cells, cellNode, '', (cell) => {
      if (cell.role !== 'lead' || !cell.vague || !cell.task) return;
      context.report({
        range: valueRange(cell.field),
        message: t(lang, 'task.vagueLead', { index: cell.task.number, lead: excerpt(cell.field.value, 60) }),
      });
    });
  },
};
