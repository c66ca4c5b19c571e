// The edit that adds a document to the commune registry (.kehoach/van-ban.yaml): appended to its `van_ban` list
// in the list's own indentation, or a new file when the commune has none yet. Only the new entry's values are
// written as YAML scalars; the rest of the file is left exactly as it is.

import { isMap, isScalar, isSeq, stringify, type Node } from 'yaml';
import { findPair, nodeRange } from '../model/yaml-nodes';
import type { TextEdit } from '../types';
import { displayName, type Workspace } from '../workspace/workspace';

export interface NewEntry {
  loai: string;
  so: string;
  ngay: string;
  co_quan: string;
  trich_yeu?: string;
}

const HEADER = [
  '# Sổ văn bản của xã (kehoach): văn bản của xã và văn bản khác mà kế hoạch dẫn, mỗi mục một văn bản.',
  '# Định dạng: schemas/registry.schema.json (loai, so, ngay, co_quan, trich_yeu, hieu_luc, thay_the_boi…).',
].join('\n');

/** Edits that add `entry` to the workspace's commune registry, or undefined when that file cannot be edited safely. */
export function addToRegistryEdits(workspace: Workspace, entry: NewEntry): { edits: TextEdit[]; name: string } | undefined {
  const target = workspace.registryTarget;
  if (!target) return undefined;
  const name = displayName(target);
  const file = workspace.registryFile(target);
  if (!file) {
    const newText = `${HEADER}\nvan_ban:\n${block(entry, '  ')}\n`;
    return { name, edits: [{ file: target, create: true, range: { start: 0, end: 0 }, newText }] };
  }
  const { text, doc, lines } = file;
  if (!doc) return undefined; // not valid YAML: its problems are reported; do not write into it
  const root = doc.contents as Node | null;
  const atEnd = (insert: string): TextEdit => ({
    file: target,
    range: { start: text.length, end: text.length },
    newText: (text === '' || text.endsWith('\n') ? '' : '\n') + insert,
  });
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) {
    return { name, edits: [atEnd(`van_ban:\n${block(entry, '  ')}\n`)] };
  }
  if (!isMap(root)) return undefined;
  const pair = findPair(root, 'van_ban');
  if (!pair) return { name, edits: [atEnd(`van_ban:\n${block(entry, '  ')}\n`)] };
  const list = pair.value as Node | null;
  if (list === null || (isScalar(list) && (list.value === null || list.value === undefined))) {
    // "van_ban:" with nothing after it.
    const key = nodeRange(pair.key as Node);
    const lineEnd = lines.lineEnd(lines.positionAt(key.end).line);
    return { name, edits: [{ file: target, range: { start: lineEnd, end: lineEnd }, newText: `\n${block(entry, '  ')}` }] };
  }
  if (!isSeq(list)) return undefined;
  if (list.flow) {
    if (list.items.length > 0) return undefined; // a flow list with items: leave it to the user
    const range = nodeRange(list);
    return { name, edits: [{ file: target, range, newText: `\n${block(entry, '  ')}` }] };
  }
  const first = list.items[0] as Node | undefined;
  const last = list.items[list.items.length - 1] as Node | undefined;
  if (!first?.range || !last?.range) return undefined;
  const firstLine = lines.positionAt(first.range[0]).line;
  const before = text.slice(lines.lineStart(firstLine), first.range[0]);
  const dash = /^(\s*)-\s*$/.exec(before);
  if (!dash) return undefined;
  let end = nodeRange(last).end;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const insertAt = lines.lineEnd(lines.positionAt(end).line);
  return { name, edits: [{ file: target, range: { start: insertAt, end: insertAt }, newText: `\n${block(entry, dash[1])}` }] };
}

/** One list item: "- loai: …" then the other keys under it. */
function block(entry: NewEntry, indent: string): string {
  const keys: (keyof NewEntry)[] = ['loai', 'so', 'ngay', 'co_quan', 'trich_yeu'];
  const lines = keys
    .filter((key) => entry[key] !== undefined && entry[key] !== '')
    .map((key, i) => `${i === 0 ? `${indent}- ` : `${indent}  `}${key}: ${scalar(entry[key]!)}`);
  return lines.join('\n');
}

function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
