// User-facing text of the task area; merged into the one catalogue in ../messages.ts.
export const taskMessages = {
  'task.missingLead': {
    vi: 'Nhiệm vụ {index} "{task}" chưa có cơ quan chủ trì (chu_tri).',
    en: 'Task {index} "{task}" has no lead unit (chu_tri).',
  },
  'task.undated': {
    vi: 'Nhiệm vụ {index} "{task}" chưa có thời gian thực hiện (thoi_gian).',
    en: 'Task {index} "{task}" has no time (thoi_gian).',
  },
  'task.unreadableTime': {
    vi: 'Không đọc được thời gian "{time}" của nhiệm vụ {index}: {reason}. Cách viết được chấp nhận: {forms}.',
    en: 'Cannot read the time "{time}" of task {index}: {reason}. Accepted forms: {forms}.',
  },
  'time.forms': {
    vi: '"Thường xuyên", "Năm 2026", "6 tháng đầu năm 2026", "Quý I/2026", "Quý III, quý IV năm 2026", "Tháng 11/2026", "Từ tháng 5 đến tháng 12/2026", "Trước ngày 30/6/2026", "Hằng tháng", "Hằng quý", "02 cuộc/năm"',
    en: '"Thường xuyên", "Năm 2026", "6 tháng đầu năm 2026", "Quý I/2026", "Quý III, quý IV năm 2026", "Tháng 11/2026", "Từ tháng 5 đến tháng 12/2026", "Trước ngày 30/6/2026", "Hằng tháng", "Hằng quý", "02 cuộc/năm"',
  },
  'time.reason.empty': { vi: 'chưa ghi thời gian', en: 'no time is written' },
  'time.reason.unknown-form': { vi: 'đây không phải một cách ghi thời gian', en: 'this is not a way of writing a time' },
  'time.reason.month-range': { vi: 'không có tháng "{detail}" (tháng từ 1 đến 12)', en: 'there is no month "{detail}" (months run from 1 to 12)' },
  'time.reason.quarter-range': { vi: 'không có quý "{detail}" (quý từ I đến IV)', en: 'there is no quarter "{detail}" (quarters run from I to IV)' },
  'time.reason.impossible-date': { vi: 'không có ngày "{detail}"', en: 'there is no such day as "{detail}"' },
  'time.reason.reversed': { vi: 'thời điểm bắt đầu sau thời điểm kết thúc', en: 'it starts after it ends' },
  'time.reason.year-range': { vi: 'năm "{detail}" không hợp lệ (ghi đủ 4 chữ số)', en: 'the year "{detail}" is not valid (write all 4 digits)' },
  'time.reason.missing-year': { vi: 'thiếu năm, và kỳ kế hoạch không nằm trong một năm', en: 'the year is missing and the plan period is not within one year' },
  'task.outsidePeriod': {
    vi: 'Thời gian "{time}" của nhiệm vụ {index} ({dates}) nằm ngoài kỳ kế hoạch "{period}" ({periodDates}).',
    en: 'The time "{time}" of task {index} ({dates}) lies outside the plan period "{period}" ({periodDates}).',
  },
  'task.timeInDescription': {
    vi: 'Nhiệm vụ {index}: phần mô tả ghi thời gian "{described}", cụ thể hơn "{time}" ở cột thời gian; ghi "{described}" vào thoi_gian.',
    en: 'Task {index}: the description gives the time "{described}", more precise than "{time}" in the time column; put "{described}" in thoi_gian.',
  },
  'task.timeConflict': {
    vi: 'Nhiệm vụ {index}: phần mô tả ghi thời gian "{described}", không khớp với "{time}" ở cột thời gian.',
    en: 'Task {index}: the description gives the time "{described}", which does not match "{time}" in the time column.',
  },
  'task.fix.moveTime': { vi: 'Ghi "{time}" vào thoi_gian', en: 'Put "{time}" in thoi_gian' },
  'task.vagueLead': {
    vi: 'Nhiệm vụ {index}: "{lead}" không phải một cơ quan chủ trì cụ thể; ghi một đơn vị chịu trách nhiệm chính, các đơn vị khác ghi ở phoi_hop.',
    en: 'Task {index}: "{lead}" is not one accountable lead unit; name one unit, and list the others under phoi_hop.',
  },
  'task.multipleLeads': {
    vi: 'Nhiệm vụ {index} có {count} cơ quan chủ trì: {units}. Mỗi nhiệm vụ chỉ có một đơn vị chủ trì; các đơn vị còn lại ghi ở phoi_hop.',
    en: 'Task {index} names {count} lead units: {units}. A task has one lead; list the others under phoi_hop.',
  },
  'task.missingPartner': {
    vi: 'Nhiệm vụ {index} "{task}" để trống cơ quan phối hợp (phoi_hop).',
    en: 'Task {index} "{task}" has an empty partner cell (phoi_hop).',
  },
  'completion.timeInPeriod': { vi: 'Thời gian trong kỳ kế hoạch', en: 'A time within the plan period' },
  'completion.timeRecurring': { vi: 'Thường xuyên, định kỳ (cả kỳ kế hoạch)', en: 'Continuous or recurring (the whole plan period)' },
} as const;
