// The time parser (domain.md §4), the plan period, time completion and plan/period-unknown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { complete, findPeriodIn, intervalOf, lintText, parsePlan, parseTime, planDate, planPeriod, timeSuggestions, type TimeValue } from '../../core/src';
import { examplesDir } from '../support/paths';
import { MINIMAL_PLAN, planWithTasks } from '../support/plans';

type Expected =
  | { interval: [string, string] }
  | { deadline: string }
  | { every: string; count?: number; within?: [string, string] }
  | { continuous: true; within?: [string, string] };

function shape(value: TimeValue): Expected {
  switch (value.kind) {
    case 'interval':
      return { interval: [value.interval.start, value.interval.end] };
    case 'deadline':
      return { deadline: value.date };
    case 'recurrence':
      return { every: value.every, ...(value.count ? { count: value.count } : {}), ...(value.within ? { within: [value.within.start, value.within.end] as [string, string] } : {}) };
    case 'continuous':
      return { continuous: true, ...(value.within ? { within: [value.within.start, value.within.end] as [string, string] } : {}) };
  }
}

// Every form of domain.md §4, the variants of the issue, and every thoi_gian of the shared seeds.
const ACCEPTED: [string, Expected][] = [
  ['Năm 2026', { interval: ['2026-01-01', '2026-12-31'] }],
  ['Cả năm 2026', { interval: ['2026-01-01', '2026-12-31'] }],
  ['trong năm 2026', { interval: ['2026-01-01', '2026-12-31'] }],
  ['2026', { interval: ['2026-01-01', '2026-12-31'] }],
  ['6 tháng đầu năm 2026', { interval: ['2026-01-01', '2026-06-30'] }],
  ['6 tháng cuối năm 2025', { interval: ['2025-07-01', '2025-12-31'] }],
  ['06 tháng cuối năm 2025', { interval: ['2025-07-01', '2025-12-31'] }],
  ['9 tháng đầu năm 2026', { interval: ['2026-01-01', '2026-09-30'] }],
  ['Quý I/2026', { interval: ['2026-01-01', '2026-03-31'] }],
  ['Quý IV năm 2025', { interval: ['2025-10-01', '2025-12-31'] }],
  ['Quý III, quý IV năm 2025', { interval: ['2025-07-01', '2025-12-31'] }],
  ['Quý I,II/2026', { interval: ['2026-01-01', '2026-06-30'] }],
  ['Quý I – II/2026', { interval: ['2026-01-01', '2026-06-30'] }],
  ['Quý iii và quý iv năm 2025', { interval: ['2025-07-01', '2025-12-31'] }],
  ['Từ quý II đến quý III/2026', { interval: ['2026-04-01', '2026-09-30'] }],
  ['Quý 2/2026', { interval: ['2026-04-01', '2026-06-30'] }],
  ['Quí II/2026', { interval: ['2026-04-01', '2026-06-30'] }],
  ['Tháng 11/2026', { interval: ['2026-11-01', '2026-11-30'] }],
  ['tháng 11 năm 2026', { interval: ['2026-11-01', '2026-11-30'] }],
  ['Tháng 2/2028', { interval: ['2028-02-01', '2028-02-29'] }],
  ['Tháng 3 - 4/2026', { interval: ['2026-03-01', '2026-04-30'] }],
  ['Tháng 3, 4/2026', { interval: ['2026-03-01', '2026-04-30'] }],
  ['Từ tháng 5 đến tháng 12/2026', { interval: ['2026-05-01', '2026-12-31'] }],
  ['Từ tháng 10/2025 đến tháng 3/2026', { interval: ['2025-10-01', '2026-03-31'] }],
  ['11/2026', { interval: ['2026-11-01', '2026-11-30'] }],
  ['Trước ngày 30/6/2026', { deadline: '2026-06-30' }],
  ['Trước 15/12/2026', { deadline: '2026-12-15' }],
  ['Hoàn thành trước ngày 31/3/2026.', { deadline: '2026-03-31' }],
  ['Chậm nhất ngày 30 tháng 6 năm 2026', { deadline: '2026-06-30' }],
  ['Trước tháng 6/2026', { deadline: '2026-05-31' }],
  ['Chậm nhất tháng 6/2026', { deadline: '2026-06-30' }],
  ['Ngày 15/3/2026', { interval: ['2026-03-15', '2026-03-15'] }],
  ['Từ ngày 01/3/2026 đến ngày 31/3/2026', { interval: ['2026-03-01', '2026-03-31'] }],
  ['Thường xuyên', { continuous: true }],
  ['THƯỜNG XUYÊN', { continuous: true }],
  ['Thường xuyên, liên tục', { continuous: true }],
  ['Thường xuyên trong năm 2026', { continuous: true, within: ['2026-01-01', '2026-12-31'] }],
  ['Hàng tháng', { every: 'month' }],
  ['Hằng tháng', { every: 'month' }],
  ['Định kỳ hằng tháng', { every: 'month' }],
  ['Hằng tháng năm 2026', { every: 'month', within: ['2026-01-01', '2026-12-31'] }],
  ['Hàng quý', { every: 'quarter' }],
  ['Hằng quý', { every: 'quarter' }],
  ['hàng quý, 06 tháng, 01 năm', { every: 'quarter' }],
  ['Hằng năm', { every: 'year' }],
  ['Định kỳ 6 tháng', { every: 'half-year' }],
  ['6 tháng một lần', { every: 'half-year' }],
  ['02 cuộc/năm', { every: 'year', count: 2 }],
  ['4 tin, bài/tháng', { every: 'month', count: 4 }],
  ['2 lần trong năm', { every: 'year', count: 2 }],
  ['Giai đoạn 2026 - 2030', { interval: ['2026-01-01', '2030-12-31'] }],
  ['Quý IV/2026 (trước ngày 15/12)', { interval: ['2026-10-01', '2026-12-31'] }],
];

