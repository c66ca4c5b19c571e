import { t } from '../../i18n/messages';
import { blockIdentities, currentIdentity, planUnits, refRange } from '../../units/analysis';
import { cellNode } from '../item-nodes';
import type { Rule } from '../rule';

export const unitLeadWithoutDuty: Rule = {
  meta: {
    id: 'unit/lead-without-duty',
    category: 'unit',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Đơn vị chủ trì một nhiệm vụ phải có mục của mình trong Tổ chức thực hiện (to_chuc_thuc_hien).',
      en: "A task's lead unit must have its own block under Tổ chức thực hiện (to_chuc_thuc_hien).",
    },
    docs: {
      vi: [
        'Phần Tổ chức thực hiện giao việc cho từng đơn vị; đơn vị chủ trì một nhiệm vụ trong phụ lục mà không có mục ở đó thì',
        'không được giao trách nhiệm trong thân kế hoạch. Đơn vị được nhận ra qua tên chuẩn hóa, nên cách viết khác hay tên cũ',
        '("Văn phòng Ủy ban nhân dân xã") vẫn được tính là cùng đơn vị. Chỉ kiểm tra khi kế hoạch có phần Tổ chức thực hiện.',
        '',
        '```yaml',
        'to_chuc_thuc_hien:',
        '  - don_vi: Phòng Văn hóa - Xã hội',
        '    nhiem_vu: Chủ trì, tham mưu triển khai Kế hoạch.',
        'nhiem_vu:',
        '  - ten: Tuyên truyền trên Cổng Thông tin điện tử xã',
        '    chu_tri: Văn phòng HĐND và UBND xã    # báo: không có mục trong to_chuc_thuc_hien',
        '    thoi_gian: Thường xuyên',
        '  - ten: Khảo sát sự hài lòng',
        '    chu_tri: Phòng Văn hóa - Xã hội       # đúng',
        '    thoi_gian: Quý IV/2026',
        '```',
      ].join('\n'),
      en: [
        'Tổ chức thực hiện assigns duties unit by unit; a unit that leads an appendix task but has no block there is given no',
        'responsibility in the body of the plan. Units are matched by normalised name, so a variant spelling or an outdated name',
        'of the same unit counts. Checked only when the plan has a Tổ chức thực hiện part.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const units = planUnits(plan);
    const blocks = units.cells.filter((cell) => cell.role === 'block');
    if (blocks.length === 0) return;
    const declared = new Set(blocks.flatMap((cell) => [...blockIdentities(units, cell)]));
    // A lead cell's findings depend on the cell and on the units the plan gives duties to.
    context.each(units.cells, cellNode, [...declared].sort().join('\u0000'), (cell) => {
      if (cell.role !== 'lead' || cell.vague || !cell.task) return;
      for (const ref of cell.refs) {
        if (ref.district || declared.has(currentIdentity(units, ref))) continue;
        context.report({ range: refRange(ref), message: t(lang, 'unit.leadWithoutDuty', { unit: ref.surface.trim(), index: cell.task.number }) });
      }
    });
  },
};
