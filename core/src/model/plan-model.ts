import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
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

/**
 * The text a model's fields read their offsets from. Shared by every field of a model and of the models spliced
 * from it (parse/incremental.ts), and moved on to the newest text: a spliced model keeps the fields of unchanged
 * nodes, whose positions follow their (shifted) nodes.
 */
interface TextSource {
  text: string;
}

const sources = new WeakMap<PlanModel, TextSource>();

class Field implements TextField {
  private relative?: (index: number) => number;
  /** Derived data kept with the field (fieldCache): key and value of each slot, at 2 × slot and 2 × slot + 1. */
  slots?: unknown[];

  constructor(
    readonly path: YamlPath,
    readonly node: Scalar<string>,
    readonly value: string,
    private readonly source: TextSource,
  ) {}

  get range(): OffsetRange {
    return nodeRange(this.node);
  }

  offsetOf(index: number): number {
    const start = this.node.range?.[0] ?? 0;
    if (!this.relative) {
      // Made on first use (most fields are never asked), relative to the node's start so that it survives shifts.
      const absolute = scalarOffsetMapper(this.source.text, this.node);
      this.relative = (i) => absolute(i) - start;
    }
    return start + this.relative(index);
  }
}

/** A kind of data kept with fields (fieldCache): made once per module. */
export type FieldSlot = number & { readonly slot: unique symbol };

const slotNames: string[] = [];

export function fieldSlot(name: string): FieldSlot {
  slotNames.push(name);
  return (slotNames.length - 1) as FieldSlot;
}

const UNSET = Symbol('unset');

/**
 * Data derived from a field's text, kept on the field itself: a spliced model keeps the fields of unchanged nodes,
 * so after an edit only the changed fields compute theirs again. `key` names everything else the data depends on
 * (compared with ===); the value must never be changed by callers (unless it is a holder of the caller's own).
 */
export function fieldCache<T, C = undefined>(field: TextField, slot: FieldSlot, key: unknown, compute: (field: TextField, context: C) => T, context?: C): T {
  // `compute` is a function made once, not per call (with `context` for what it needs): nothing is allocated on a hit.
  if (!(field instanceof Field)) return compute(field, context as C);
  const slots = (field.slots ??= []);
  const at = 2 * slot;
  if (slots.length > at && slots[at] === key && slots[at + 1] !== UNSET) return slots[at + 1] as T;
  const value = compute(field, context as C);
  while (slots.length <= at + 1) slots.push(UNSET);
  slots[at] = key;
  slots[at + 1] = value;
  return value;
}

class Task implements TaskModel {
  constructor(
    readonly number: number,
    readonly path: YamlPath,
    readonly node: YAMLMap,
    readonly name: TextField | undefined,
  ) {}

  get range(): OffsetRange {
    return nodeRange(this.node as Node);
  }

  /** The first pair of each key, made on first use: a task object lives only as long as its row is unchanged. */
  private pairs?: Map<string, Pair>;

  field(key: string): Pair | undefined {
    if (!this.pairs) {
      this.pairs = new Map();
      for (const item of this.node.items) {
        const name = isPair(item) ? scalarKey(item) : undefined;
        if (name !== undefined && !this.pairs.has(name)) this.pairs.set(name, item);
      }
    }
    return this.pairs.get(key);
  }
}

type TextOf = (node: Scalar<string>, path: YamlPath) => TextField;

export function buildPlanModel(doc: Document.Parsed, text: string): PlanModel {
  const root = isMap(doc.contents) ? doc.contents : undefined;
  const model: PlanModel = { root, tasks: [], unitBlocks: [], legalBases: [], unitMentions: [], texts: [] };
  const source: TextSource = { text };
  sources.set(model, source);
  if (!root) return model;
  const textOf: TextOf = (node, path) => new Field(path, node, node.value, source);

  collectTexts(root, [], model.texts, textOf);

  for (const basePath of LEGAL_BASIS_PATHS) {
    const seq = lookup(root, basePath);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      if (isStringNode(item)) model.legalBases.push(textOf(item, [...basePath, index]));
    });
  }

  const tasks = lookup(root, ['nhiem_vu']);
  if (isSeq(tasks)) tasks.items.forEach((item, index) => addTask(model, item, index, textOf));

  const blocks = lookup(root, ['to_chuc_thuc_hien']);
  if (isSeq(blocks)) blocks.items.forEach((item, index) => addBlock(model, item, index, textOf));
  return model;
}

function addTask(model: Pick<PlanModel, 'tasks' | 'unitMentions'>, item: unknown, index: number, textOf: TextOf): void {
  if (!isMap(item)) return;
  const path: YamlPath = ['nhiem_vu', index];
  const nameNode = findPair(item, 'ten')?.value;
  model.tasks.push(new Task(index + 1, path, item, isStringNode(nameNode) ? textOf(nameNode, [...path, 'ten']) : undefined));
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
}

