import { isScalar, isSeq, Scalar } from 'yaml';
import { t } from '../../i18n/messages';
import { fieldCache, fieldSlot, type TaskModel, type TextField } from '../../model/plan-model';
import { nodeRange } from '../../model/yaml-nodes';
import type { ParsedPlan } from '../../parse/parse-plan';
import { contains, lengthInDays, sameInterval } from '../../time/dates';
import { intervalOf, parseTime } from '../../time/parse-time';
import { planPeriod } from '../../time/period';
import { taskTexts, taskTimes, type TaskTime } from '../../time/task-time';
import type { TextEdit } from '../../types';
import { timeNode } from '../item-nodes';
import type { Rule } from '../rule';

/** "Thời gian thực hiện: Tháng 11/2026" inside a description line. */
const STATEMENT =
  /(?<![\p{L}\p{M}])(?:thời\s+gian(?:\s+(?:thực\s+hiện|tổ\s+chức|triển\s+khai|hoàn\s+thành|dự\s+kiến))?|thời\s+hạn(?:\s+hoàn\s+thành)?)\s*:\s*([^;\n]+?)\s*(?=[;)]|\.(?:\s|$)|$)/giu;

export interface TimeStatement {
  field: TextField;
  /** Indices in the field's value of the whole statement, and of the time in it. */
  start: number;
  end: number;
  timeStart: number;
  timeText: string;
}

/** The statements of a task, kept with it: a task object lives only as long as its row is unchanged. */
const statementsOfTask = new WeakMap<TaskModel, TimeStatement[]>();

export function timeStatements(plan: ParsedPlan, task: TaskModel): TimeStatement[] {
  let statements = statementsOfTask.get(task);
  if (!statements) statementsOfTask.set(task, (statements = findStatements(plan, task)));
  return statements;
}

function findStatements(plan: ParsedPlan, task: TaskModel): TimeStatement[] {
  const statements: TimeStatement[] = [];
  for (const field of taskTexts(plan, task)) {
    const key = field.path[task.path.length];
    if (key !== 'chi_tiet' && key !== 'ten') continue;
    for (const { start, end, timeStart, timeText } of fieldCache(field, STATEMENTS, '', statementsOfField)) {
      statements.push({ field, start, end, timeStart, timeText });
    }
  }
  return statements;
}

const STATEMENTS = fieldSlot('task/time-statements');
const statementsOfField = (field: TextField) => statementsIn(field.value);

/** The time statements of a text (indices in it): kept with the field (fieldCache). */
function statementsIn(value: string): Omit<TimeStatement, 'field'>[] {
  const found: Omit<TimeStatement, 'field'>[] = [];
  for (const match of value.matchAll(STATEMENT)) {
    const start = match.index ?? 0;
    const timeText = match[1];
    const timeStart = start + match[0].lastIndexOf(timeText);
    found.push({ start, end: timeStart + timeText.length, timeStart, timeText });
  }
  return found;
}

/** The text to put in place of a scalar, keeping its quoting style. */
export function scalarText(node: Scalar, text: string): string {
  if (node.type === Scalar.QUOTE_SINGLE) return `'${text.replace(/'/g, "''")}'`;
  const plainSafe = !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/:\s|\s#|:$|[\n\r]/.test(text) && text.trim() === text && text !== '';
  if (node.type === Scalar.QUOTE_DOUBLE || !plainSafe) return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return text;
}

