// Incremental re-parse: after an edit, only the changed top-level section (or the changed rows of a top-level
// list, such as one appendix task) is parsed again and spliced into the previous document; everything after it
// is shifted by the edit's length. The result is the plan a full parse of the new text gives (same nodes, ranges,
// values and data; YAML comments may attach to neighbouring nodes differently, and nothing reads them), which
// test/core/incremental.test.ts checks after random edit sequences.
//
// It only applies when it is certainly safe: the previous text parsed without any error or warning, has no
// anchors, aliases, directives or document markers, is a block mapping whose keys start at column 0, and the
// changed part parses on its own without any error, between boundaries that no comment straddles. Anything
// else (a syntax error being typed, a new key duplicating another…) returns undefined: the caller parses fully.
//
// The previous plan is consumed: its document's nodes are reused and shifted in place, so it must not be used
// again (the language server hands over its cached plan and drops it).

import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { buildPlanModel, spliceModel, type ModelChange } from '../model/plan-model';
import { LineIndex } from '../text/line-index';
import { MAX_ALIAS_EXPANSIONS, type ParsedPlan } from './parse-plan';
import { ownCopy } from '../util/memo';

/** Plans known to be safe to splice into (set for every plan this module produces, and checked once for others). */
const spliceable = new WeakMap<ParsedPlan, boolean>();

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false } as const;

/** The plan for `text`, re-using `previous` (consumed); undefined when only a full parse is safe. */
export function reparsePlan(previous: ParsedPlan, text: string): ParsedPlan | undefined {
  const old = previous.text;
  if (text === old) return undefined;
  if (!isSpliceable(previous)) return undefined;
  const root = previous.doc.contents as YAMLMap;

  // The changed span: [prefix, oldEnd) in the old text became [prefix, newEnd) in the new one.
  const limit = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, limit);
  const suffix = commonSuffix(old, text, limit - prefix);
  const delta = text.length - old.length;
  const oldEnd = old.length - suffix;
  // One character of margin on each side: an edit touching a boundary belongs to both neighbours.
  const lo = Math.max(0, prefix - 1);
  const hi = Math.min(old.length, oldEnd + 1);

  // Top-level sections: each starts at its key's line (the first one at 0, with any leading comments).
  const starts = root.items.map((pair, i) => (i === 0 ? 0 : (pair.key as Node).range![0]));
  let first = sectionAt(starts, lo);
  let last = sectionAt(starts, Math.max(lo, hi - 1));
  while (first > 0 && !cleanBoundary(old, starts[first])) first--;
  while (last + 1 < starts.length && !cleanBoundary(old, starts[last + 1])) last++;
  const chunkStart = starts[first];
  const chunkEnd = last + 1 < starts.length ? starts[last + 1] : old.length;
  if (last + 1 < starts.length && !cleanBoundary(text, chunkEnd + delta)) return undefined;

  const edit: Edit = { start: prefix, oldEnd, newEnd: text.length - suffix };
  if (first === last) {
    const rows = spliceRows(previous, text, first, chunkStart, chunkEnd, lo, hi, delta, edit);
    if (rows) return rows;
  }
  return spliceSections(previous, text, first, last, chunkStart, chunkEnd, delta, edit);
}

/** Length of the common start of `a` and `b` (at most `limit`), compared by blocks first. */
function commonPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  for (const block of [4096, 256, 16]) {
    while (at + block <= limit && a.slice(at, at + block) === b.slice(at, at + block)) at += block;
  }
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Length of the common end of `a` and `b` (at most `limit`). */
function commonSuffix(a: string, b: string, limit: number): number {
  let at = 0;
  for (const block of [4096, 256, 16]) {
    while (at + block <= limit && a.slice(a.length - at - block, a.length - at) === b.slice(b.length - at - block, b.length - at)) at += block;
  }
  while (at < limit && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}

/** Index of the section containing `offset`. */
function sectionAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A boundary (a line start) that no comment runs into: the last non-blank line before it is not a comment. */
function cleanBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset > text.length) return offset === 0;
  if (text.charCodeAt(offset - 1) !== 10) return false;
  let end = offset - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line.length > 0) return !line.startsWith('#');
    end = start - 1;
  }
  return true;
}

