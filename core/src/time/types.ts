// Typed values of the Vietnamese time expressions written in a plan (domain.md §4).

/** A calendar date "YYYY-MM-DD"; ISO strings compare correctly as strings. */
export type IsoDate = string;

/** Both ends included. */
export interface Interval {
  start: IsoDate;
  end: IsoDate;
}

/** How fine an interval is: used to tell whether one time is "more precise" than another. */
export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'years';

export type RecurrenceUnit = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

export type TimeValue =
  /** "Năm 2026", "Quý I,II/2026", "Từ tháng 5 đến tháng 12/2026", "Ngày 15/3/2026". */
  | { kind: 'interval'; interval: Interval; precision: Precision }
  /** "Trước ngày 30/6/2026": done by that day. */
  | { kind: 'deadline'; date: IsoDate }
  /** "Hằng tháng", "Hàng quý", "Định kỳ 6 tháng", "02 cuộc/năm"; over `within`, else the plan period. */
  | { kind: 'recurrence'; every: RecurrenceUnit; count?: number; within?: Interval }
  /** "Thường xuyên": the whole of `within`, else the whole plan period. */
  | { kind: 'continuous'; within?: Interval };

export type TimeErrorReason =
  | 'empty'
  | 'unknown-form'
  | 'month-range'
  | 'quarter-range'
  | 'impossible-date'
  | 'reversed'
  | 'year-range'
  | 'missing-year';

export type TimeParse =
  | {
      ok: true;
      value: TimeValue;
      /** True when the year was not written and was taken from the plan period. */
      yearImplied: boolean;
    }
  | { ok: false; reason: TimeErrorReason; detail?: string };
