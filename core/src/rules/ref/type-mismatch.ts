import { partRange } from '../../citations/analyze';
import { codeOfTypeWord, spellCode, typeWordOfCode, withTypeCode } from '../../citations/symbol';
import { t } from '../../i18n/messages';
import type { Fix } from '../../types';
import { citationNode } from '../item-nodes';
import type { Rule } from '../rule';
import { analysisOf, caseLike, choiceOf, fixOf, replaceEdit } from './support';

export const refTypeMismatch: Rule = {
  meta: {
    id: 'ref/type-mismatch',
    category: 'ref',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Tên loại văn bản ("Quyết định") không khớp mã loại trong ký hiệu ("709/KH-UBND").',
      en: 'The type word ("Quyết định") contradicts the type code of the symbol ("709/KH-UBND").',
    },
    docs: {
      vi: [
        'Ký hiệu văn bản mang mã tên loại (Nghị định 30/2020/NĐ-CP, Phụ lục III): NQ Nghị quyết, QĐ Quyết định, CT Chỉ thị,',
        'KH Kế hoạch, CTr Chương trình, HD Hướng dẫn, TB Thông báo, KL Kết luận, NĐ Nghị định, TT Thông tư… Công văn không có',
        'mã tên loại (4625/BNV-CCHC). Một kế hoạch thật ghi "Quyết định số 709/KH-UBND": tên loại nói QĐ, ký hiệu nói KH,',
        'nên một trong hai sai.',
        '',
        'Sửa nhanh: nếu sổ văn bản biết văn bản này, đổi tên loại theo sổ; nếu không, chọn đổi tên loại theo ký hiệu',
        'hoặc đổi mã trong ký hiệu theo tên loại.',
        '',
        '```yaml',
        'thuc_hien:',
        '  - Quyết định số 709/KH-UBND ngày 31/7/2025 ...   # báo: KH là Kế hoạch',
        '  - Kế hoạch số 01/KH-UBND ngày 09/01/2026 ...     # đúng',
        '```',
      ].join('\n'),
      en: [
        'A symbol carries the code of its type (Nghị định 30/2020/NĐ-CP, Appendix III): NQ, QĐ, CT, KH, CTr, HD, TB, KL, NĐ, TT…;',
        'a công văn has none (4625/BNV-CCHC). A real plan writes "Quyết định số 709/KH-UBND": one of the two is wrong.',
        'Quick fix: the registry\'s type word when the document is known; otherwise change the word to the code, or the code to the word.',
        '',
        '```yaml',
        'thuc_hien:',
        '  - Quyết định số 709/KH-UBND ngày 31/7/2025 ...   # reported: KH means Kế hoạch',
        '```',
      ].join('\n'),
    },
  },
  check(context) {
    const { lang } = context;
    // A citation's findings depend only on it (its text and what the registry says of it).
    context.each(analysisOf(context).citations, citationNode, '', (c) => {
      const { typeWord, symbol } = c.citation;
      if (c.citation.kind !== 'number' || !typeWord || !symbol || c.citation.name) return;
      const parsed = symbol.parsed;
      const word = typeWord.text.replace(/\s+/g, ' ');
      const folded = word.toLowerCase();
      const wordCode = codeOfTypeWord(word);
      let message: string | undefined;
      let expectedWord: string | undefined;
      if (parsed.typeCode) {
        const codeWord = typeWordOfCode(parsed.typeCode);
        if (folded === 'công văn' || (wordCode && wordCode.toUpperCase() !== spellCode(parsed.typeCode).toUpperCase())) {
          expectedWord = codeWord;
          message = t(lang, 'ref.typeMismatch', { word, symbol: parsed.compact, code: spellCode(parsed.typeCode), expected: codeWord ?? '?' });
        }
      } else if (parsed.kind === 'letter' && wordCode && folded !== 'công văn') {
        expectedWord = 'Công văn';
        message = t(lang, 'ref.typeMismatchLetter', { word, symbol: parsed.compact });
      }
      if (!message) return;
      const fixes: Fix[] = [];
      const known = c.resolution.match?.entry;
      const canEditWord = !typeWord.shared;
      if (known && codeOfTypeWord(known.type) !== wordCode && canEditWord) {
        fixes.push(fixOf(t(lang, 'ref.fix.typeWord', { word: caseLike(word, known.type) }), replaceEdit(c, typeWord, caseLike(word, known.type))));
      } else if (!known) {
        if (expectedWord && canEditWord) {
          fixes.push(choiceOf(t(lang, 'ref.fix.typeWord', { word: caseLike(word, expectedWord) }), replaceEdit(c, typeWord, caseLike(word, expectedWord))));
        }
        const recoded = wordCode ? withTypeCode(parsed, wordCode) : undefined;
        if (recoded) fixes.push(choiceOf(t(lang, 'ref.fix.symbolCode', { symbol: recoded }), replaceEdit(c, symbol, recoded)));
      }
      context.report({
        range: partRange(c.field, typeWord.shared ? symbol : typeWord),
        message,
        fixes: fixes.length > 0 ? fixes : undefined,
      });
    });
  },
};