describe('parseTime: accepted forms', () => {
  for (const [text, expected] of ACCEPTED) {
    it(JSON.stringify(text), () => {
      const parsed = parseTime(text);
      assert.ok(parsed.ok, `${text}: ${JSON.stringify(parsed)}`);
      assert.deepEqual(shape(parsed.value), expected);
      assert.equal(parsed.yearImplied, false);
    });
  }
});

const REJECTED: [string, string, string?][] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['Theo chỉ đạo', 'unknown-form'],
  ['Khi có yêu cầu', 'unknown-form'],
  ['Sớm nhất có thể', 'unknown-form'],
  ['Quý V/2026', 'quarter-range', 'V'],
  ['Quý 0/2026', 'quarter-range', '0'],
  ['Tháng 13/2026', 'month-range', '13'],
  ['Tháng 0/2026', 'month-range', '0'],
  ['13 tháng đầu năm 2026', 'month-range', '13'],
  ['Trước ngày 31/2/2026', 'impossible-date', '31/2/2026'],
  ['Ngày 29/2/2026', 'impossible-date', '29/2/2026'],
  ['Từ tháng 12 đến tháng 5/2026', 'reversed'],
  ['Quý IV - I/2026', 'reversed'],
  ['Giai đoạn 2030 - 2026', 'reversed'],
  ['Từ ngày 31/3/2026 đến ngày 01/3/2026', 'reversed'],
  ['Năm 226', 'year-range', '226'],
  ['Quý I/26', 'year-range', '26'],
  ['Quý IV', 'missing-year'],
  ['Tháng 11', 'missing-year'],
  ['Định kỳ 5 tháng', 'unknown-form'],
  ['0 cuộc/năm', 'unknown-form'],
];

describe('parseTime: ill-formed input is rejected with a reason', () => {
  for (const [text, reason, detail] of REJECTED) {
    it(`${JSON.stringify(text)} → ${reason}`, () => {
      const parsed = parseTime(text);
      assert.equal(parsed.ok, false, JSON.stringify(parsed));
      if (parsed.ok) return;
      assert.equal(parsed.reason, reason);
      if (detail !== undefined) assert.equal(parsed.detail, detail);
    });
  }

  it('never throws on hostile input', () => {
    for (const text of ['(', ')', '((((((', 'Quý '.repeat(2000), '/'.repeat(5000), '\u0000', 'tháng 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9 - 10 - 11 - 12 - 13/2026']) {
      const parsed = parseTime(text);
      assert.equal(typeof parsed.ok, 'boolean');
    }
    assert.equal(parseTime(undefined as unknown as string).ok, false);
  });
});

