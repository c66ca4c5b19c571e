// Findings kept per item across checks of the same document (RuleContext.each). A spliced plan keeps the objects
// of everything whose source is unchanged (a task of an unchanged row, a cell of an unchanged field; see
// parse/incremental.ts), with its nodes shifted in place: what a rule found for such an item last time, it finds
// again, moved by as much as the item's node moved. So after a keystroke a rule only checks the items that are new.

import type { Node } from 'yaml';
import type { Finding, Fix, TextEdit } from '../types';

interface Kept {
  /** Everything else the findings depended on: the rule's key, the language and the severity. */
  key: string;
  /** The item's node (an item moved onto another node is checked again) and its start when the findings were made. */
  node: Node;
  anchor: number;
  findings: Finding[];
}

/** Kept findings of an item, by rule slot. */
const keptByItem = new WeakMap<object, (Kept | undefined)[]>();
const slots = new Map<string, number>();

const lastKeys: string[] = [];

/**
 * The key as the one string object last used for this rule when equal: items compare their kept key with it, and
 * the same object compares at once, where an equal copy (a long one: the plan's declared units) is read through.
 */
export function sharedKey(slot: number, key: string): string {
  const last = lastKeys[slot];
  if (last === key) return last;
  while (lastKeys.length <= slot) lastKeys.push('');
  return (lastKeys[slot] = key);
}

/** A small number per rule id, to index an item's kept findings. */
export function ruleSlot(ruleId: string): number {
  let slot = slots.get(ruleId);
  if (slot === undefined) slots.set(ruleId, (slot = slots.size));
  return slot;
}

/**
 * Pushes the findings kept for `item` (shifted to where its node is now) onto `out` and returns true; false when
 * nothing is kept for this key, and the rule must check the item.
 */
export function reuseKept(item: object, slot: number, key: string, node: Node, out: Finding[]): boolean {
  const kept = keptByItem.get(item)?.[slot];
  const start = node.range?.[0];
  if (!kept || kept.key !== key || kept.node !== node || start === undefined) return false;
  const delta = start - kept.anchor;
  for (const finding of kept.findings) out.push(delta === 0 ? finding : shiftFinding(finding, delta));
  return true;
}

const NONE: Finding[] = [];

/**
 * Keeps what the rule found for `item` (findings[from…]) — only when every finding and every edit of its fixes lies
 * within the item's node: nothing outside it moves with it. Otherwise the item is checked again next time.
 */
export function keep(item: object, slot: number, key: string, node: Node, findings: Finding[], from: number): void {
  const range = node.range;
  let list = keptByItem.get(item);
  let within = !!range;
  for (let i = from; within && i < findings.length; i++) within = inside(findings[i], range![0], range![2]);
  if (!within) {
    if (list) list[slot] = undefined;
    return;
  }
  if (!list) keptByItem.set(item, (list = []));
  while (list.length <= slot) list.push(undefined);
  list[slot] = { key, node, anchor: range![0], findings: findings.length === from ? NONE : findings.slice(from) };
}

function inside(finding: Finding, start: number, end: number): boolean {
  if (finding.range.start < start || finding.range.end > end) return false;
  for (const fix of finding.fixes ?? NONE_FIXES) {
    for (const edit of fix.edits) if (edit.file === undefined && (edit.range.start < start || edit.range.end > end)) return false;
  }
  return true;
}

const NONE_FIXES: Fix[] = [];

function shiftFinding(finding: Finding, delta: number): Finding {
  const shifted: Finding = { ...finding, range: { start: finding.range.start + delta, end: finding.range.end + delta } };
  if (finding.fixes) shifted.fixes = finding.fixes.map((fix): Fix => ({ ...fix, edits: fix.edits.map((edit) => shiftEdit(edit, delta)) }));
  return shifted;
}

function shiftEdit(edit: TextEdit, delta: number): TextEdit {
  // Edits in other files (the commune registry) do not move with the plan.
  if (edit.file !== undefined) return edit;
  return { ...edit, range: { start: edit.range.start + delta, end: edit.range.end + delta } };
}