function addBlock(model: Pick<PlanModel, 'unitBlocks' | 'unitMentions'>, item: unknown, index: number, textOf: TextOf): void {
  if (!isMap(item)) return;
  const path: YamlPath = ['to_chuc_thuc_hien', index];
  const nameNode = findPair(item, 'don_vi')?.value;
  const name = isStringNode(nameNode) ? textOf(nameNode, [...path, 'don_vi']) : undefined;
  model.unitBlocks.push({ path, node: item, name });
  if (name) model.unitMentions.push({ role: 'block', field: name });
}

/** What an incremental re-parse replaced (parse/incremental.ts). */
export type ModelChange =
  /** Rows [first, last] of the top-level list `key` were replaced by as many new rows. */
  | { kind: 'rows'; key: string; first: number; last: number; items: unknown[] }
  /** The top-level sections named `oldKeys` were replaced by `pairs`. */
  | { kind: 'sections'; oldKeys: string[]; pairs: Pair[] };

/** Sections the model reads beyond their texts: changing them as a whole means building the model again. */
const STRUCTURAL_SECTIONS = new Set(['nhiem_vu', 'to_chuc_thuc_hien', 'can_cu', 'thuc_hien', 'quyet_dinh']);

/**
 * The model of a spliced document, re-using the previous model's fields for every unchanged node (the previous
 * model is consumed). Equal to buildPlanModel(doc, text); undefined when the change needs a full build.
 */
export function spliceModel(previous: PlanModel, change: ModelChange, text: string): PlanModel | undefined {
  const source = sources.get(previous);
  const root = previous.root;
  if (!source || !root) return undefined;
  const textOf: TextOf = (node, path) => new Field(path, node, node.value, source);
  const model: PlanModel = { ...previous };

  if (change.kind === 'sections') {
    const keys = [...change.oldKeys, ...change.pairs.map((pair) => scalarKey(pair) ?? '')];
    if (keys.some((key) => STRUCTURAL_SECTIONS.has(key))) return undefined;
    const old = new Set(change.oldKeys);
    const fresh: TextField[] = [];
    for (const pair of change.pairs) {
      const key = scalarKey(pair);
      if (key !== undefined) collectTexts(pair.value, [key], fresh, textOf);
    }
    const texts = replaceRun(previous.texts, (field) => old.has(field.path[0] as string), fresh);
    if (!texts) return undefined;
    model.texts = texts;
  } else {
    const { key, first, last, items } = change;
    const inRows = (path: YamlPath) => path[0] === key && typeof path[1] === 'number' && path[1] >= first && path[1] <= last;
    const fresh: TextField[] = [];
    items.forEach((item, i) => collectTexts(item, [key, first + i], fresh, textOf));
    const texts = replaceRun(previous.texts, (field) => inRows(field.path), fresh);
    if (!texts) return undefined;
    model.texts = texts;
    if (key === 'can_cu' || key === 'thuc_hien') {
      const bases = items.flatMap((item, i) => (isStringNode(item) ? [textOf(item, [key, first + i])] : []));
      const legalBases = replaceRun(previous.legalBases, (field) => inRows(field.path), bases);
      if (!legalBases) return undefined;
      model.legalBases = legalBases;
    }
    if (key === 'nhiem_vu' || key === 'to_chuc_thuc_hien') {
      const part: Pick<PlanModel, 'tasks' | 'unitBlocks' | 'unitMentions'> = { tasks: [], unitBlocks: [], unitMentions: [] };
      items.forEach((item, i) => (key === 'nhiem_vu' ? addTask(part, item, first + i, textOf) : addBlock(part, item, first + i, textOf)));
      const unitMentions = replaceRun(previous.unitMentions, (mention) => inRows(mention.field.path), part.unitMentions);
      if (!unitMentions) return undefined;
      model.unitMentions = unitMentions;
      if (key === 'nhiem_vu') {
        const tasks = replaceRun(previous.tasks, (task) => inRows(task.path), part.tasks);
        if (!tasks) return undefined;
        model.tasks = tasks;
      } else {
        const unitBlocks = replaceRun(previous.unitBlocks, (block) => inRows(block.path), part.unitBlocks);
        if (!unitBlocks) return undefined;
        model.unitBlocks = unitBlocks;
      }
    }
  }
  source.text = text;
  sources.set(model, source);
  sources.delete(previous);
  return model;
}

/**
 * `list` with its run of items matching `inRun` (contiguous: items of the same rows or sections, in the model's
 * order) replaced by `fresh`. Undefined when there was no such run but there are fresh items: where they go
 * is then left to a full build.
 */
function replaceRun<T>(list: readonly T[], inRun: (item: T) => boolean, fresh: T[]): T[] | undefined {
  const start = list.findIndex(inRun);
  if (start === -1) return fresh.length === 0 ? (list as T[]) : undefined;
  let end = start;
  while (end < list.length && inRun(list[end])) end++;
  return [...list.slice(0, start), ...fresh, ...list.slice(end)];
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
