// The appendix timeline as an SVG picture: one lane per lead unit, one row per task; a bar over the
// task's time span, a full (lighter) bar for "Thường xuyên", ticks for a recurring task, a mark for a
// deadline; tasks with findings outlined in red with a "!" and the messages as a tooltip.
// Presentation attributes only (no `style`), every text escaped: safe under the preview's CSP.
import { dayCount, type TimelineModel, type TimelineTask } from '../../core/src/document';
import { parseIso } from '../../core/src/time/dates';
import type { Language } from '../../core/src/types';
import { escapeHtml } from './html';

const WIDTH = 960;
const LABEL_WIDTH = 250;
const NUMBER_WIDTH = 34;
const AXIS_LEFT = LABEL_WIDTH + NUMBER_WIDTH;
const AXIS_RIGHT = WIDTH - 24;
const TOP = 34;
const ROW = 20;
const LANE_GAP = 8;

const COLORS = {
  interval: '#2f6db3',
  continuous: '#9dbfe3',
  deadline: '#c5d8ee',
  tick: '#2f6db3',
  finding: '#c62828',
  grid: '#d6d6d6',
  text: '#1f1f1f',
  muted: '#666666',
  laneBand: '#f4f6f9',
};

const WORDS = {
  vi: {
    noLead: '(chưa có cơ quan chủ trì)', unknown: 'chưa đọc được thời gian', noTime: 'chưa có thời gian', month: 'T',
    legendInterval: 'Khoảng thời gian', legendContinuous: 'Thường xuyên', legendRecurring: 'Định kỳ', legendFinding: 'Có lỗi, cảnh báo',
    noAxis: 'Chưa xác định được kỳ kế hoạch và thời gian của các nhiệm vụ.', caption: 'Tiến độ các nhiệm vụ của phụ lục theo cơ quan chủ trì',
  },
  en: {
    noLead: '(no lead unit)', unknown: 'time not readable', noTime: 'no time', month: 'M',
    legendInterval: 'Time span', legendContinuous: 'Continuous', legendRecurring: 'Recurring', legendFinding: 'Has findings',
    noAxis: 'Neither the plan period nor the tasks\' times could be read.', caption: 'Appendix tasks by lead unit over the plan period',
  },
} as const;

export interface TimelineSvgOptions {
  lang?: Language;
}

