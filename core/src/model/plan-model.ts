import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { OffsetRange } from '../types';
import { findPair, nodeRange, scalarKey, type YamlPath } from './yaml-nodes';
import { scalarOffsetMapper } from './scalar-offsets';

/** A string value somewhere in the plan, with where it came from. */
export interface TextField {
  path: YamlPath;
  node: Scalar<string>;
  value: string;
  range: OffsetRange;
  /** Source offset of the character at `index` of `value`. */
  offsetOf(index: number): number;
}

export interface TaskModel {
  /** 1-based, as printed in the STT column. */
  number: number;
  path: YamlPath;
  node: YAMLMap;
  /** The sequence item's range (from its first key to its last value). */
  range: OffsetRange;
  name?: TextField;
  field(key: string): Pair | undefined;
}

export interface UnitBlockModel {
  path: YamlPath;
  node: YAMLMap;
  name?: TextField;
}

export type UnitRole = 'lead' | 'partner' | 'block';

export interface UnitMention {
  role: UnitRole;
  field: TextField;
}

export interface PlanModel {
  root?: YAMLMap;
  tasks: TaskModel[];
  unitBlocks: UnitBlockModel[];
  /** Entries of can_cu / thuc_hien (of the plan and of its issuing decision). */
  legalBases: TextField[];
  unitMentions: UnitMention[];
  /** Every string value in the plan, in document order. */
  texts: TextField[];
}

const MAX_TEXT_DEPTH = 64;

const LEGAL_BASIS_PATHS: YamlPath[] = [
  ['quyet_dinh', 'can_cu'],
  ['quyet_dinh', 'thuc_hien'],
  ['can_cu'],
  ['thuc_hien'],
];

export function buildPlanModel(doc: Document.Parsed, text: string): PlanModel {
  const root = isMap(doc.contents) ? doc.contents : undefined;
  const model: PlanModel = { root, tasks: [], unitBlocks: [], legalBases: [], unitMentions: [], texts: [] };
  if (!root) return model;

  const textOf = (node: Scalar<string>, path: YamlPath): TextField => ({
    path,
    node,
    value: node.value,
    range: nodeRange(node),
    offsetOf: scalarOffsetMapper(text, node),
  });

  collectTexts(root, [], model.texts, textOf);

  for (const basePath of LEGAL_BASIS_PATHS) {
    const seq = lookup(root, basePath);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      if (isStringNode(item)) model.legalBases.push(textOf(item, [...basePath, index]));
    });
  }

  const tasks = lookup(root, ['nhiem_vu']);
  if (isSeq(tasks)) {
    tasks.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const path: YamlPath = ['nhiem_vu', index];
      const nameNode = findPair(item, 'ten')?.value;
      model.tasks.push({
        number: index + 1,
        path,
        node: item,
        range: nodeRange(item as Node),
        name: isStringNode(nameNode) ? textOf(nameNode, [...path, 'ten']) : undefined,
        field: (key) => findPair(item, key),
      });
      const lead = findPair(item, 'chu_tri')?.value;
      if (isStringNode(lead)) model.unitMentions.push({ role: 'lead', field: textOf(lead, [...path, 'chu_tri']) });
      const partners = findPair(item, 'phoi_hop')?.value;
      if (isStringNode(partners)) {
        model.unitMentions.push({ role: 'partner', field: textOf(partners, [...path, 'phoi_hop']) });
      } else if (isSeq(partners)) {
        partners.items.forEach((partner, i) => {
          if (isStringNode(partner)) {
            model.unitMentions.push({ role: 'partner', field: textOf(partner, [...path, 'phoi_hop', i]) });
          }
        });
      }
    });
  }

  const blocks = lookup(root, ['to_chuc_thuc_hien']);
  if (isSeq(blocks)) {
    blocks.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const path: YamlPath = ['to_chuc_thuc_hien', index];
      const nameNode = findPair(item, 'don_vi')?.value;
      const name = isStringNode(nameNode) ? textOf(nameNode, [...path, 'don_vi']) : undefined;
      model.unitBlocks.push({ path, node: item, name });
      if (name) model.unitMentions.push({ role: 'block', field: name });
    });
  }
  return model;
}

function isStringNode(node: unknown): node is Scalar<string> {
  return isScalar(node) && typeof node.value === 'string';
}

function lookup(root: YAMLMap, path: YamlPath): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (!isMap(current)) return undefined;
    current = findPair(current, String(key))?.value;
  }
  return current;
}

function collectTexts(
  node: unknown,
  path: YamlPath,
  out: TextField[],
  textOf: (node: Scalar<string>, path: YamlPath) => TextField,
): void {
  // Plans are shallow; deeper nesting is hostile input and is not worth walking.
  if (path.length > MAX_TEXT_DEPTH) return;
  if (isStringNode(node)) {
    out.push(textOf(node, path));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = scalarKey(pair);
      if (key !== undefined) collectTexts(pair.value, [...path, key], out, textOf);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => collectTexts(item, [...path, index], out, textOf));
  }
}
