import { isSeq, type Node } from 'yaml';
import { clause, fillClause } from '../../clauses/library';
import { clauseContext } from '../../clauses/context';
import { insertTopLevel } from '../../clauses/insert';
import { t } from '../../i18n/messages';
import { findPair, nodeRange } from '../../model/yaml-nodes';
import type { Rule } from '../rule';

// Words by which a plan's text points to its task table.
const POINTER = /phụ\s+lục|danh\s+mục\s+nhiệm\s+vụ|bảng\s+danh\s+mục/iu;
// Fields that are the appendix itself, or notes, and so do not count as pointing to it.
const NOT_BODY = new Set(['phu_luc', 'nhiem_vu', 'ghi_chu', 'quyet_dinh', 'can_cu', 'thuc_hien']);

export const docAppendixUnreferenced: Rule = {
  meta: {
    id: 'doc/appendix-unreferenced',
    category: 'doc',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Có phụ lục nhiệm vụ thì nội dung kế hoạch phải dẫn tới phụ lục (và ngược lại).',
      en: 'When the plan has a task appendix its body must point to it (and the reverse).',
    },
    docs: {
      vi: [
        'Theo Nghị định 30/2020/NĐ-CP, phụ lục phải được dẫn trong nội dung văn bản. Báo khi có nhiệm vụ ở',
        '`nhiem_vu` mà không đoạn nào nhắc tới phụ lục (sửa nhanh: chèn đoạn "Nhiệm vụ cụ thể" chuẩn), và',
        'khi văn bản nhắc tới phụ lục nhiệm vụ (`nhiem_vu_cu_the`) mà không có nhiệm vụ nào.',
      ].join('\n'),
      en: [
        'Decree 30/2020/NĐ-CP requires the body to refer to an appendix. Fires when `nhiem_vu` lists tasks but no',
        'text mentions the appendix (fix: insert the standard "Nhiệm vụ cụ thể" paragraph), and when',
        '`nhiem_vu_cu_the` points to an appendix that lists no task.',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const root = plan.model.root;
    if (!root) return;
    const tasks = findPair(root, 'nhiem_vu');
    const taskCount = isSeq(tasks?.value) ? tasks!.value.items.length : 0;
    const pointer = findPair(root, 'nhiem_vu_cu_the');
    const referenced = plan.model.texts.some((field) => !NOT_BODY.has(String(field.path[0])) && POINTER.test(field.value));
    if (taskCount > 0 && !referenced && !pointer) {
      const value = fillClause(clause('nhiem_vu_cu_the').value, clauseContext(plan));
      context.report({
        range: nodeRange(tasks!.key as Node),
        message: t(lang, 'doc.appendixUnreferenced', { count: taskCount }),
        fixes: [{ title: t(lang, 'doc.fix.insertClause', { key: 'nhiem_vu_cu_the', title: clause('nhiem_vu_cu_the').title[lang] }), edits: [insertTopLevel(plan, 'nhiem_vu_cu_the', value)] }],
      });
    } else if (taskCount === 0 && pointer) {
      context.report({ range: nodeRange(pointer.key as Node), message: t(lang, 'doc.appendixMissing') });
    }
  },
};
