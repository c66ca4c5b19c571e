import { partRange } from '../../citations/analyze';
import { t } from '../../i18n/messages';
import { citationNode } from '../item-nodes';
import type { Rule } from '../rule';
import { analysisOf, fixOf, replaceEdit } from './support';

export const refMalformedSymbol: Rule = {
  meta: {
    id: 'ref/malformed-symbol',
    category: 'ref',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Số, ký hiệu viết sai quy cách: có khoảng trắng hoặc xuống dòng bên trong, gạch nối lạ, thiếu chữ Đ trong mã (QD), nhầm mẫu ký hiệu của Đảng và của Nhà nước.',
      en: 'A number and symbol is malformed: spaces or a line break inside, odd dashes, a code typed without Đ (QD), party and state grammar confused.',
    },
    docs: {
      vi: [
        'Số, ký hiệu viết liền, không có khoảng trắng ("780 /QĐ-UBND" là lỗi, một kế hoạch thật có lỗi này). Văn bản của',
        'Nhà nước viết số/loại-cơ quan (76/NQ-CP); văn bản của Đảng viết số-loại/cơ quan (57-NQ/TW, 12-NQ/TU). Mã loại gõ',
        'không dấu (QD, ND) được hiểu là QĐ, NĐ nhưng vẫn bị báo để viết lại cho đúng.',
        '',
        'Sửa nhanh: viết lại đúng quy cách; chỉ phần ký hiệu bị sửa.',
        '',
        '```yaml',
        'noi_dung:',
        '  - ... Quyết định số 780 /QĐ-UBND ngày 29/9/2025 ...   # báo: 780/QĐ-UBND',
        '  - ... Nghị quyết số 57/NQ-TW ngày 22/12/2024 ...      # báo: 57-NQ/TW',
        '  - ... Nghị quyết số 57-NQ/TW ngày 22/12/2024 ...      # đúng',
        '```',
      ].join('\n'),
      en: [
        'A number and symbol is written without spaces ("780 /QĐ-UBND" is a real defect). State documents are written',
        'N/TYPE-ISSUER (76/NQ-CP); party documents N-TYPE/ISSUER (57-NQ/TW). A code typed without Đ (QD, ND) is read as',
        'QĐ, NĐ but reported. Quick fix: rewrite the symbol only.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang } = context;
    // A citation's findings depend only on it (its text and what the registry says of it).
    context.each(analysisOf(context).citations, citationNode, '', (c) => {
      const symbol = c.citation.symbol;
      if (!symbol) return;
      const parsed = symbol.parsed;
      const written = symbol.text.replace(/\s+/g, ' ');
      let fixed: string | undefined;
      let message: string | undefined;
      if (parsed.grammarFix) {
        fixed = parsed.grammarFix;
        message = t(lang, parsed.kind === 'party' ? 'ref.malformed.state' : 'ref.malformed.party', { symbol: written, fixed });
      } else if (parsed.untidy) {
        fixed = parsed.compact;
        message = t(lang, /\s/.test(symbol.text) ? 'ref.malformed.spaces' : 'ref.malformed.dash', { symbol: written, fixed });
      } else if (parsed.asciiCode) {
        fixed = parsed.compact;
        message = t(lang, 'ref.malformed.ascii', { symbol: written, code: parsed.asciiCode, fixed });
      }
      if (!fixed || !message) return;
      context.report({
        range: partRange(c.field, symbol),
        message,
        fixes: [fixOf(t(lang, 'ref.fix.symbol', { symbol: fixed }), replaceEdit(c, symbol, fixed))],
      });
    });
  },
};