describe('parseTime: the year of the plan period fills a missing year', () => {
  it('"Quý IV" with the plan year 2026', () => {
    const parsed = parseTime('Quý IV', { defaultYear: 2026 });
    assert.ok(parsed.ok);
    assert.deepEqual(shape(parsed.value), { interval: ['2026-10-01', '2026-12-31'] });
    assert.equal(parsed.yearImplied, true);
  });
  it('"Trước ngày 30/6" with the plan year 2026', () => {
    const parsed = parseTime('Trước ngày 30/6', { defaultYear: 2026 });
    assert.ok(parsed.ok);
    assert.deepEqual(shape(parsed.value), { deadline: '2026-06-30' });
  });
});

describe('intervalOf', () => {
  const period = { start: '2025-07-01', end: '2025-12-31' };
  const of = (text: string) => {
    const parsed = parseTime(text);
    assert.ok(parsed.ok);
    return intervalOf(parsed.value, period);
  };
  it('continuous and recurring times cover the plan period', () => {
    assert.deepEqual(of('Thường xuyên'), period);
    assert.deepEqual(of('Hằng tháng'), period);
    assert.deepEqual(of('02 cuộc/năm'), period);
  });
  it('a recurrence within a named year covers that year', () => {
    assert.deepEqual(of('Hằng tháng năm 2026'), { start: '2026-01-01', end: '2026-12-31' });
  });
  it('a deadline covers the period up to that day', () => {
    assert.deepEqual(of('Trước ngày 30/9/2025'), { start: '2025-07-01', end: '2025-09-30' });
    assert.deepEqual(of('Trước ngày 30/6/2025'), { start: '2025-06-30', end: '2025-06-30' });
  });
  it('continuous without a period has no interval', () => {
    const parsed = parseTime('Thường xuyên');
    assert.ok(parsed.ok);
    assert.equal(intervalOf(parsed.value), undefined);
  });
});

describe('the plan period', () => {
  const withSubject = (subject: string, extra = '') =>
    MINIMAL_PLAN.replace(/trich_yeu: .*\n/, `trich_yeu: ${subject}\n${extra}`);

  const cases: [string, string, [string, string] | undefined][] = [
    ['from "năm 2026" in the subject', withSubject('Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng năm 2026'), ['2026-01-01', '2026-12-31']],
    ['from "6 tháng cuối năm 2025"', withSubject('Tuyên truyền cải cách hành chính xã Ninh Giang 6 tháng cuối năm 2025'), ['2025-07-01', '2025-12-31']],
    ['from "giai đoạn 2026 - 2030"', withSubject('Thực hiện Chương trình cải cách hành chính xã giai đoạn 2026 - 2030'), ['2026-01-01', '2030-12-31']],
    ['the last period wins over a programme named before it', withSubject('Kế hoạch thực hiện Chương trình tổng thể giai đoạn 2021 - 2030 năm 2026'), ['2026-01-01', '2026-12-31']],
    ['an horizon ("đến năm 2030") is not the period', withSubject('Tuyên truyền năm 2026, định hướng đến năm 2030'), ['2026-01-01', '2026-12-31']],
    ['ky wins over the subject', withSubject('Tuyên truyền năm 2026', 'ky: 6 tháng đầu năm 2026\n'), ['2026-01-01', '2026-06-30']],
    ['no period at all', withSubject('Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng'), undefined],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const period = planPeriod(parsePlan(text));
      assert.deepEqual(period ? [period.interval.start, period.interval.end] : undefined, expected);
    });
  }

  it('of the seeds: 2026, 6 tháng cuối năm 2025, 2026', () => {
    const read = (name: string) => planPeriod(parsePlan(readFileSync(path.join(examplesDir, name), 'utf8')));
    assert.equal(read('seed-000-yet-kieu-2026.plan.yaml')?.text, 'năm 2026');
    assert.equal(read('seed-002-ninh-giang-2025.plan.yaml')?.text, '6 tháng cuối năm 2025');
    assert.deepEqual(read('seed-002-ninh-giang-2025.plan.yaml')?.interval, { start: '2025-07-01', end: '2025-12-31' });
    assert.equal(read('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml')?.source, 'ky');
  });

  it('finds the expression inside a text, with its position', () => {
    const text = 'Tuyên truyền cải cách hành chính 6 tháng cuối năm 2025';
    const found = findPeriodIn(text);
    assert.ok(found);
    assert.equal(text.slice(found.start, found.end), '6 tháng cuối năm 2025');
  });

  it('reads the plan date from ngay, a draft month meaning its first day', () => {
    assert.equal(planDate(parsePlan(MINIMAL_PLAN)), '2026-01-01');
    assert.equal(planDate(parsePlan(MINIMAL_PLAN.replace('ngay: 2026-01', 'ngay: 2026-01-20'))), '2026-01-20');
    assert.equal(planDate(parsePlan(MINIMAL_PLAN.replace('ngay: 2026-01\n', ''))), undefined);
    assert.equal(planDate(parsePlan(MINIMAL_PLAN.replace('ngay: 2026-01', 'ngay: 2026-13'))), undefined);
  });
});

