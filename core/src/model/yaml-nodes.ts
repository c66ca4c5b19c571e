import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { OffsetRange } from '../types';

export type PathSegment = string | number;
export type YamlPath = PathSegment[];

/** The source range of a node's value (without trailing comments). */
export function nodeRange(node: Node): OffsetRange {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  return { start, end: Math.max(start, valueEnd) };
}

export function scalarKey(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) {
    if (isPair(item) && scalarKey(item) === key) return item;
  }
  return undefined;
}

/** The value node for `key` in `map`, or undefined when the key is absent or its value is empty. */
export function getValue(map: YAMLMap, key: string): Node | undefined {
  const value = findPair(map, key)?.value;
  return (value ?? undefined) as Node | undefined;
}

export function stringValue(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** True for an absent value, `~`/null, or a string of only white space. */
export function isBlank(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined) return true;
    if (typeof node.value === 'string') return node.value.trim() === '';
    return false;
  }
  if (isSeq(node)) return node.items.length === 0 || node.items.every((item) => isBlank(item));
  if (isMap(node)) return node.items.length === 0;
  return false;
}

export interface NodeAtPath {
  /** The node at the path; undefined when the path ends at an empty value. */
  node: Node | undefined;
  /** The pair holding the node, when its parent is a mapping. */
  pair?: Pair;
}

/** Walks a path of keys and indices from the document root. */
export function nodeAtPath(root: Node | null | undefined, path: YamlPath): NodeAtPath | undefined {
  let current: Node | undefined = root ?? undefined;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (current && isMap(current)) {
      pair = findPair(current, String(segment));
      if (!pair) return undefined;
      current = (pair.value ?? undefined) as Node | undefined;
    } else if (current && isSeq(current) && typeof segment === 'number') {
      pair = undefined;
      current = current.items[segment] as Node | undefined;
      if (current === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  return { node: current, pair };
}

export function isStringScalar(node: unknown): node is Scalar<string> {
  return isScalar(node) && typeof node.value === 'string';
}
