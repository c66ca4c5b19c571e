import { isScalar } from 'yaml';
import { t, type MessageKey } from '../../i18n/messages';
import { scalarOffsetMapper } from '../../model/scalar-offsets';
import { findPair } from '../../model/yaml-nodes';
import type { Rule } from '../rule';

const CODE_OF: Record<string, string> = { 'ke-hoach': 'KH', 'quyet-dinh': 'QĐ' };

export const docSymbolType: Rule = {
  meta: {
    id: 'doc/symbol-type',
    category: 'doc',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Ký hiệu trong số văn bản phải đúng loại: kế hoạch /KH-, quyết định /QĐ-.',
      en: 'The symbol in the number matches the type: a plan /KH-, a decision /QĐ-.',
    },
    docs: {
      vi: [
        'Chữ viết tắt tên loại trong ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục III) phải khớp `loai`:',
        '`ke-hoach` → `…/KH-UBND`, `quyet-dinh` → `…/QĐ-UBND`. Sửa nhanh thay đúng phần ký hiệu.',
        '',
        '```yaml',
        'loai: ke-hoach',
        'so: 15/QĐ-UBND    # báo: kế hoạch phải có ký hiệu /KH-',
        '```',
      ].join('\n'),
      en: 'The type code in the symbol (Decree 30/2020, Annex III) must match `loai`: `ke-hoach` → `…/KH-UBND`, `quyet-dinh` → `…/QĐ-UBND`.',
    },
  },
  check(context) {
    const { plan, lang } = context;
    const root = plan.model.root;
    if (!root) return;
    const kind = findPair(root, 'loai')?.value;
    const number = findPair(root, 'so')?.value;
    if (!isScalar(kind) || !isScalar(number) || typeof number.value !== 'string') return;
    const expected = CODE_OF[String(kind.value)];
    if (!expected) return;
    const match = /\/\s*([\p{L}]+)\s*-/u.exec(number.value);
    if (!match || match[1].normalize('NFC').toUpperCase() === expected) return;
    const offsetOf = scalarOffsetMapper(plan.text, number as never);
    const start = (match.index ?? 0) + match[0].indexOf(match[1]);
    const range = { start: offsetOf(start), end: offsetOf(start + match[1].length) };
    context.report({
      range,
      message: t(lang, 'doc.symbolType', { so: number.value, kind: t(lang, `kind.${String(kind.value)}` as MessageKey), code: expected }),
      fixes: [{ title: t(lang, 'doc.fix.symbolCode', { code: expected }), edits: [{ range, newText: expected }] }],
    });
  },
};
