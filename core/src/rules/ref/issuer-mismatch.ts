import { partRange } from '../../citations/analyze';
import { analyzeIssuer, bodyOfIssuerCode, issuerAgreesWithCode, issuersAgree, nameOfIssuerCode } from '../../citations/issuer';
import { t, type MessageKey } from '../../i18n/messages';
import { citationNode } from '../item-nodes';
import type { Rule } from '../rule';
import { analysisOf, fixOf, nameOf, replaceEdit } from './support';

export const refIssuerMismatch: Rule = {
  meta: {
    id: 'ref/issuer-mismatch',
    category: 'ref',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Cơ quan ban hành được ghi không khớp ký hiệu (mã CP mà ghi "của Thủ tướng Chính phủ") hoặc sổ văn bản.',
      en: 'The cited issuer contradicts the symbol (code CP cited "của Thủ tướng Chính phủ") or the registry.',
    },
    docs: {
      vi: [
        'Phần sau dấu gạch ngang của ký hiệu là cơ quan ban hành: CP Chính phủ, TTg Thủ tướng Chính phủ, QH15 Quốc hội,',
        'UBTVQH15 Ủy ban Thường vụ Quốc hội, BNV Bộ Nội vụ, UBND, HĐND, TW (Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương),',
        'TU (Tỉnh ủy, Thành ủy), ĐU (Đảng ủy). Nghị quyết 76/NQ-CP là của Chính phủ: ghi "của Thủ tướng Chính phủ" là sai;',
        'Chỉ thị 23/CT-TTg là của Thủ tướng: ghi "của Chính phủ" là sai. Khi văn bản có trong sổ, cơ quan còn được so với sổ.',
        '',
        'Sửa nhanh: ghi cơ quan ban hành theo sổ văn bản hoặc theo mã (với cơ quan Trung ương).',
        '',
        '```yaml',
        'can_cu:',
        '  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Thủ tướng Chính phủ ...   # báo: CP là Chính phủ',
        '  - Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ...             # đúng',
        '```',
      ].join('\n'),
      en: [
        'The part after the hyphen names the issuer: CP Chính phủ, TTg Thủ tướng Chính phủ, QH15 Quốc hội, UBTVQH15, BNV Bộ Nội vụ,',
        'UBND, HĐND, TW, TU, ĐU. 76/NQ-CP is the Government\'s: "của Thủ tướng Chính phủ" is wrong. A known document\'s issuer is',
        'also compared with the registry. Quick fix: the registry\'s issuer, or the code\'s for national bodies.',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang } = context;
    // A citation's findings depend only on it (its text and what the registry says of it).
    context.each(analysisOf(context).citations, citationNode, '', (c) => {
      const { issuer, symbol } = c.citation;
      if (c.citation.kind !== 'number' || !issuer || !symbol) return;
      const info = analyzeIssuer(issuer.text);
      const known = c.resolution.match?.entry;
      const code = symbol.parsed.issuerCode;
      const codeAgrees = issuerAgreesWithCode(info, code);
      if (codeAgrees && (!known || issuersAgree(info, analyzeIssuer(known.issuer)))) return;
      const expected = known?.issuer ?? nameOfIssuerCode(code);
      const label = expected ?? t(lang, `body.${bodyOfIssuerCode(code)?.body ?? 'other'}` as MessageKey);
      const fixes = expected && !issuer.shared ? [fixOf(t(lang, 'ref.fix.issuer', { issuer: expected }), replaceEdit(c, issuer, expected))] : undefined;
      context.report({
        range: partRange(c.field, issuer),
        message: t(lang, 'ref.issuerMismatch', { symbol: nameOf(c), expected: label, cited: issuer.text.replace(/\s+/g, ' ') }),
        fixes,
      });
    });
  },
};
