import { isMap, isPair, isScalar, type Node } from 'yaml';
import { t } from '../i18n/messages';
import { nodeRange, scalarKey } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import { schemasAtPath, schemaTitle } from '../schema/plan-schema';
import type { Language, OffsetRange } from '../types';
import { excerpt } from '../util/strings';

export type OutlineKind = 'section' | 'field' | 'task' | 'unit';

export interface OutlineItem {
  name: string;
  detail?: string;
  kind: OutlineKind;
  range: OffsetRange;
  selectionRange: OffsetRange;
  children: OutlineItem[];
}

/** Fields shown as sections in the outline (the rest are header fields). */
const SECTION_KEYS = new Set([
  'quyet_dinh', 'can_cu', 'thuc_hien', 'muc_dich', 'yeu_cau', 'doi_tuong', 'noi_dung', 'hinh_thuc',
  'nhiem_vu_cu_the', 'kinh_phi', 'to_chuc_thuc_hien', 'bao_cao', 'noi_nhan', 'nguoi_ky', 'phu_luc', 'nhiem_vu',
]);

export function outline(plan: ParsedPlan, lang: Language): OutlineItem[] {
  const root = plan.doc.contents;
  if (!isMap(root)) return [];
  const items: OutlineItem[] = [];
  for (const pair of root.items) {
    const key = scalarKey(pair);
    if (key === undefined || !isScalar(pair.key)) continue;
    const keyRange = nodeRange(pair.key);
    const value = pair.value as Node | null;
    const range = { start: keyRange.start, end: value?.range ? nodeRange(value).end : keyRange.end };
    const title = schemaTitle(schemasAtPath([key])[0], lang) ?? key;
    const item: OutlineItem = {
      name: title,
      detail: key,
      kind: SECTION_KEYS.has(key) ? 'section' : 'field',
      range,
      selectionRange: keyRange,
      children: [],
    };
    if (key === 'nhiem_vu') {
      item.name = t(lang, 'symbol.tasks');
      item.children = plan.model.tasks.map((task) => ({
        name: `${task.number}. ${excerpt(task.name?.value ?? t(lang, 'symbol.task', { index: task.number }), 60)}`,
        detail: stringField(task.field('chu_tri')?.value),
        kind: 'task' as const,
        range: task.range,
        selectionRange: task.name?.range ?? task.range,
        children: [],
      }));
    } else if (key === 'to_chuc_thuc_hien') {
      item.name = t(lang, 'symbol.units');
      item.children = plan.model.unitBlocks.map((block, index) => ({
        name: `${index + 1}. ${block.name?.value ?? '…'}`,
        kind: 'unit' as const,
        range: nodeRange(block.node),
        selectionRange: block.name?.range ?? nodeRange(block.node),
        children: [],
      }));
    } else if (key === 'quyet_dinh' && isMap(value)) {
      item.children = value.items.filter(isPair).flatMap((inner) => {
        const innerKey = scalarKey(inner);
        if (innerKey === undefined || !isScalar(inner.key)) return [];
        const innerKeyRange = nodeRange(inner.key);
        const innerValue = inner.value as Node | null;
        return [{
          name: schemaTitle(schemasAtPath(['quyet_dinh', innerKey])[0], lang) ?? innerKey,
          detail: innerKey,
          kind: 'field' as const,
          range: { start: innerKeyRange.start, end: innerValue?.range ? nodeRange(innerValue).end : innerKeyRange.end },
          selectionRange: innerKeyRange,
          children: [],
        }];
      });
    }
    items.push(item);
  }
  return items;
}

function stringField(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