function isSpliceable(plan: ParsedPlan): boolean {
  let known = spliceable.get(plan);
  if (known === undefined) {
    known = checkSpliceable(plan);
    spliceable.set(plan, known);
  }
  return known;
}

function checkSpliceable(plan: ParsedPlan): boolean {
  const { doc, text } = plan;
  if (plan.yamlErrors.length > 0 || doc.warnings.length > 0 || plan.dataProblems.length > 0) return false;
  if (!plan.data || typeof plan.data !== 'object' || Array.isArray(plan.data)) return false;
  const root = doc.contents;
  if (!isMap(root) || root.flow || root.items.length === 0) return false;
  if (/^(?:---|\.\.\.|%)/m.test(text)) return false;
  for (const pair of root.items) {
    if (!isScalar(pair.key) || !pair.key.range) return false;
    const start = pair.key.range[0];
    if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  }
  return !hasAnchorsOrAliases(doc);
}

function hasAnchorsOrAliases(node: Document | Node): boolean {
  let found = false;
  visit(node, {
    Node(_key, n) {
      if (isAlias(n) || (n as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Parses a chunk of the new text on its own; undefined when it is not clean (errors, warnings, anchors). */
function parseChunk(chunk: string): Document.Parsed | undefined {
  if (/^(?:---|\.\.\.|%)/m.test(chunk)) return undefined;
  // Parsed from its own copy: the values cut from it must not hold on to the whole new text.
  const doc = parseDocument(ownCopy(chunk), PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0 || hasAnchorsOrAliases(doc)) return undefined;
  return doc;
}

/** Re-parses whole top-level sections [first, last]. */
/** The changed span: [start, oldEnd) of the old text is [start, newEnd) of the new one. */
interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

function spliceSections(previous: ParsedPlan, text: string, first: number, last: number, chunkStart: number, chunkEnd: number, delta: number, edit: Edit): ParsedPlan | undefined {
  const root = previous.doc.contents as YAMLMap;
  const atEnd = last === root.items.length - 1;
  const chunkDoc = parseChunk(text.slice(chunkStart, chunkEnd + delta));
  const chunkRoot = chunkDoc?.contents;
  if (!chunkDoc || !isMap(chunkRoot) || chunkRoot.flow || chunkRoot.items.length === 0) return undefined;
  // Every new key at column 0 (a section), and no key repeated anywhere in the plan.
  const keys = new Set<string>();
  for (const pair of [...root.items.slice(0, first), ...chunkRoot.items, ...root.items.slice(last + 1)]) {
    const key = pair.key;
    if (!isScalar(key) || !key.range || (typeof key.value !== 'string' && typeof key.value !== 'number')) return undefined;
    const name = String(key.value);
    if (keys.has(name) || name === '__proto__') return undefined;
    keys.add(name);
  }
  for (const pair of chunkRoot.items) {
    const start = (pair.key as Node).range![0];
    if (start > 0 && text.charCodeAt(chunkStart + start - 1) !== 10) return undefined;
  }
  let chunkData: Record<string, unknown>;
  try {
    chunkData = chunkDoc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) as Record<string, unknown>;
  } catch {
    return undefined;
  }

  // From here on nothing fails: splice.
  const change: ModelChange = { kind: 'sections', oldKeys: root.items.slice(first, last + 1).map((pair) => String((pair.key as { value: unknown }).value)), pairs: chunkRoot.items };
  for (const pair of chunkRoot.items) shiftNode(pair, chunkStart);
  for (const pair of root.items.slice(last + 1)) shiftNode(pair, delta);
  const oldData = previous.data as Record<string, unknown>;
  const newItems = [...root.items.slice(0, first), ...chunkRoot.items, ...root.items.slice(last + 1)];
  const data: Record<string, unknown> = {};
  const fromChunk = new Set<unknown>(chunkRoot.items);
  for (const pair of newItems) {
    const name = String((pair.key as { value: unknown }).value);
    data[name] = fromChunk.has(pair) ? chunkData[name] : oldData[name];
  }
  root.items = newItems;
  const doc = previous.doc;
  if (atEnd) {
    root.range = [root.range![0], chunkRoot.range![1] + chunkStart, chunkRoot.range![2] + chunkStart];
    doc.range = [doc.range[0], chunkDoc.range[1] + chunkStart, chunkDoc.range[2] + chunkStart];
    doc.comment = chunkDoc.comment;
  } else {
    shiftEnd(root, delta);
    doc.range = [doc.range[0], doc.range[1] + delta, doc.range[2] + delta];
  }
  if (first === 0) {
    root.range = [chunkRoot.range![0], root.range![1], root.range![2]];
    doc.range = [chunkDoc.range[0], doc.range[1], doc.range[2]];
    doc.commentBefore = chunkDoc.commentBefore;
  }
  return finish(previous, text, data, change, edit);
}

/**
 * Re-parses only the changed rows of a top-level block list (an appendix task, a unit block…): the rows are split
 * at their "- " lines, and the span from the first changed row to the last is parsed as a list of its own.
 */
function spliceRows(previous: ParsedPlan, text: string, section: number, sectionStart: number, sectionEnd: number, lo: number, hi: number, delta: number, edit: Edit): ParsedPlan | undefined {
  const old = previous.text;
  const root = previous.doc.contents as YAMLMap;
  const pair = root.items[section];
  const seq = pair.value;
  if (!isSeq(seq) || seq.flow || seq.items.length < 2 || !seq.range) return undefined;
  // Each row starts at its "- " line, at the list's indentation.
  const starts: number[] = [];
  let indent = -1;
  for (const item of seq.items) {
    const range = (item as Node | null)?.range;
    if (!range) return undefined;
    const lineStart = old.lastIndexOf('\n', range[0] - 1) + 1;
    const lead = /^( *)- +$/.exec(old.slice(lineStart, range[0]));
    if (!lead || (indent >= 0 && lead[1].length !== indent)) return undefined;
    indent = lead[1].length;
    starts.push(lineStart);
  }
  if (lo < starts[0]) return undefined; // the key line or what precedes the first row changed
  let first = sectionAt(starts, lo);
  let last = sectionAt(starts, Math.max(lo, hi - 1));
  while (first > 0 && !cleanBoundary(old, starts[first])) first--;
  while (last + 1 < starts.length && !cleanBoundary(old, starts[last + 1])) last++;
  const chunkStart = starts[first];
  const chunkEnd = last + 1 < starts.length ? starts[last + 1] : sectionEnd;
  if (chunkEnd < hi) return undefined;
  if (last + 1 < starts.length && !cleanBoundary(text, chunkEnd + delta)) return undefined;
  const chunk = text.slice(chunkStart, chunkEnd + delta);
  // The rows start with a dash at the list's indentation, and every line stays inside the list: indented past
  // its dashes, or a dash line of its own.
  if (!chunk.startsWith(' '.repeat(indent) + '-')) return undefined;
  for (const line of chunk.split('\n')) {
    const body = line.replace(/\r$/, '');
    if (body.trim() === '') continue;
    const lead = /^ */.exec(body)![0].length;
    if (lead < indent || (lead === indent && !/^-(?: |$)/.test(body.slice(lead)))) return undefined;
  }
  const chunkDoc = parseChunk(chunk);
  const chunkSeq = chunkDoc?.contents;
  if (!chunkDoc || !isSeq(chunkSeq) || chunkSeq.flow || chunkSeq.items.length === 0) return undefined;
  let rows: unknown[];
  try {
    rows = chunkDoc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) as unknown[];
  } catch {
    return undefined;
  }
  const name = String((pair.key as { value: unknown }).value);
  const oldRows = (previous.data as Record<string, unknown>)[name];
  if (!Array.isArray(oldRows) || oldRows.length !== seq.items.length) return undefined;

  // Splice.
  const atEnd = last === seq.items.length - 1;
  for (const item of chunkSeq.items) shiftNode(item as Node, chunkStart);
  for (const item of seq.items.slice(last + 1)) shiftNode(item as Node, delta);
  for (const later of root.items.slice(section + 1)) shiftNode(later, delta);
  const newItems: unknown[] = chunkSeq.items;
  seq.items = [...seq.items.slice(0, first), ...chunkSeq.items, ...seq.items.slice(last + 1)];
  const doc = previous.doc;
  if (atEnd) {
    // The list ends where the new last rows end (trailing comments and blank lines included); so does the plan
    // when the list is its last section.
    seq.range = [seq.range[0], chunkSeq.range![1] + chunkStart, chunkSeq.range![2] + chunkStart];
    if (section === root.items.length - 1) {
      root.range = [root.range![0], seq.range[1], seq.range[2]];
      doc.range = [doc.range[0], chunkDoc.range[1] + chunkStart, chunkDoc.range[2] + chunkStart];
      doc.comment = chunkDoc.comment;
    } else {
      shiftEnd(root, delta);
      doc.range = [doc.range[0], doc.range[1] + delta, doc.range[2] + delta];
    }
  } else {
    shiftEnd(seq, delta);
    shiftEnd(root, delta);
    doc.range = [doc.range[0], doc.range[1] + delta, doc.range[2] + delta];
  }
  const data = { ...(previous.data as Record<string, unknown>), [name]: [...oldRows.slice(0, first), ...rows, ...oldRows.slice(last + 1)] };
  // The model keeps its other rows' fields when the rows are as many as before (their paths stay the same).
  const change: ModelChange | undefined = newItems.length === last - first + 1 ? { kind: 'rows', key: name, first, last, items: newItems } : undefined;
  return finish(previous, text, data, change, edit);
}

function shiftEnd(node: { range?: [number, number, number] | null }, delta: number): void {
  const range = node.range!;
  node.range = [range[0], range[1] + delta, range[2] + delta];
}

/**
 * Moves a node (and everything inside it) by `delta` characters. It runs over every node after the edit, so it is
 * a loop over a stack with plain property reads: nodes (scalars, collections, aliases) have a range, collections
 * items, and pairs (no range) a key and a value.
 */
function shiftNode(root: unknown, delta: number): void {
  if (delta === 0) return;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as { range?: [number, number, number] | null; items?: unknown[]; key?: unknown; value?: unknown } | null | undefined;
    if (node === null || node === undefined || typeof node !== 'object') continue;
    // In place: the previous plan is consumed, and a node's range array is its own.
    const range = node.range;
    if (range) {
      range[0] += delta;
      range[1] += delta;
      range[2] += delta;
      const items = node.items;
      if (items !== undefined) for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    }
  }
}

function finish(previous: ParsedPlan, text: string, data: Record<string, unknown>, change: ModelChange | undefined, edit: Edit): ParsedPlan {
  const doc = previous.doc;
  const plan: ParsedPlan = {
    text,
    lines: LineIndex.afterEdit(previous.lines, text, edit.start, edit.oldEnd, edit.newEnd),
    doc,
    yamlErrors: doc.errors,
    data,
    dataProblems: [],
    model: (change && spliceModel(previous.model, change, text)) ?? buildPlanModel(doc, text),
  };
  spliceable.set(plan, true);
  // The previous plan's document now describes the new text: make sure it is never spliced into again.
  spliceable.set(previous, false);
  return plan;
}
