import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { nodeRange, scalarKey } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import { planSchema } from '../schema/plan-schema';
import type { TextEdit } from '../types';
import { yamlBlock, yamlScalar, type YamlValue } from './yaml-text';

// Edits that add text to a plan without touching anything else: computed from node ranges,
// matching the file's line endings, indentation and blank-line style.

const CANONICAL_ORDER = Object.keys(planSchema.properties ?? {});

function eol(plan: ParsedPlan): string {
  return plan.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The file's indentation step (2 unless the file uses another). */
export function indentUnit(plan: ParsedPlan): string {
  const match = /\n( +)\S/.exec(plan.text);
  return match ? ' '.repeat(Math.min(match[1].length, 8)) : '  ';
}

function lineStartOf(plan: ParsedPlan, offset: number): number {
  return plan.lines.lineStart(plan.lines.positionAt(offset).line);
}

/** Start of the line of `pair`'s key, moved up over the comment lines directly above it. */
function pairBlockStart(plan: ParsedPlan, pair: Pair): number {
  let line = plan.lines.positionAt(nodeRange(pair.key as Node).start).line;
  while (line > 0 && /^\s*#/.test(plan.lines.lineText(line - 1))) line--;
  return plan.lines.lineStart(line);
}

function usesBlankLines(root: YAMLMap, plan: ParsedPlan): boolean {
  let blank = 0;
  let tight = 0;
  for (const pair of root.items.slice(1)) {
    const line = plan.lines.positionAt(nodeRange(pair.key as Node).start).line;
    if (line > 0 && plan.lines.lineText(line - 1).trim() === '') blank++;
    else tight++;
  }
  return blank >= tight;
}

/** The present top-level key that comes last before `key` in the document order. */
export function precedingPair(root: YAMLMap, key: string): Pair | undefined {
  const order = CANONICAL_ORDER.indexOf(key);
  let best: Pair | undefined;
  let bestIndex = -1;
  for (const pair of root.items) {
    const index = CANONICAL_ORDER.indexOf(scalarKey(pair) ?? '');
    if (index >= 0 && index < order && index > bestIndex) {
      best = pair;
      bestIndex = index;
    }
  }
  return best;
}

/** Inserts a top-level `key: value` block at its place in the document order. */
export function insertTopLevel(plan: ParsedPlan, key: string, value: YamlValue): TextEdit {
  const nl = eol(plan);
  const root = plan.model.root;
  const block = yamlBlock(key, value, indentUnit(plan)).join(nl) + nl;
  if (!root || root.items.length === 0) {
    const prefix = plan.text.length > 0 && !plan.text.endsWith('\n') ? nl : '';
    return { range: { start: plan.text.length, end: plan.text.length }, newText: prefix + block };
  }
  const spacer = usesBlankLines(root, plan) ? nl : '';
  // Right after the key that precedes it in the document order (so a file in its own order stays so).
  const previous = precedingPair(root, key);
  const next = previous ? root.items[root.items.indexOf(previous) + 1] : root.items[0];
  if (next) {
    const at = pairBlockStart(plan, next);
    return { range: { start: at, end: at }, newText: block + spacer };
  }
  const end = plan.text.length;
  const needsNewline = !plan.text.endsWith('\n');
  return { range: { start: end, end }, newText: (needsNewline ? nl : '') + spacer + block };
}

/** Fills an empty `key:` (null or blank value) with `value`, keeping the key and anything after it. */
export function fillEmptyValue(plan: ParsedPlan, pair: Pair, value: YamlValue): TextEdit | undefined {
  const keyRange = nodeRange(pair.key as Node);
  const colon = plan.text.indexOf(':', keyRange.end);
  if (colon < 0) return undefined;
  const current = pair.value as Node | null;
  const end = current?.range ? nodeRange(current).end : colon + 1;
  const keyIndent = ' '.repeat(plan.lines.positionAt(keyRange.start).character);
  const nl = eol(plan);
  if (typeof value === 'string') return { range: { start: colon + 1, end }, newText: ' ' + yamlScalar(value) };
  const [, ...body] = yamlBlock('x', value, indentUnit(plan));
  return { range: { start: colon + 1, end }, newText: nl + body.map((line) => keyIndent + line).join(nl) };
}

/** Adds an item at the end (or start) of a block sequence, aligned with its other items. */
export function insertListItem(plan: ParsedPlan, seq: YAMLSeq, item: string, where: 'start' | 'end'): TextEdit | undefined {
  if (seq.flow || seq.items.length === 0) return undefined;
  const nl = eol(plan);
  const first = seq.items[0] as Node;
  const dash = plan.text.lastIndexOf('-', nodeRange(first).start);
  const indent = ' '.repeat(dash - lineStartOf(plan, dash));
  if (where === 'start') {
    const at = lineStartOf(plan, dash);
    return { range: { start: at, end: at }, newText: `${indent}- ${yamlScalar(item)}${nl}` };
  }
  const last = seq.items[seq.items.length - 1] as Node;
  const at = plan.lines.lineEnd(plan.lines.positionAt(nodeRange(last).end).line);
  return { range: { start: at, end: at }, newText: `${nl}${indent}- ${yamlScalar(item)}` };
}

/** Adds `key: value` as the first entry of a block mapping, aligned with its keys. */
export function insertMapEntryFirst(plan: ParsedPlan, map: YAMLMap, key: string, value: string): TextEdit | undefined {
  const first = map.items[0];
  if (map.flow || !first || !isScalar(first.key)) return undefined;
  const keyStart = nodeRange(first.key).start;
  const lineStart = lineStartOf(plan, keyStart);
  const prefix = plan.text.slice(lineStart, keyStart);
  if (prefix.trim() !== '') return undefined; // "- key:" on an item line: not handled
  return { range: { start: lineStart, end: lineStart }, newText: `${prefix}${key}: ${yamlScalar(value)}${eol(plan)}` };
}

export function isEmptyValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
  if (isSeq(node) || isMap(node)) return node.items.length === 0;
  return false;
}
