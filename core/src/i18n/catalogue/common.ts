// User-facing text of the common area; merged into the one catalogue in ../messages.ts.
export const commonMessages = {
  'word.or': { vi: ' hoặc ', en: ' or ' },
  'word.root': { vi: 'kế hoạch', en: 'plan' },
  'completion.unitInPlan': { vi: 'Đơn vị đã dùng trong kế hoạch', en: 'Unit already used in this plan' },
  'completion.unitStandard': { vi: 'Đơn vị chuẩn của xã (sau sắp xếp 2025)', en: 'Standard commune unit (after the 2025 reform)' },
  'symbol.tasks': { vi: 'Nhiệm vụ (phụ lục)', en: 'Tasks (appendix)' },
  'symbol.units': { vi: 'Tổ chức thực hiện', en: 'Implementation' },
  'symbol.task': { vi: 'Nhiệm vụ {index}', en: 'Task {index}' },
} as const;
