import { isScalar, type Node } from 'yaml';
import { t } from '../../i18n/messages';
import { findPair, nodeRange } from '../../model/yaml-nodes';
import { planPeriod } from '../../time/period';
import type { Rule } from '../rule';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export const docDate: Rule = {
  meta: {
    id: 'doc/date',
    category: 'doc',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Ngày ban hành phải là ngày có thật và không sau khi kỳ kế hoạch đã kết thúc.',
      en: 'The date of issue exists and is not after the plan period has ended.',
    },
    docs: {
      vi: [
        'Báo khi `ngay` là ngày không tồn tại (30/02, tháng 13) và khi kế hoạch được ban hành sau khi kỳ của',
        'chính nó đã hết (kế hoạch năm 2025 ban hành tháng 3/2026).',
        '',
        '```yaml',
        'ngay: 2026-02-30    # báo: ngày không tồn tại',
        'trich_yeu: … năm 2025',
        'ngay: 2026-03-02    # báo: sau khi kỳ kế hoạch (năm 2025) kết thúc',
        '```',
      ].join('\n'),
      en: 'Fires when `ngay` is a date that does not exist (30 February, month 13) and when the plan is issued after its own period has ended.',
    },
  },
  check(context) {
    const { plan, lang } = context;
    const pair = plan.model.root && findPair(plan.model.root, 'ngay');
    if (!pair || !isScalar(pair.value) || typeof pair.value.value !== 'string') return;
    const value = pair.value.value;
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!match) return; // its form is schema/value's concern
    const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined];
    const range = nodeRange(pair.value as Node);
    const monthOk = month >= 1 && month <= 12;
    const dayOk = day === undefined || (monthOk && day >= 1 && day <= (month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]));
    if (!monthOk || !dayOk) {
      context.report({ range, message: t(lang, 'doc.dateImpossible', { value }) });
      return;
    }
    const period = planPeriod(plan);
    if (!period) return;
    // A month-only draft date counts from the first of the month: flag only what is certainly late.
    const issued = `${match[1]}-${match[2]}-${match[3] ?? '01'}`;
    if (issued > period.interval.end) {
      context.report({ range, message: t(lang, 'doc.dateAfterPeriod', { value, period: period.text }) });
    }
  },
};
