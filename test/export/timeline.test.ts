// The appendix timeline: lanes per lead unit, bars, ticks, full bars, findings marked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildTimeline, recurrenceTicks } from '../../core/src/document';
import { lintText } from '../../core/src/lint';
import { parsePlan } from '../../core/src/parse/parse-plan';
import { renderTimelineSvg } from '../../export/src/timeline-svg';
import { examplesDir } from '../support/paths';
import { planWithTasks } from '../support/plans';

const example = (name: string) => readFileSync(path.join(examplesDir, name), 'utf8');

/** The <g class="task"> element of task `number`. */
function taskGroup(svg: string, number: number): string {
  const match = new RegExp(`<g class="task[^"]*" data-task="${number}"[\\s\\S]*?</g>`).exec(svg);
  assert.ok(match, `task ${number} in the SVG`);
  return match[0];
}

const attr = (xml: string, name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(xml)?.[1]);

describe('timeline model', () => {
  it('groups the clean example by lead unit over the plan period', () => {
    const timeline = buildTimeline(parsePlan(example('ke-hoach-tuyen-truyen-cchc-2026.plan.yaml')));
    assert.deepEqual(timeline.axis, { start: '2026-01-01', end: '2026-12-31' });
    assert.equal(timeline.axisSource, 'period');
    assert.deepEqual(timeline.lanes.map((lane) => [lane.unit, lane.tasks.map((task) => `${task.number}:${task.kind}`)]), [
      ['Phòng Văn hóa - Xã hội', ['1:continuous', '4:interval']],
      ['Văn phòng HĐND và UBND xã', ['2:recurrence']],
      ['Trung tâm Phục vụ hành chính công xã', ['3:continuous']],
    ]);
    const monthly = timeline.lanes[1].tasks[0];
    assert.equal(monthly.ticks.length, 12);
    assert.equal(monthly.ticks[0], '2026-01-01');
    assert.equal(monthly.ticks[11], '2026-12-01');
    assert.deepEqual(timeline.lanes[0].tasks[1].interval, { start: '2026-10-01', end: '2026-12-31' });
  });

  it('puts spelling variants of one unit in one lane and tasks without a lead in their own', () => {
    const timeline = buildTimeline(parsePlan(planWithTasks(
      'ten: A\nchu_tri: Phòng Văn hóa - Xã hội\nthoi_gian: Quý I/2026',
      'ten: B\nchu_tri: Phòng Văn hoá, Xã hội\nthoi_gian: Tháng 3 - 4/2026',
      'ten: C\nthoi_gian: Hàng quý',
      'ten: D\nchu_tri: Phòng Kinh tế\nthoi_gian: không rõ',
      'ten: E\nchu_tri: Phòng Kinh tế\nthoi_gian: Trước ngày 30/6/2026',
    )));
    assert.deepEqual(timeline.lanes.map((lane) => [lane.unit, lane.tasks.map((task) => task.number)]), [
      ['Phòng Văn hóa - Xã hội', [1, 2]],
      ['', [3]],
      ['Phòng Kinh tế', [4, 5]],
    ]);
    assert.deepEqual(timeline.lanes[1].tasks[0].ticks, ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    assert.equal(timeline.lanes[2].tasks[0].kind, 'unknown');
    assert.equal(timeline.lanes[2].tasks[0].interval, undefined);
    assert.equal(timeline.lanes[2].tasks[1].deadline, '2026-06-30');
  });

  it('attaches the findings that fall inside each task', () => {
    const text = example('seed-000-yet-kieu-2026.plan.yaml');
    const { plan, findings } = lintText(text);
    const timeline = buildTimeline(plan, findings);
    const tasks = timeline.lanes.flatMap((lane) => lane.tasks);
    const five = tasks.find((task) => task.number === 5)!;
    assert.ok(five.findings.some((finding) => finding.ruleId === 'task/multiple-leads' || finding.ruleId === 'task/time-in-description'), JSON.stringify(five.findings));
    for (const task of tasks) {
      for (const finding of task.findings) assert.ok(findings.some((f) => f.ruleId === finding.ruleId && f.message === finding.message));
    }
  });

  it('splits "02 cuộc/năm" into two ticks a year and aligns quarters', () => {
    assert.deepEqual(recurrenceTicks({ start: '2026-01-01', end: '2026-12-31' }, 'year', 2), ['2026-01-01', '2026-07-02']);
    assert.deepEqual(recurrenceTicks({ start: '2025-07-01', end: '2025-12-31' }, 'quarter', 1), ['2025-07-01', '2025-10-01']);
    assert.deepEqual(recurrenceTicks({ start: '2026-02-15', end: '2026-05-31' }, 'month', 1), ['2026-03-01', '2026-04-01', '2026-05-01']);
  });
});

describe('timeline SVG', () => {
  const text = planWithTasks(
    'ten: Thường xuyên\nchu_tri: Phòng Văn hóa - Xã hội\nphoi_hop: Phòng Kinh tế\nthoi_gian: Thường xuyên',
    'ten: Quý IV\nchu_tri: Phòng Văn hóa - Xã hội\nphoi_hop: Phòng Kinh tế\nthoi_gian: Quý IV/2026',
    'ten: Hằng tháng\nchu_tri: Phòng Kinh tế\nphoi_hop: Phòng Văn hóa - Xã hội\nthoi_gian: Hằng tháng',
    'ten: Không có thời gian\nchu_tri: Phòng Kinh tế\nphoi_hop: Phòng Văn hóa - Xã hội',
  );
  const { plan, findings } = lintText(text);
  const svg = renderTimelineSvg(buildTimeline(plan, findings))!;

  it('draws "Thường xuyên" as a full bar and a quarter as the last quarter of the axis', () => {
    const full = /<rect class="bar continuous" [^>]*>/.exec(taskGroup(svg, 1))![0];
    const quarter = /<rect class="bar interval" [^>]*>/.exec(taskGroup(svg, 2))![0];
    const fullStart = attr(full, 'x');
    const fullWidth = attr(full, 'width');
    assert.ok(fullWidth > 600, `full bar width ${fullWidth}`);
    const quarterStart = attr(quarter, 'x');
    const quarterWidth = attr(quarter, 'width');
    // Q4 = 92 of 365 days, ending where the full bar ends.
    assert.ok(Math.abs(quarterWidth / fullWidth - 92 / 365) < 0.01, `${quarterWidth} / ${fullWidth}`);
    assert.ok(Math.abs(quarterStart + quarterWidth - (fullStart + fullWidth)) < 0.2);
  });

  it('draws a recurring task as ticks, one per month', () => {
    assert.equal(taskGroup(svg, 3).match(/<rect class="tick"/g)?.length, 12);
    assert.doesNotMatch(taskGroup(svg, 3), /class="bar/);
  });

  it('marks the task with findings (no time) in red, with the message as its tooltip', () => {
    const flagged = taskGroup(svg, 4);
    assert.match(flagged, /^<g class="task flagged"/);
    assert.match(flagged, /<circle class="finding-mark"/);
    assert.match(flagged, /stroke="#c62828"/);
    assert.match(flagged, /\[task\/undated\]/);
    for (const number of [1, 2, 3]) assert.doesNotMatch(taskGroup(svg, number), /flagged|finding-mark/);
  });

  it('is self-contained SVG without style attributes', () => {
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.doesNotMatch(svg, /\sstyle=|<script|href=/);
  });

  it('is absent when there are no tasks, and says so when nothing can be placed', () => {
    assert.equal(renderTimelineSvg(buildTimeline(parsePlan('loai: ke-hoach'))), undefined);
    const noPeriod = renderTimelineSvg(buildTimeline(parsePlan('nhiem_vu:\n  - ten: A\n    thoi_gian: sớm')))!;
    assert.match(noPeriod, /Chưa xác định được kỳ kế hoạch/);
  });
});
