import { t } from '../../i18n/messages';
import type { Fix } from '../../types';
import { planUnits, refRange } from '../../units/analysis';
import { findVariants, fixAllEdits, replaceRef } from '../../units/variants';
import type { Rule } from '../rule';

export const unitVariant: Rule = {
  meta: {
    id: 'unit/variant',
    category: 'unit',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Tên đơn vị phải viết thống nhất, đúng tên chuẩn (ví dụ "Phòng Văn hóa - Xã hội", không phải "Phòng Văn hóa, Xã hội").',
      en: 'Unit names must be spelt one way, the canonical way (e.g. "Phòng Văn hóa - Xã hội", not "Phòng Văn hóa, Xã hội").',
    },
    docs: {
      vi: [
        'Một đơn vị viết ba kiểu trong cùng kế hoạch là lỗi người duyệt hay gặp. kehoach chuẩn hóa tên để nhận ra cùng một đơn vị',
        '(Unicode NFC, hoa thường, "hoá"/"hóa", gạch ngang và dấu phẩy, chữ "xã" ở cuối, viết tắt như HĐND, PVHCC, VHXH) rồi so',
        'với tên chuẩn trong danh sách đơn vị sau sắp xếp năm 2025 (`core/data/units-*.json`). Ở các ô `chu_tri`, `phoi_hop`,',
        '`don_vi` tên phải đúng tên chuẩn (hoặc tên đầy đủ tương đương); trong đoạn văn, chỉ báo khi khác ngoài hoa thường và chữ',
        '"xã" ở cuối. Với đơn vị không có trong danh sách, cách viết được dùng nhiều nhất trong kế hoạch là chuẩn.',
        'Sửa nhanh: sửa chỗ này, hoặc sửa mọi chỗ viết khác của đơn vị đó.',
        '',
        '```yaml',
        'to_chuc_thuc_hien:',
        '  - don_vi: Phòng Văn hóa, Xã hội xã       # báo: tên chuẩn "Phòng Văn hóa - Xã hội"',
        '  - don_vi: Trung tâm Phục vụ hành chính công   # báo: thiếu "xã"',
        'nhiem_vu:',
        '  - ten: Tuyên truyền thủ tục hành chính',
        '    chu_tri: Trung tâm Phục vụ hành chính công xã   # đúng',
        '    phoi_hop: Tổ công nghệ số cộng đồng    # báo: "Tổ Công nghệ số cộng đồng"',
        '```',
      ].join('\n'),
      en: [
        'One unit spelt three ways in one plan is a classic reviewer note. Names are normalised to recognise the unit (NFC, case,',
        '"hoá"/"hóa", dashes and commas, a trailing "xã", abbreviations such as HĐND, PVHCC, VHXH) and compared with the',
        'canonical name from the post-2025 unit list (`core/data/units-*.json`). In the `chu_tri`, `phoi_hop` and `don_vi` cells the',
        'name must be the canonical one (or an equivalent full form); in running text only differences beyond case and a trailing',
        '"xã" are reported. For units not in the list, the spelling used most in the plan is the reference. Quick fixes: this',
        'occurrence, or every other spelling of the unit.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const units = planUnits(plan);
    const variants = findVariants(units);
    const allEdits = fixAllEdits(units, variants);
    for (const variant of variants) {
      const fixes: Fix[] = [{ title: t(lang, 'unit.fix.one', { canonical: variant.canonical }), edits: [replaceRef(variant.ref, variant.canonical)] }];
      const all = allEdits.get(variant.ref.identity) ?? [];
      if (all.length > 1) fixes.push({ title: t(lang, 'unit.fix.all', { canonical: variant.canonical, count: all.length }), edits: all });
      context.report({
        range: refRange(variant.ref),
        message: t(lang, variant.local ? 'unit.variantLocal' : 'unit.variant', { found: variant.ref.surface.trim(), canonical: variant.canonical }),
        fixes,
      });
    }
  },
};
