import { t } from '../../i18n/messages';
import { planUnits, refRange } from '../../units/analysis';
import { reformApplies } from '../../units/reform';
import { replaceRef } from '../../units/variants';
import type { Rule } from '../rule';

export const unitOutdated: Rule = {
  meta: {
    id: 'unit/outdated',
    category: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Tên đơn vị không còn sau sắp xếp ngày 01/7/2025 (Bộ phận Tiếp nhận và Trả kết quả, Văn phòng UBND xã, cơ quan cấp huyện).',
      en: 'A unit that no longer exists after the 1 July 2025 reform (Bộ phận Tiếp nhận và Trả kết quả, Văn phòng UBND xã, district offices).',
    },
    docs: {
      vi: [
        'Từ ngày 01/7/2025 (Luật 72/2025/QH15, Nghị định 150/2025/NĐ-CP, Nghị định 118/2025/NĐ-CP): "Bộ phận Tiếp nhận và Trả kết',
        'quả" (Bộ phận Một cửa) nay là Trung tâm Phục vụ hành chính công xã; "Văn phòng Ủy ban nhân dân xã" nay là Văn phòng HĐND và',
        'UBND xã; các phòng và cơ quan cấp huyện không còn. Báo trong kế hoạch có ngày (hoặc kỳ bắt đầu) từ 01/7/2025, ở ô đơn vị và',
        'trong đoạn văn; sửa nhanh sang tên mới khi có tên thay thế.',
        '',
        '```yaml',
        'ngay: 2026-01',
        'hinh_thuc:',
        '  - Niêm yết thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả của xã   # báo',
        'to_chuc_thuc_hien:',
        '  - don_vi: Văn phòng Ủy ban nhân dân xã          # báo: nay là Văn phòng HĐND và UBND xã',
        '  - don_vi: Văn phòng HĐND và UBND xã             # đúng',
        '```',
      ].join('\n'),
      en: [
        'Since 1 July 2025 the "Bộ phận Tiếp nhận và Trả kết quả" is the Trung tâm Phục vụ hành chính công xã, the "Văn phòng Ủy ban',
        'nhân dân xã" is the Văn phòng HĐND và UBND xã, and district offices are gone. Fires in plans dated (or starting) on or',
        'after that day, in unit cells and in the text; the quick fix writes the new name when there is one.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    if (!reformApplies(plan)) return;
    const units = planUnits(plan);
    for (const ref of units.refs) {
      const outdated = ref.entry?.kind === 'outdated';
      if (!outdated && !ref.district) continue;
      const replacement = ref.entry ? units.registry.current(ref.entry) : undefined;
      const found = ref.surface.trim();
      context.report({
        range: refRange(ref),
        message: replacement
          ? t(lang, 'unit.outdated', { found, replacement: replacement.name })
          : t(lang, 'unit.outdatedNoReplacement', { found }),
        fixes: replacement ? [{ title: t(lang, 'unit.fix.one', { canonical: replacement.name }), edits: [replaceRef(ref, replacement.name)] }] : undefined,
      });
    }
  },
};
