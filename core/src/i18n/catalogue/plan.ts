// User-facing text of the plan area (the plan as a whole); merged into the one catalogue in ../messages.ts.
export const planMessages = {
  'plan.periodUnknown': {
    vi: 'Không xác định được kỳ kế hoạch: ghi kỳ ở trích yếu (ví dụ "năm 2026", "6 tháng cuối năm 2025", "giai đoạn 2026 - 2030") hoặc ở khóa ky.',
    en: 'The plan period cannot be read: state it in the subject line (e.g. "năm 2026", "6 tháng cuối năm 2025", "giai đoạn 2026 - 2030") or under ky.',
  },
  'plan.periodUnreadable': {
    vi: 'Không đọc được kỳ kế hoạch "{ky}"; ghi như "năm 2026", "6 tháng cuối năm 2025" hoặc "giai đoạn 2026 - 2030".',
    en: 'Cannot read the plan period "{ky}"; write it like "năm 2026", "6 tháng cuối năm 2025" or "giai đoạn 2026 - 2030".',
  },
  'summary.tasks': { vi: '{count} nhiệm vụ', en: '{count} tasks' },
  'summary.byLead': { vi: 'Theo cơ quan chủ trì', en: 'By lead unit' },
  'summary.byQuarter': { vi: 'Theo quý', en: 'By quarter' },
  'summary.noLead': { vi: 'chưa rõ cơ quan chủ trì', en: 'no clear lead' },
  'summary.noTime': { vi: 'chưa rõ thời gian', en: 'time not readable' },
  'summary.quarter': { vi: 'Quý {quarter}/{year}', en: 'Q{quarter} {year}' },
  'summary.year': { vi: 'Năm {year}', en: 'Year {year}' },
  'summary.unitColumn': { vi: 'Đơn vị', en: 'Unit' },
  'summary.periodColumn': { vi: 'Thời gian', en: 'Time' },
  'summary.countColumn': { vi: 'Số nhiệm vụ', en: 'Tasks' },
  'summary.title': { vi: 'Tóm tắt phụ lục nhiệm vụ', en: 'Summary of the task appendix' },
} as const;
