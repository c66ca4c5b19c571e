import { partRange } from '../../citations/analyze';
import { compareDates, parseIsoDate } from '../../citations/dates';
import { t } from '../../i18n/messages';
import type { TextEdit } from '../../types';
import type { Rule } from '../rule';
import { analysisOf, caseLike, choiceOf, citationTextOf, dateLike, isLaw, nameOf, replaceEdit, statusOf } from './support';

export const refSuperseded: Rule = {
  meta: {
    id: 'ref/superseded',
    category: 'ref',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Văn bản được dẫn đã được thay thế hoặc đã hết hiệu lực theo sổ văn bản.',
      en: 'A cited document has been replaced or is no longer in force, according to the registry.',
    },
    docs: {
      vi: [
        'Căn cứ chép từ kế hoạch cũ hay còn dẫn văn bản đã bị thay thế, ví dụ Luật Tổ chức chính quyền địa phương năm 2015',
        '(nay là Luật số 72/2025/QH15). kehoach báo khi sổ văn bản ghi văn bản đã được thay thế (`hieu_luc: da-thay-the`,',
        '`thay_the_boi: …`) hoặc hết hiệu lực; không báo khi kế hoạch được ban hành trước văn bản thay thế.',
        '',
        'Sửa nhanh: thay bằng văn bản thay thế (tên loại, số, ngày, cơ quan, trích yếu trong trích dẫn).',
        '',
        '```yaml',
        'can_cu:',
        '  - Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015   # báo: đã được thay thế',
        '  - Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025   # đúng',
        '```',
      ].join('\n'),
      en: [
        'Legal bases copied from old plans often cite replaced documents, e.g. the 2015 Luật Tổ chức chính quyền địa phương.',
        'kehoach reports a document the registry marks as replaced (`hieu_luc: da-thay-the`, `thay_the_boi: …`) or expired,',
        'unless the plan predates the successor. Quick fix: cite the successor instead.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang, registry } = context;
    const analysis = analysisOf(context);
    const reported = new Set<string>();
    for (const c of analysis.citations) {
      const match = c.resolution.match;
      if (!match || statusOf(match) === 'in-force') continue;
      const successor = statusOf(match) === 'replaced' ? registry.successor(match) : undefined;
      const successorDate = successor ? parseIsoDate(successor.entry.date) : undefined;
      if (analysis.planDate && successorDate && compareDates(analysis.planDate, successorDate) < 0) continue;
      if (!c.inLegalBasis && reported.has(c.key)) continue;
      reported.add(c.key);
      const part = c.citation.symbol ?? c.citation.name ?? c.citation;
      const edits: TextEdit[] = [];
      if (successor && successorDate) {
        const { typeWord, symbol, name, date, issuer, title } = c.citation;
        const next = successor.entry;
        if (typeWord && !typeWord.shared && typeWord.text.toLowerCase() !== next.type.toLowerCase()) edits.push(replaceEdit(c, typeWord, caseLike(typeWord.text, next.type)));
        if (name && next.title && isLaw(next.type)) {
          const nextName = next.title.replace(/^(?:Bộ luật|Luật)\s+/u, '');
          if (nextName !== name.text) edits.push(replaceEdit(c, name, nextName));
        }
        if (symbol) edits.push(replaceEdit(c, symbol, next.symbol));
        if (date) edits.push(replaceEdit(c, date, dateLike(date, successorDate)));
        if (issuer && !issuer.shared && issuer.text !== next.issuer) edits.push(replaceEdit(c, issuer, next.issuer));
        if (title && next.title && !isLaw(next.type)) edits.push(replaceEdit(c, title, next.title));
      }
      context.report({
        range: partRange(c.field, part),
        message:
          statusOf(match) === 'replaced'
            ? t(lang, 'ref.superseded', { symbol: nameOf(c), successor: successor ? citationTextOf(successor.entry, false, true) : match.entry.replacedBy ?? '?' })
            : t(lang, 'ref.expired', { symbol: nameOf(c) }),
        fixes: edits.length > 0 ? [choiceOf(t(lang, 'ref.fix.successor', { successor: successor!.entry.symbol }), ...edits)] : undefined,
      });
    }
  },
};