function findings(text: string, ruleId: string) {
  const result = lintText(text);
  assert.deepEqual(result.failures, []);
  return result.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => ({ ...finding, line: result.plan.lines.positionAt(finding.range.start).line + 1, text: text.slice(finding.range.start, finding.range.end) }));
}

describe('plan/period-unknown', () => {
  it('is quiet when the subject states the period', () => {
    assert.deepEqual(findings(MINIMAL_PLAN, 'plan/period-unknown'), []);
  });
  it('fires on a subject without a period, located on its value', () => {
    const text = MINIMAL_PLAN.replace(/ năm 2026\n/, '\n');
    const [finding, ...rest] = findings(text, 'plan/period-unknown');
    assert.deepEqual(rest, []);
    assert.equal(finding.line, 6);
    assert.equal(finding.text, 'Tuyên truyền cải cách hành chính nhà nước xã Tiên Lãng');
    assert.match(finding.message, /kỳ kế hoạch/);
  });
  it('fires on a ky that cannot be read, even when the subject has a period', () => {
    const text = MINIMAL_PLAN + 'ky: cả nhiệm kỳ\n';
    const [finding] = findings(text, 'plan/period-unknown');
    assert.equal(finding.text, 'cả nhiệm kỳ');
    assert.match(finding.message, /cả nhiệm kỳ/);
  });
  it('accepts a readable ky and a subject without a period', () => {
    const text = MINIMAL_PLAN.replace(/ năm 2026\n/, '\n') + 'ky: năm 2026\n';
    assert.deepEqual(findings(text, 'plan/period-unknown'), []);
  });
  it('says nothing when there is no subject at all (schema/required reports it)', () => {
    assert.deepEqual(findings('loai: ke-hoach\n', 'plan/period-unknown'), []);
  });
});

describe('completion of thoi_gian', () => {
  const at = (textWithCursor: string) => {
    const offset = textWithCursor.indexOf('|');
    const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
    return { plan: parsePlan(text), offset };
  };
  it('offers the recurring forms and the quarters and months of the plan period', () => {
    const { plan, offset } = at(planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nthoi_gian: |'));
    const labels = complete(plan, offset, 'vi').map((entry) => entry.label);
    for (const label of ['Thường xuyên', 'Hằng tháng', 'Hằng quý', 'Năm 2026', '6 tháng đầu năm 2026', 'Quý I/2026', 'Quý IV/2026', 'Tháng 1/2026', 'Tháng 12/2026']) {
      assert.ok(labels.includes(label), `${label} missing: ${labels.join(', ')}`);
    }
    assert.ok(!labels.includes('Quý I/2025'));
    assert.ok(!labels.includes('chu_tri'), 'a value position offers values, not keys');
    // Every offered time reads back as a time within the period.
    for (const label of labels) assert.ok(parseTime(label).ok, label);
  });
  it('offers only the quarters within a half-year period', () => {
    const text = MINIMAL_PLAN.replace(' năm 2026\n', ' 6 tháng cuối năm 2025\n');
    const suggestions = timeSuggestions(parsePlan(text));
    assert.ok(suggestions.includes('Quý III/2025') && suggestions.includes('Quý IV/2025'));
    assert.ok(!suggestions.includes('Quý I/2025') && !suggestions.includes('Năm 2025') && !suggestions.includes('Tháng 6/2025'));
  });
  it('adds the space after a bare colon', () => {
    const { plan, offset } = at(planWithTasks('ten: A\nchu_tri: Phòng Kinh tế\nthoi_gian:|'));
    const entry = complete(plan, offset, 'vi').find((candidate) => candidate.label === 'Thường xuyên');
    assert.equal(entry?.insertText, ' Thường xuyên');
  });
});