/** Deletes a chi_tiet item that holds nothing but the statement (and the chi_tiet key if it was the only item). */
function removal(plan: ParsedPlan, task: TaskModel, statement: TimeStatement): TextEdit | undefined {
  const { field } = statement;
  if (field.path[task.path.length] !== 'chi_tiet') return undefined;
  const rest = field.value.slice(0, statement.start) + field.value.slice(statement.end);
  if (rest.trim().replace(/[.;]$/, '') !== '') return undefined;
  const pair = task.field('chi_tiet');
  const seq = pair?.value;
  if (!pair || !isSeq(seq) || seq.flow || !isScalar(pair.key)) return undefined;
  const { lines, text } = plan;
  const itemRange = nodeRange(field.node);
  const line = lines.positionAt(itemRange.start).line;
  if (lines.positionAt(itemRange.end).line !== line) return undefined;
  if (!/^\s*-\s+$/.test(text.slice(lines.lineStart(line), itemRange.start))) return undefined;
  if (!/^\s*(?:#.*)?$/.test(text.slice(itemRange.end, lines.lineEnd(line)))) return undefined;
  const nextLine = (l: number) => (l + 1 < lines.lineCount ? lines.lineStart(l + 1) : text.length);
  if (seq.items.length > 1) return { range: { start: lines.lineStart(line), end: nextLine(line) }, newText: '' };
  const keyLine = lines.positionAt(nodeRange(pair.key).start).line;
  if (keyLine !== line - 1 || lines.lineText(keyLine).trim() !== 'chi_tiet:') return undefined;
  return { range: { start: lines.lineStart(keyLine), end: nextLine(line) }, newText: '' };
}

function moveFix(plan: ParsedPlan, time: TaskTime, statement: TimeStatement, lang: 'vi' | 'en') {
  const node = time.field?.node;
  if (!node) return undefined;
  const edits: TextEdit[] = [{ range: nodeRange(node), newText: scalarText(node, statement.timeText.trim()) }];
  const remove = removal(plan, time.task, statement);
  if (remove) edits.push(remove);
  return [{ title: t(lang, 'task.fix.moveTime', { time: statement.timeText.trim() }), edits }];
}

export const taskTimeInDescription: Rule = {
  meta: {
    id: 'task/time-in-description',
    category: 'task',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Thời gian cụ thể ghi trong mô tả nhiệm vụ ("Thời gian thực hiện: Tháng 11/2026") phải nằm ở cột thời gian (thoi_gian).',
      en: 'A precise time stated in the task description ("Thời gian thực hiện: Tháng 11/2026") belongs in the time column (thoi_gian).',
    },
    docs: {
      vi: [
        'Cột thời gian là chỗ người duyệt xem tiến độ. Khi mô tả (`ten`, `chi_tiet`) ghi "Thời gian thực hiện: Tháng 11/2026" mà',
        '`thoi_gian` chỉ ghi "Năm 2026", bảng phụ lục mất thông tin chính xác. Báo khi thời gian trong mô tả cụ thể hơn (nằm',
        'trong và ngắn hơn) thời gian ở cột; sửa nhanh: ghi thời gian đó vào `thoi_gian` và bỏ dòng mô tả chỉ chứa thời gian.',
        'Khi hai thời gian không khớp nhau (mô tả ghi Tháng 11, cột ghi Quý I) cũng báo, nhưng không tự sửa.',
        '',
        '```yaml',
        'nhiem_vu:',
        '  - ten: Tham gia cuộc thi xuất bản ấn phẩm truyền thông',
        '    chi_tiet:',
        '      - "Thời gian thực hiện: Tháng 10/2026"   # báo',
        '    chu_tri: Phòng Văn hóa - Xã hội',
        '    thoi_gian: Năm 2026',
        '  - ten: Tham gia cuộc thi xuất bản ấn phẩm truyền thông',
        '    chu_tri: Phòng Văn hóa - Xã hội',
        '    thoi_gian: Tháng 10/2026                   # đúng',
        '```',
      ].join('\n'),
      en: [
        'The time column is where a reviewer checks progress. When the description says "Thời gian thực hiện: Tháng 11/2026"',
        'and `thoi_gian` only says "Năm 2026", the table loses the precise time. Fires when the described time lies within, and',
        'is shorter than, the column\'s time; the quick fix writes it into `thoi_gian` and removes a description line that only',
        'held the time. Times that contradict each other are reported too, without a fix.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const period = planPeriod(plan);
    const key = period ? `${period.year ?? ''}|${period.interval.start}|${period.interval.end}` : '';
    context.each(taskTimes(plan), timeNode, key, (time) => {
      if (!time.field || !time.interval) return;
      for (const statement of timeStatements(plan, time.task)) {
        const parsed = parseTime(statement.timeText, { defaultYear: period?.year });
        const described = parsed.ok ? intervalOf(parsed.value, period?.interval) : undefined;
        if (!described || sameInterval(described, time.interval) || contains(described, time.interval)) continue;
        const precise = contains(time.interval, described) && lengthInDays(described) < lengthInDays(time.interval);
        const params = { index: time.task.number, described: statement.timeText.trim(), time: time.field.value.trim() };
        context.report({
          range: { start: statement.field.offsetOf(statement.start), end: statement.field.offsetOf(statement.end - 1) + 1 },
          message: t(lang, precise ? 'task.timeInDescription' : 'task.timeConflict', params),
          fixes: precise ? moveFix(plan, time, statement, lang) : undefined,
        });
      }
    });
  },
};
