import { isScalar } from 'yaml';
import { t } from '../../i18n/messages';
import { findPair } from '../../model/yaml-nodes';
import { currentIdentity, planUnits, refRange } from '../../units/analysis';
import type { Rule } from '../rule';

const SUPPORT_ONLY = /^\s*(?:phối hợp|tham gia phối hợp|cùng phối hợp)(?![\p{L}\p{M}])/iu;

export const unitDutyWithoutTask: Rule = {
  meta: {
    id: 'unit/duty-without-task',
    category: 'unit',
    defaultSeverity: 'information',
    fixable: false,
    description: {
      vi: 'Đơn vị được giao việc riêng trong Tổ chức thực hiện nhưng không có tên ở nhiệm vụ nào của phụ lục.',
      en: 'A unit given duties of its own under Tổ chức thực hiện appears in no task of the appendix.',
    },
    docs: {
      vi: [
        'Thông tin cho người soạn: một phòng, trung tâm hay tổ được giao việc riêng (không chỉ "Phối hợp …") trong Tổ chức thực',
        'hiện mà không chủ trì, không phối hợp nhiệm vụ nào trong phụ lục thì bảng nhiệm vụ có thể thiếu dòng hoặc thiếu tên đơn',
        'vị ở cột phối hợp. Không báo cho các khối "Đề nghị …" (`de_nghi: true`), cho tên tập thể, và khi đơn vị đã có trong một',
        'nhóm ở cột phối hợp ("Các phòng chuyên môn UBND xã" gồm các phòng). Chỉ kiểm tra khi kế hoạch có phụ lục nhiệm vụ.',
        '',
        '```yaml',
        'to_chuc_thuc_hien:',
        '  - don_vi: Trung tâm Phục vụ hành chính công xã   # thông tin: không có trong phụ lục',
        '    nhiem_vu: Niêm yết công khai thủ tục hành chính.',
        '  - don_vi: Phòng Kinh tế                          # không báo: chỉ phối hợp',
        '    nhiem_vu: Phối hợp bố trí kinh phí thực hiện Kế hoạch.',
        'nhiem_vu:',
        '  - ten: Tuyên truyền trên Cổng Thông tin điện tử xã',
        '    chu_tri: Văn phòng HĐND và UBND xã',
        '    thoi_gian: Thường xuyên',
        '```',
      ].join('\n'),
      en: [
        'Information for the drafter: an office, centre or team given duties of its own (not only "Phối hợp …") under Tổ chức',
        'thực hiện that neither leads nor partners any appendix task suggests a missing row or partner. Not reported for',
        '"Đề nghị …" blocks (`de_nghi: true`), collective names, or a unit covered by a group in a partner cell ("Các phòng',
        'chuyên môn UBND xã" covers the offices). Checked only when the plan has an appendix.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    if (plan.model.tasks.length === 0) return;
    const units = planUnits(plan);
    const involved = new Set<string>();
    const groups = new Set<string>();
    for (const cell of units.cells) {
      if (cell.role === 'block') continue;
      for (const ref of cell.refs) {
        involved.add(currentIdentity(units, ref));
        for (const member of ref.entry?.members ?? []) involved.add(`unit:${member}`);
        for (const group of ref.entry?.covers ?? []) groups.add(group);
      }
    }
    for (const cell of units.cells) {
      if (cell.role !== 'block' || !cell.block || cell.refs.length !== 1) continue;
      const requested = findPair(cell.block.node, 'de_nghi')?.value;
      if (isScalar(requested) && requested.value === true) continue;
      const ref = cell.refs[0];
      const current = ref.entry ? units.registry.current(ref.entry) : undefined;
      if (!current || (current.kind !== 'office' && current.kind !== 'actor')) continue;
      if (involved.has(currentIdentity(units, ref)) || (current.group && groups.has(current.group))) continue;
      const blockPath = cell.block.path;
      const duties = plan.model.texts.filter((field) => field.path[0] === blockPath[0] && field.path[1] === blockPath[1] && field.path[2] === 'nhiem_vu');
      if (!duties.some((field) => field.value.trim() && !SUPPORT_ONLY.test(field.value))) continue;
      context.report({ range: refRange(ref), message: t(lang, 'unit.dutyWithoutTask', { unit: ref.surface.trim() }) });
    }
  },
};
