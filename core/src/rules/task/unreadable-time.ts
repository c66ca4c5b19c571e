import { t, type MessageKey } from '../../i18n/messages';
import { taskTimes, valueRange } from '../../time/task-time';
import { timeNode } from '../item-nodes';
import type { Rule } from '../rule';

export const taskUnreadableTime: Rule = {
  meta: {
    id: 'task/unreadable-time',
    category: 'task',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Thời gian thực hiện (thoi_gian) phải đọc được: một năm, quý, tháng, hạn chót, "Thường xuyên" hoặc định kỳ.',
      en: 'The time (thoi_gian) must be readable: a year, quarter, month, deadline, "Thường xuyên" or a recurrence.',
    },
    docs: {
      vi: [
        'Người duyệt chỉ kiểm tra được tiến độ khi thời gian ghi theo một cách quen thuộc. Được chấp nhận (không phân biệt hoa',
        'thường, "hàng"/"hằng", các loại gạch ngang): Thường xuyên; Năm 2026; Cả năm 2026; 6 tháng đầu năm 2026; 6 tháng cuối năm',
        '2025; Quý I/2026; Quý IV năm 2025; Quý III, quý IV năm 2025; Quý I,II/2026; Tháng 11/2026; Tháng 3 - 4/2026; Từ tháng 5',
        'đến tháng 12/2026; Trước ngày 30/6/2026; Trước 15/12/2026; Ngày 15/3/2026; Hằng tháng; Hàng quý; Định kỳ 6 tháng;',
        '02 cuộc/năm; Giai đoạn 2026 - 2030. Khi không ghi năm ("Quý IV"), năm được lấy từ kỳ kế hoạch.',
        'Báo kèm lý do: tháng 13, quý V, ngày 31/02, khoảng thời gian ngược, năm thiếu chữ số, hoặc cách ghi lạ.',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Tổ chức hội nghị đối thoại',
        '    chu_tri: Văn phòng HĐND và UBND xã',
        '    thoi_gian: Quý V/2026          # báo: không có quý V',
        '  - ten: Tổ chức hội nghị đối thoại',
        '    chu_tri: Văn phòng HĐND và UBND xã',
        '    thoi_gian: Theo chỉ đạo        # báo: không phải cách ghi thời gian',
        '  - ten: Tổ chức hội nghị đối thoại',
        '    chu_tri: Văn phòng HĐND và UBND xã',
        '    thoi_gian: Quý III, quý IV năm 2026   # đúng',
        '```',
        '',
        'Thiếu hẳn thời gian là quy tắc `task/undated`.',
      ].join('\n'),
      en: [
        'Progress can only be checked when the time is written in a known form. Accepted (any case, "hàng"/"hằng", any dash):',
        'Thường xuyên; Năm 2026; 6 tháng đầu năm 2026; Quý I/2026; Quý III, quý IV năm 2025; Quý I,II/2026; Tháng 11/2026;',
        'Tháng 3 - 4/2026; Từ tháng 5 đến tháng 12/2026; Trước ngày 30/6/2026; Hằng tháng; Hàng quý; Định kỳ 6 tháng;',
        '02 cuộc/năm. A missing year is taken from the plan period. The message says why a time was rejected (month 13,',
        'quarter V, 31/02, a reversed range, a short year, or an unknown form). A missing time is `task/undated`.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    context.each(taskTimes(plan), timeNode, '', (time) => {
      if (!time.field || !time.parse || time.parse.ok) return;
      const reason = t(lang, `time.reason.${time.parse.reason}` as MessageKey, { detail: time.parse.detail ?? '' });
      context.report({
        range: valueRange(time.field),
        message: t(lang, 'task.unreadableTime', { index: time.task.number, time: time.field.value.trim(), reason, forms: t(lang, 'time.forms') }),
      });
    });
  },
};