/** The timeline as SVG markup, or undefined when the plan has no tasks. */
export function renderTimelineSvg(model: TimelineModel, options: TimelineSvgOptions = {}): string | undefined {
  const words = WORDS[options.lang ?? 'vi'];
  if (model.taskCount === 0) return undefined;
  const axis = model.axis;
  const rowsHeight = model.lanes.reduce((sum, lane) => sum + lane.tasks.length * ROW + LANE_GAP, 0);
  const height = TOP + rowsHeight + 44;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="timeline-svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(words.caption)}" font-family="system-ui, sans-serif" font-size="11">`);
  out.push(`<title>${escapeHtml(words.caption)}</title>`);

  const totalDays = axis ? dayCount(axis.start, axis.end) : 0;
  const x = (date: string, end = false): number => {
    if (!axis) return AXIS_LEFT;
    const clamped = date < axis.start ? axis.start : date > axis.end ? axis.end : date;
    const days = dayCount(axis.start, clamped) - (end ? 0 : 1);
    return AXIS_LEFT + ((AXIS_RIGHT - AXIS_LEFT) * days) / totalDays;
  };

  // Month grid and labels.
  if (axis) {
    const start = parseIso(axis.start);
    const end = parseIso(axis.end);
    const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
    const every = months > 36 ? 12 : months > 18 ? 3 : 1;
    for (let i = 0; i < months; i++) {
      const index = start.year * 12 + start.month - 1 + i;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const iso = `${year}-${String(month).padStart(2, '0')}-01`;
      const left = x(iso < axis.start ? axis.start : iso);
      out.push(`<line x1="${fmt(left)}" y1="${TOP - 6}" x2="${fmt(left)}" y2="${TOP + rowsHeight}" stroke="${COLORS.grid}" stroke-width="1"/>`);
      if (i % every === 0) {
        const label = month === 1 || i === 0 ? `${words.month}${month}/${year}` : `${words.month}${month}`;
        out.push(`<text x="${fmt(left + 3)}" y="${TOP - 10}" fill="${COLORS.muted}">${escapeHtml(label)}</text>`);
      }
    }
    out.push(`<line x1="${AXIS_RIGHT}" y1="${TOP - 6}" x2="${AXIS_RIGHT}" y2="${TOP + rowsHeight}" stroke="${COLORS.grid}" stroke-width="1"/>`);
  } else {
    out.push(`<text x="${AXIS_LEFT}" y="${TOP - 10}" fill="${COLORS.muted}" font-style="italic">${escapeHtml(words.noAxis)}</text>`);
  }

  let y = TOP;
  model.lanes.forEach((lane, laneIndex) => {
    const laneHeight = lane.tasks.length * ROW;
    if (laneIndex % 2 === 0) out.push(`<rect x="0" y="${y - 2}" width="${WIDTH}" height="${laneHeight + 4}" fill="${COLORS.laneBand}"/>`);
    const unit = lane.unit || words.noLead;
    out.push(`<g class="lane"><title>${escapeHtml(unit)}</title><text x="6" y="${y + 14}" fill="${COLORS.text}" font-weight="bold">${escapeHtml(truncate(unit, 38))}</text></g>`);
    for (const task of lane.tasks) {
      out.push(taskRow(task, y, x, words));
      y += ROW;
    }
    y += LANE_GAP;
  });

  // Legend.
  const ly = height - 16;
  out.push(`<rect x="${AXIS_LEFT}" y="${ly - 9}" width="26" height="10" fill="${COLORS.interval}"/><text x="${AXIS_LEFT + 32}" y="${ly}" fill="${COLORS.text}">${escapeHtml(words.legendInterval)}</text>`);
  out.push(`<rect x="${AXIS_LEFT + 150}" y="${ly - 9}" width="26" height="10" fill="${COLORS.continuous}"/><text x="${AXIS_LEFT + 182}" y="${ly}" fill="${COLORS.text}">${escapeHtml(words.legendContinuous)}</text>`);
  out.push(`<rect x="${AXIS_LEFT + 300}" y="${ly - 10}" width="2" height="12" fill="${COLORS.tick}"/><rect x="${AXIS_LEFT + 308}" y="${ly - 10}" width="2" height="12" fill="${COLORS.tick}"/><text x="${AXIS_LEFT + 318}" y="${ly}" fill="${COLORS.text}">${escapeHtml(words.legendRecurring)}</text>`);
  out.push(`<rect x="${AXIS_LEFT + 430}" y="${ly - 9}" width="26" height="10" fill="none" stroke="${COLORS.finding}" stroke-width="2"/><text x="${AXIS_LEFT + 462}" y="${ly}" fill="${COLORS.text}">${escapeHtml(words.legendFinding)}</text>`);
  out.push('</svg>');
  return out.join('');
}

function taskRow(
  task: TimelineTask,
  y: number,
  x: (date: string, end?: boolean) => number,
  words: (typeof WORDS)[Language],
): string {
  const flagged = task.findings.length > 0;
  const tooltip = [`${task.number}. ${task.name}`, task.time ?? words.noTime, ...task.findings.map((f) => `• ${f.message} [${f.ruleId}]`)].join('\n');
  const attrs = task.source ? ` data-start="${task.source.start}" data-end="${task.source.end}"` : '';
  const out: string[] = [`<g class="task${flagged ? ' flagged' : ''}" data-task="${task.number}"${attrs}><title>${escapeHtml(tooltip)}</title>`];
  out.push(`<text x="${AXIS_LEFT - 6}" y="${y + 14}" text-anchor="end" fill="${COLORS.text}">${task.number}.</text>`);
  const barY = y + 4;
  const barH = ROW - 8;
  const stroke = flagged ? ` stroke="${COLORS.finding}" stroke-width="2"` : '';
  let right = AXIS_LEFT;
  if (task.interval) {
    const left = x(task.interval.start);
    right = Math.max(left + 2, x(task.interval.end, true));
    if (task.kind === 'recurrence') {
      out.push(`<rect class="span" x="${fmt(left)}" y="${barY + barH / 2 - 1}" width="${fmt(right - left)}" height="2" fill="${COLORS.grid}"${stroke}/>`);
      for (const tick of task.ticks) out.push(`<rect class="tick" x="${fmt(x(tick) - 1)}" y="${barY - 1}" width="3" height="${barH + 2}" fill="${COLORS.tick}"/>`);
    } else {
      const fill = task.kind === 'continuous' ? COLORS.continuous : task.kind === 'deadline' ? COLORS.deadline : COLORS.interval;
      out.push(`<rect class="bar ${task.kind}" x="${fmt(left)}" y="${barY}" width="${fmt(right - left)}" height="${barH}" rx="2" fill="${fill}"${stroke}/>`);
      if (task.kind === 'deadline' && task.deadline) {
        const dx = x(task.deadline, true);
        out.push(`<path class="deadline" d="M${fmt(dx)} ${barY - 2} l5 ${barH / 2 + 2} l-5 ${barH / 2 + 2} l-5 ${-(barH / 2 + 2)} z" fill="${COLORS.interval}"/>`);
      }
    }
  } else {
    const label = task.time ? `? ${truncate(task.time, 40)} — ${words.unknown}` : `? ${words.noTime}`;
    out.push(`<rect class="bar unknown" x="${AXIS_LEFT}" y="${barY}" width="14" height="${barH}" fill="#ffffff"${flagged ? stroke : ` stroke="${COLORS.muted}" stroke-width="1"`} stroke-dasharray="3 2"/>`);
    out.push(`<text x="${AXIS_LEFT + 20}" y="${y + 14}" fill="${COLORS.muted}" font-style="italic">${escapeHtml(label)}</text>`);
    right = AXIS_LEFT + 20 + label.length * 5.5;
  }
  if (flagged) {
    const cx = Math.min(AXIS_RIGHT + 10, right + 10);
    out.push(`<circle class="finding-mark" cx="${fmt(cx)}" cy="${y + ROW / 2}" r="7" fill="${COLORS.finding}"/><text x="${fmt(cx)}" y="${y + ROW / 2 + 4}" text-anchor="middle" fill="#ffffff" font-weight="bold">!</text>`);
  }
  out.push('</g>');
  return out.join('');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}
