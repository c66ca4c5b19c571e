import { isScalar, isSeq, type Node, type Pair } from 'yaml';
import { clauseContext } from '../../clauses/context';
import { insertListItem } from '../../clauses/insert';
import { DRAFTING_UNIT_ABBREVIATIONS } from '../../clauses/library';
import { t } from '../../i18n/messages';
import { scalarOffsetMapper } from '../../model/scalar-offsets';
import { findPair, nodeRange } from '../../model/yaml-nodes';
import { closestMatch } from '../../util/strings';
import type { Rule } from '../rule';
import { decisionMap } from './support';

const ARCHIVE = /^\s*Lưu\s*:\s*VT\s*,\s*([^.;]*?)\s*[.;]?\s*$/u;

export const docArchiveMissing: Rule = {
  meta: {
    id: 'doc/archive-missing',
    category: 'doc',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Nơi nhận phải kết thúc bằng dòng "Lưu: VT, <đơn vị soạn thảo>" với ký hiệu đơn vị đúng.',
      en: 'The recipients end with "Lưu: VT, <drafting unit>", with a correct unit abbreviation.',
    },
    docs: {
      vi: [
        'Dòng lưu cho biết bản gốc lưu ở văn thư (VT) và đơn vị soạn thảo. Báo khi không có dòng "Lưu: VT, …"',
        '(sửa nhanh: thêm dòng với đơn vị soạn thảo của kế hoạch), và khi ký hiệu đơn vị không phải ký hiệu đã',
        'biết (ví dụ "VHXX" thay cho "VHXH"; sửa nhanh: ký hiệu gần nhất).',
        '',
        '```yaml',
        'noi_nhan:',
        '  - Sở Nội vụ',
        '  - "Lưu: VT, VHXX"   # báo: có phải VHXH?',
        '```',
      ].join('\n'),
      en: [
        'The filing line says the original is kept by the records office (VT) and the drafting unit. Fires when it is',
        'missing (fix: add it with the plan\'s drafting unit) and when the unit abbreviation is unknown (fix: the closest one).',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const root = plan.model.root;
    if (!root) return;
    const decision = decisionMap(plan);
    const lists: Pair[] = [findPair(root, 'noi_nhan'), decision && findPair(decision, 'noi_nhan')].filter((pair): pair is Pair => !!pair);
    const known = Object.keys(DRAFTING_UNIT_ABBREVIATIONS);
    for (const pair of lists) {
      if (!isSeq(pair.value) || pair.value.items.length === 0) continue;
      const items = pair.value.items;
      const archive = items.find((item) => isScalar(item) && typeof item.value === 'string' && /^\s*Lưu\s*:/u.test(item.value));
      if (!archive) {
        const unit = clauseContext(plan).viet_tat;
        const edit = insertListItem(plan, pair.value, `Lưu: VT, ${unit}`, 'end');
        context.report({
          range: nodeRange(pair.key as Node),
          message: t(lang, 'doc.archiveMissing'),
          fixes: edit ? [{ title: t(lang, 'doc.fix.addArchive', { unit }), edits: [edit] }] : [],
        });
        continue;
      }
      const scalar = archive as Node & { value: string };
      const match = ARCHIVE.exec(scalar.value);
      const unit = match?.[1];
      if (!unit || known.includes(unit)) continue;
      const suggestion = closestMatch(unit, known);
      if (!suggestion) continue; // a unit kehoach does not know may still be right
      const offsetOf = scalarOffsetMapper(plan.text, archive as never);
      const start = scalar.value.indexOf(unit, scalar.value.indexOf(','));
      const range = { start: offsetOf(start), end: offsetOf(start + unit.length) };
      context.report({
        range,
        message: t(lang, 'doc.archiveUnknownUnit', { unit, suggestion }),
        fixes: [{ title: t(lang, 'doc.fix.replaceUnit', { suggestion }), edits: [{ range, newText: suggestion }] }],
      });
    }
  },
};
