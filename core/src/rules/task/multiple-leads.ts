import { t } from '../../i18n/messages';
import { valueRange } from '../../time/task-time';
import { planUnits, type UnitCell } from '../../units/analysis';
import { startsUpper } from '../../units/normalize';
import { cellNode } from '../item-nodes';
import type { Rule } from '../rule';

/** The units a lead cell names; a joint block ("Ủy ban Mặt trận … và các tổ chức …") counts as its members. */
export function leadsOf(cell: UnitCell): string[] {
  const names: string[] = [];
  for (const ref of cell.refs) {
    if (ref.entry) {
      names.push(...(ref.entry.members?.length ? ref.entry.members.map(() => ref.surface) : [ref.surface]));
    } else if (ref.district || startsUpper(cell.field.value, ref.start)) {
      names.push(ref.surface);
    }
  }
  return names;
}

export const taskMultipleLeads: Rule = {
  meta: {
    id: 'task/multiple-leads',
    category: 'task',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Mỗi nhiệm vụ chỉ có một cơ quan chủ trì; ô chu_tri không được ghi hai đơn vị.',
      en: 'A task has one lead unit; the chu_tri cell must not name two units.',
    },
    docs: {
      vi: [
        'Hai đơn vị cùng "chủ trì" thì không rõ ai chịu trách nhiệm chính. Ô `chu_tri` được tách theo danh sách đơn vị đã biết',
        '(tên dài nhất trước), vì dấu phẩy cũng có trong tên đơn vị: "Phòng Văn hóa, Xã hội" là một đơn vị (viết khác tên chuẩn),',
        'còn "Phòng Văn hóa, Xã hội, Trung tâm dịch vụ sự nghiệp công" là hai. Tên lạ chỉ được đếm khi tách bằng dấu ";".',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Tham dự cuộc thi phát thanh viên',
        '    chu_tri: Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ sự nghiệp công   # báo: hai đơn vị',
        '    thoi_gian: Tháng 11/2026',
        '  - ten: Tham dự cuộc thi phát thanh viên',
        '    chu_tri: Phòng Văn hóa - Xã hội                                    # đúng',
        '    phoi_hop: Trung tâm Dịch vụ sự nghiệp công',
        '    thoi_gian: Tháng 11/2026',
        '```',
      ].join('\n'),
      en: [
        'Two leads means no one is accountable. The cell is split with the list of known units, longest names first, because',
        'commas also occur inside names: "Phòng Văn hóa, Xã hội" is one unit, "Phòng Văn hóa, Xã hội, Trung tâm dịch vụ sự',
        'nghiệp công" is two. Unknown names count as separate units only when separated by ";".',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    context.each(planUnits(plan).cells, cellNode, '', (cell) => {
      if (cell.role !== 'lead' || cell.vague || !cell.task) return;
      const leads = leadsOf(cell);
      const known = cell.refs.some((ref) => ref.entry || ref.district);
      if (leads.length < 2 || (!known && !cell.field.value.includes(';'))) return;
      const units = [...new Set(cell.refs.map((ref) => `"${ref.surface}"`))].join(', ');
      context.report({
        range: valueRange(cell.field),
        message: t(lang, 'task.multipleLeads', { index: cell.task.number, count: leads.length, units }),
      });
    });
  },
};
