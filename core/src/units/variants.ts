// Which unit mentions are spelt differently from the canonical name (or, for units the registry does not
// know, from the plan's usual spelling), and the edits that fix them.
import { Scalar } from 'yaml';
import type { TextEdit } from '../types';
import { refRange, type PlanUnits, type UnitRef } from './analysis';
import { surfaceOf } from './normalize';
import type { UnitEntry, UnitRegistry } from './unit-registry';
import { StringMemo } from '../util/memo';

const CHECKED_KINDS = new Set(['office', 'actor', 'platform', 'compound']);

export interface Variant {
  ref: UnitRef;
  /** The spelling to use. */
  canonical: string;
  /** True when compared with the plan's other mentions (a unit the registry does not know). */
  local: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function acceptedSpellings(units: PlanUnits, entry: UnitEntry): string[] {
  const forms = units.registry.accepted(entry);
  const name = units.commune?.name;
  if (!name) return forms;
  return [...forms, ...forms.map((form) => (/\sxã$/.test(form) ? `${form} ${name}` : `${form} xã ${name}`))];
}

/** Lower case, without a trailing "xã" / "của xã" / "xã <commune>": running text may leave those out. */
function relaxed(units: PlanUnits, text: string): string {
  const name = units.commune?.name;
  const tail = new RegExp(String.raw`\s+(?:của\s+)?xã(?:\s+${name ? escapeRegExp(name) : '\\b\\B'})?$`, 'iu');
  return surfaceOf(text).toLowerCase().replace(tail, '');
}

/** Whether a mention is spelt as accepted: depends only on the unit, where it is written, the commune and the text. */
const spellingMemos = new WeakMap<UnitRegistry, StringMemo<boolean>>();

/** The answer for a ref, kept with it (refs of unchanged fields are kept from one check to the next). */
const spellingOfRef = new WeakMap<UnitRef, { registry: UnitRegistry; commune: string; entry: UnitEntry; ok: boolean }>();

function spelledAsAccepted(units: PlanUnits, ref: UnitRef, entry: UnitEntry): boolean {
  const commune = units.commune?.name ?? '';
  const known = spellingOfRef.get(ref);
  if (known && known.registry === units.registry && known.commune === commune && known.entry === entry) return known.ok;
  const ok = spelling(units, ref, entry);
  spellingOfRef.set(ref, { registry: units.registry, commune, entry, ok });
  return ok;
}

function spelling(units: PlanUnits, ref: UnitRef, entry: UnitEntry): boolean {
  let memo = spellingMemos.get(units.registry);
  if (!memo) spellingMemos.set(units.registry, (memo = new StringMemo()));
  const key = `${entry.id}\u0000${ref.source === 'text' ? 'text' : 'cell'}\u0000${units.commune?.name ?? ''}\u0000${ref.surface}`;
  return memo.get(key, () => {
    const accepted = acceptedSpellings(units, entry);
    return ref.source === 'text'
      ? accepted.some((form) => relaxed(units, form) === relaxed(units, ref.surface))
      : accepted.includes(surfaceOf(ref.surface));
  });
}

/** Every variant spelling in the plan. */
export function findVariants(units: PlanUnits): Variant[] {
  const variants: Variant[] = [];
  for (const ref of units.refs) {
    const entry = ref.entry;
    if (!entry || !CHECKED_KINDS.has(entry.kind)) continue;
    if (!spelledAsAccepted(units, ref, entry)) variants.push({ ref, canonical: entry.name, local: false });
  }

  // Names the registry does not know: the spelling used most often in single-unit cells is the reference.
  const groups = new Map<string, UnitRef[]>();
  for (const cell of units.cells) {
    if (cell.vague || cell.refs.length !== 1) continue;
    const ref = cell.refs[0];
    if (ref.entry || ref.district || !ref.identity.startsWith('name:')) continue;
    const group = groups.get(ref.identity);
    if (group) group.push(ref);
    else groups.set(ref.identity, [ref]);
  }
  for (const refs of groups.values()) {
    const counts = new Map<string, number>();
    for (const ref of refs) counts.set(surfaceOf(ref.surface), (counts.get(surfaceOf(ref.surface)) ?? 0) + 1);
    if (counts.size < 2) continue;
    const usual = [...counts.entries()].reduce((best, current) => (current[1] > best[1] ? current : best))[0];
    for (const ref of refs) if (surfaceOf(ref.surface) !== usual) variants.push({ ref, canonical: usual, local: true });
  }
  return variants.sort((a, b) => refRange(a.ref).start - refRange(b.ref).start);
}

/** Text to write in place of a name inside the ref's scalar (escaped for quoted scalars). */
export function inScalar(ref: UnitRef, text: string): string {
  const type = ref.field.node.type;
  if (type === Scalar.QUOTE_DOUBLE) return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  if (type === Scalar.QUOTE_SINGLE) return text.replace(/'/g, "''");
  return text;
}

export function replaceRef(ref: UnitRef, text: string): TextEdit {
  return { range: refRange(ref), newText: inScalar(ref, text) };
}

/**
 * Edits that give every mention of the variant's unit the same spelling: the reported variants, and the
 * mentions in running text that differ only in case or a trailing "xã". Computed once per unit.
 */
export function fixAllEdits(units: PlanUnits, variants: readonly Variant[]): Map<string, TextEdit[]> {
  const byIdentity = new Map<string, { canonical: string; refs: Set<UnitRef> }>();
  for (const variant of variants) {
    const group = byIdentity.get(variant.ref.identity) ?? { canonical: variant.canonical, refs: new Set<UnitRef>() };
    group.refs.add(variant.ref);
    byIdentity.set(variant.ref.identity, group);
  }
  for (const [identity, group] of byIdentity) {
    const entry = [...group.refs][0].entry;
    if (!entry) continue;
    const accepted = acceptedSpellings(units, entry);
    for (const ref of units.refs) if (ref.identity === identity && !accepted.includes(surfaceOf(ref.surface))) group.refs.add(ref);
  }
  const edits = new Map<string, TextEdit[]>();
  for (const [identity, group] of byIdentity) {
    edits.set(identity, [...group.refs].sort((a, b) => refRange(a).start - refRange(b).start).map((ref) => replaceRef(ref, group.canonical)));
  }
  return edits;
}
