import { isScalar, isSeq, type Node } from 'yaml';
import { clause, fillClause, REPORTING_CYCLE, type ClauseId } from '../../clauses/library';
import { clauseContext } from '../../clauses/context';
import { fillEmptyValue, insertListItem, insertTopLevel, isEmptyValue, precedingPair } from '../../clauses/insert';
import { yamlScalar } from '../../clauses/yaml-text';
import { t } from '../../i18n/messages';
import { findPair, nodeRange } from '../../model/yaml-nodes';
import type { ParsedPlan } from '../../parse/parse-plan';
import { schemasAtPath, schemaTitle } from '../../schema/plan-schema';
import type { Fix, Language, OffsetRange } from '../../types';
import type { Rule } from '../rule';
import { isDecision } from './support';

/** The sections every plan has, with the clause that can stand in for a missing one. */
const SECTIONS: { key: string; clause?: ClauseId; planOnly?: boolean }[] = [
  { key: 'muc_dich', clause: 'muc_dich' },
  { key: 'yeu_cau', clause: 'yeu_cau' },
  { key: 'noi_dung' },
  { key: 'kinh_phi', clause: 'kinh_phi' },
  { key: 'to_chuc_thuc_hien', clause: 'to_chuc_thuc_hien' },
  { key: 'bao_cao', clause: 'bao_cao' },
  { key: 'noi_nhan', clause: 'noi_nhan', planOnly: true },
  { key: 'nguoi_ky', clause: 'nguoi_ky', planOnly: true },
];

// "hằng quý", "định kỳ 6 tháng", "06 tháng, năm", "trước ngày 10 tháng cuối của quý": a reporting cycle.
const CYCLE = /(hằng|hàng|định kỳ)\s+(tháng|quý|năm|0?6 tháng|sáu tháng)|0?6 tháng,\s*(0?1\s+|một\s+)?năm|tháng cuối (của )?quý/iu;

export const docMissingSection: Rule = {
  meta: {
    id: 'doc/missing-section',
    category: 'doc',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Kế hoạch phải có đủ các phần chuẩn (mục đích, yêu cầu, nội dung, kinh phí, tổ chức thực hiện, chế độ báo cáo, nơi nhận, người ký); sửa nhanh chèn đoạn chuẩn.',
      en: 'A plan has every standard part (purpose, requirements, content, budget, implementation, reporting, recipients, signer); the quick fix inserts the standard clause.',
    },
    docs: {
      vi: [
        'Báo khi một phần chuẩn không có hoặc để trống, và khi không phần nào quy định chế độ báo cáo',
        '(kỳ báo cáo, thời hạn, nơi nhận). Sửa nhanh chèn đoạn chuẩn của kehoach (tên xã, năm, đơn vị soạn thảo',
        'lấy từ kế hoạch) vào đúng vị trí theo thứ tự văn bản; phần Nội dung không có đoạn chuẩn.',
        '',
        '```yaml',
        'kinh_phi:            # báo: để trống → sửa nhanh điền đoạn kinh phí chuẩn',
        'bao_cao:',
        '  - Trên đây là Kế hoạch …   # báo: chưa có chế độ báo cáo',
        '```',
      ].join('\n'),
      en: [
        'Fires when a standard part is absent or empty, and when no part sets a reporting cycle. The quick fix',
        'inserts kehoach\'s standard clause (commune, year and drafting unit taken from the plan) at its place in the document order.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const root = plan.model.root;
    if (!root) return;
    const decision = isDecision(plan);
    const fill = () => clauseContext(plan);
    for (const section of SECTIONS) {
      if (section.planOnly && decision) continue;
      const pair = findPair(root, section.key);
      const title = titleOf(section.key, lang);
      if (pair && !isEmptyValue(pair.value)) continue;
      const fixes: Fix[] = [];
      if (section.clause) {
        const value = fillClause(clause(section.clause).value, fill());
        const edit = pair ? fillEmptyValue(plan, pair, value) : insertTopLevel(plan, section.key, value);
        if (edit) fixes.push({ title: t(lang, 'doc.fix.insertClause', { key: section.key, title: clause(section.clause).title[lang] }), edits: [edit] });
      }
      context.report({
        range: pair ? nodeRange(pair.key as Node) : anchorFor(plan, section.key),
        message: t(lang, pair ? 'doc.emptySection' : 'doc.missingSection', { key: section.key, title }),
        fixes,
      });
    }
    reportMissingCycle(context.plan, lang, context.report);
  },
};

function titleOf(key: string, lang: Language): string {
  return schemaTitle(schemasAtPath([key])[0], lang) ?? key;
}

/** A missing section is shown on the key it should follow, where a reader notices the gap. */
function anchorFor(plan: ParsedPlan, key: string): OffsetRange {
  const root = plan.model.root!;
  const anchor = precedingPair(root, key) ?? root.items[0];
  // An empty mapping ("{}") has no key to point at: the first line stands for the document.
  return anchor ? nodeRange(anchor.key as Node) : { start: 0, end: plan.lines.lineEnd(0) };
}

function reportMissingCycle(plan: ParsedPlan, lang: Language, report: (r: { range: OffsetRange; message: string; fixes?: Fix[] }) => void): void {
  const root = plan.model.root!;
  const closing = findPair(root, 'bao_cao');
  if (!closing || isEmptyValue(closing.value)) return; // reported as a missing section
  const texts = plan.model.texts.filter((field) => field.path[0] === 'bao_cao' || field.path[0] === 'to_chuc_thuc_hien');
  if (texts.some((field) => CYCLE.test(field.value) && /báo cáo/iu.test(field.value))) return;
  const cycle = fillClause(REPORTING_CYCLE, clauseContext(plan)) as string;
  const fixes: Fix[] = [];
  const value = closing.value;
  if (isSeq(value)) {
    const edit = insertListItem(plan, value, cycle, 'start');
    if (edit) fixes.push({ title: t(lang, 'doc.fix.insertReporting'), edits: [edit] });
  } else if (isScalar(value) && value.range) {
    // A one-paragraph closing becomes a list: the cycle first, the paragraph kept as written.
    const range = nodeRange(value);
    const source = plan.text.slice(range.start, range.end);
    if (!source.includes('\n')) {
      const keyColumn = plan.lines.positionAt(nodeRange(closing.key as Node).start).character;
      const indent = ' '.repeat(keyColumn + 2);
      const nl = plan.text.includes('\r\n') ? '\r\n' : '\n';
      const colon = plan.text.indexOf(':', nodeRange(closing.key as Node).end);
      fixes.push({
        title: t(lang, 'doc.fix.insertReporting'),
        edits: [{ range: { start: colon + 1, end: range.end }, newText: `${nl}${indent}- ${yamlScalar(cycle)}${nl}${indent}- ${source}` }],
      });
    }
  }
  report({ range: nodeRange(closing.key as Node), message: t(lang, 'doc.missingReporting'), fixes });
}
