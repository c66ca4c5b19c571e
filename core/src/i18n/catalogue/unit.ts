// User-facing text of the unit area; merged into the one catalogue in ../messages.ts.
export const unitMessages = {
  'unit.variant': {
    vi: 'Tên đơn vị "{found}" viết khác tên chuẩn "{canonical}".',
    en: 'The unit name "{found}" is spelt differently from its canonical name "{canonical}".',
  },
  'unit.variantLocal': {
    vi: 'Tên đơn vị "{found}" viết khác các chỗ khác trong kế hoạch ("{canonical}").',
    en: 'The unit name "{found}" is spelt differently from its other mentions in this plan ("{canonical}").',
  },
  'unit.fix.one': { vi: 'Sửa thành "{canonical}"', en: 'Change to "{canonical}"' },
  'unit.fix.all': {
    vi: 'Sửa mọi cách viết khác của đơn vị này thành "{canonical}" ({count} chỗ)',
    en: 'Change every other spelling of this unit to "{canonical}" ({count} places)',
  },
  'unit.outdated': {
    vi: '"{found}" không còn từ ngày 01/7/2025; nay là "{replacement}".',
    en: '"{found}" no longer exists since 1 July 2025; it is now "{replacement}".',
  },
  'unit.outdatedNoReplacement': {
    vi: '"{found}" là cơ quan cấp huyện, không còn từ ngày 01/7/2025 (chính quyền địa phương 2 cấp); ghi đơn vị cấp xã hoặc cấp thành phố tương ứng.',
    en: '"{found}" is a district-level body, abolished on 1 July 2025 (two-level local government); name the matching commune or city body.',
  },
  'unit.leadWithoutDuty': {
    vi: 'Cơ quan chủ trì "{unit}" của nhiệm vụ {index} không có mục nào trong Tổ chức thực hiện (to_chuc_thuc_hien).',
    en: 'The lead unit "{unit}" of task {index} has no block under "Tổ chức thực hiện" (to_chuc_thuc_hien).',
  },
  'unit.dutyWithoutTask': {
    vi: '"{unit}" được giao nhiệm vụ trong Tổ chức thực hiện nhưng không chủ trì, không phối hợp nhiệm vụ nào trong phụ lục.',
    en: '"{unit}" has duties under "Tổ chức thực hiện" but neither leads nor partners any task of the appendix.',
  },
  'unit.rename.notUnit': {
    vi: 'Chỉ đổi tên được tại tên một đơn vị (chu_tri, phoi_hop, don_vi hoặc tên đơn vị trong văn bản).',
    en: 'Rename works on a unit name (chu_tri, phoi_hop, don_vi, or a unit named in the text).',
  },
  'unit.rename.empty': { vi: 'Tên mới của đơn vị không được để trống.', en: 'The new unit name cannot be empty.' },
  'unit.rename.unsafe': {
    vi: 'Tên mới "{name}" có ký tự không viết được ở vị trí này nếu không đặt cả đoạn trong ngoặc kép (": ", " #", xuống dòng).',
    en: 'The new name "{name}" has characters that cannot stand here without quoting the whole value (": ", " #", a line break).',
  },
} as const;
