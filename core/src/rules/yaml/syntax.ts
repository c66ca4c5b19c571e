import { isMap } from 'yaml';
import { t, type MessageKey } from '../../i18n/messages';
import { jsonType } from '../../schema/plan-schema';
import type { Rule } from '../rule';

const TRANSLATED_CODES = new Set([
  'BAD_INDENT',
  'TAB_AS_INDENT',
  'DUPLICATE_KEY',
  'MISSING_CHAR',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'BAD_SCALAR_START',
  'MULTIPLE_DOCS',
  'BAD_DQ_ESCAPE',
  'UNEXPECTED_TOKEN',
]);

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(\s|$)/;
const MAX_SYNTAX_FINDINGS = 100;

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml/syntax',
    category: 'yaml',
    defaultSeverity: 'error',
    fixable: false,
    description: {
      vi: 'Tệp phải là YAML hợp lệ, và là một nhóm khóa (loai:, co_quan:, …).',
      en: 'The file must be valid YAML, and a mapping (loai:, co_quan:, …).',
    },
    docs: {
      vi: [
        'Lỗi cú pháp làm kehoach không đọc được phần còn lại của kế hoạch, nên được báo ngay tại chỗ sai.',
        '',
        'Lỗi hay gặp nhất: văn bản có dấu `: ` (ví dụ `Thời gian thực hiện: Tháng 11/2026` hay `Lưu: VT, VHXH`)',
        'phải đặt trong ngoặc kép; thụt lề bằng dấu cách, không dùng Tab.',
        '',
        '```yaml',
        '# Sai',
        'noi_nhan:',
        '  - Lưu: VT, VHXH',
        'chi_tiet:',
        '  - Thời gian: Tháng 11/2026: cả năm',
        '# Đúng',
        'noi_nhan:',
        '  - "Lưu: VT, VHXH"',
        '```',
      ].join('\n'),
      en: [
        'A syntax error stops kehoach from reading the rest of the plan, so it is reported where it occurs.',
        '',
        'The most common one: text containing `: ` (e.g. `Lưu: VT, VHXH`) must be double-quoted; indent with spaces, not tabs.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    // Git conflict markers: one finding per conflict, and no YAML noise on the marker lines.
    const markerLines = new Set<number>();
    // One search of the text first: most plans have no marker, and then no line needs to be looked at.
    const anyMarker = /^(?:<{7}|={7}|>{7})/m.test(plan.text);
    for (let line = 0; anyMarker && line < plan.lines.lineCount; line++) {
      const text = plan.lines.lineText(line);
      if (!CONFLICT_MARKER.test(text)) continue;
      markerLines.add(line);
      if (text.startsWith('<<<<<<<')) {
        context.report({ range: { start: plan.lines.lineStart(line), end: plan.lines.lineEnd(line) }, message: t(lang, 'yaml.conflict') });
      }
    }
    const errors = plan.yamlErrors.filter((error) => !markerLines.has(plan.lines.positionAt(error.pos[0]).line));
    // Binary or badly broken files give thousands of errors: show the first ones and say how many more.
    for (const [index, error] of errors.entries()) {
      if (index === MAX_SYNTAX_FINDINGS) {
        const line = plan.lines.positionAt(error.pos[0]).line;
        context.report({ range: { start: plan.lines.lineStart(line), end: plan.lines.lineEnd(line) }, message: t(lang, 'yaml.moreErrors', { count: errors.length - index }) });
        break;
      }
      // An unclosed [ or { surfaces as an indentation error; name the real cause.
      const code = error.code === 'BAD_INDENT' && /must .*end with a [\]}]/.test(error.message) ? 'MISSING_CHAR' : error.code;
      const key = (TRANSLATED_CODES.has(code) ? `yamlError.${code}` : 'yamlError.other') as MessageKey;
      const detail = t(lang, key, { message: error.message });
      let [start, end] = error.pos;
      if (error.code === 'MISSING_CHAR') {
        // The parser notices a missing closing quote where the text ends; show the opening one.
        const quote = /'quote/.test(error.message) ? "'" : '"';
        const opening = plan.text.lastIndexOf(quote, Math.max(0, start - 1));
        if (opening >= 0) start = opening;
        end = start;
      }
      if (end - start <= 1) end = plan.lines.lineEnd(plan.lines.positionAt(start).line);
      context.report({ range: { start, end: Math.max(end, start + 1) }, message: t(lang, 'yaml.syntax', { detail }) });
    }
    for (const problem of plan.dataProblems) {
      const message =
        problem.kind === 'alias-limit'
          ? t(lang, 'yaml.aliasLimit')
          : problem.kind === 'unreadable'
            ? t(lang, 'yaml.unreadable', { detail: problem.detail ?? '' })
            : t(lang, 'yaml.syntax', { detail: t(lang, 'yamlError.UNRESOLVED_ALIAS') });
      context.report({ range: problem.range, message });
    }
    const contents = plan.doc.contents;
    if (plan.yamlErrors.length === 0 && contents === null && !plan.dataProblems.some((p) => p.kind === 'unreadable')) {
      context.report({ range: { start: 0, end: plan.lines.lineEnd(0) }, message: t(lang, 'yaml.empty') });
    } else if (plan.yamlErrors.length === 0 && contents && !isMap(contents)) {
      const [start, end] = contents.range ?? [0, 0];
      const actual = t(lang, `type.${jsonType(plan.data) === 'integer' ? 'number' : jsonType(plan.data)}` as MessageKey);
      context.report({ range: { start, end }, message: t(lang, 'yaml.notMapping', { actual }) });
    }
  },
};
