// Editor navigation over units: what unit is at a position, its references, its block in tổ chức thực hiện,
// and renaming it everywhere in the plan.
import { Scalar } from 'yaml';
import { t } from '../i18n/messages';
import type { ParsedPlan } from '../parse/parse-plan';
import type { Language, OffsetRange, TextEdit } from '../types';
import { currentIdentity, planUnits, refRange, type UnitRef } from './analysis';
import { inScalar } from './variants';

/** The unit named at a document offset (in a unit cell or in the text). */
export function unitRefAt(plan: ParsedPlan, offset: number): UnitRef | undefined {
  const hits = planUnits(plan).refs.filter((ref) => {
    const range = refRange(ref);
    return range.start <= offset && offset <= range.end;
  });
  return hits.find((ref) => ref.source !== 'text') ?? hits[0];
}

/** Every mention of the unit at `offset`, in document order. */
export function unitReferences(plan: ParsedPlan, offset: number): OffsetRange[] {
  const ref = unitRefAt(plan, offset);
  if (!ref) return [];
  return planUnits(plan)
    .refs.filter((other) => other.identity === ref.identity)
    .map(refRange)
    .sort((a, b) => a.start - b.start);
}

/** The don_vi of the tổ chức thực hiện block(s) of the unit at `offset` (its current name, a joint block included). */
export function unitDefinition(plan: ParsedPlan, offset: number): OffsetRange[] {
  const ref = unitRefAt(plan, offset);
  if (!ref) return [];
  const units = planUnits(plan);
  const wanted = currentIdentity(units, ref);
  const found: OffsetRange[] = [];
  for (const cell of units.cells) {
    if (cell.role !== 'block') continue;
    for (const block of cell.refs) {
      const members = (block.entry?.members ?? []).map((member) => `unit:${member}`);
      if (currentIdentity(units, block) === wanted || members.includes(wanted)) found.push(refRange(block));
    }
  }
  return found;
}

export interface RenamePlace {
  range: OffsetRange;
  placeholder: string;
}

export function prepareUnitRename(plan: ParsedPlan, offset: number): RenamePlace | undefined {
  const ref = unitRefAt(plan, offset);
  if (!ref) return undefined;
  return { range: refRange(ref), placeholder: ref.surface };
}

export type RenameResult = { edits: TextEdit[] } | { error: string };

const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Renames the unit at `offset` in every unit cell and every mention in the text: only the name is replaced. */
export function renameUnit(plan: ParsedPlan, offset: number, newName: string, lang: Language): RenameResult {
  const ref = unitRefAt(plan, offset);
  if (!ref) return { error: t(lang, 'unit.rename.notUnit') };
  const name = newName.normalize('NFC').trim();
  if (!name) return { error: t(lang, 'unit.rename.empty') };
  const refs = planUnits(plan).refs.filter((other) => other.identity === ref.identity);
  const edits: TextEdit[] = [];
  for (const other of refs) {
    const type = other.field.node.type;
    const plain = type !== Scalar.QUOTE_DOUBLE && type !== Scalar.QUOTE_SINGLE;
    const blockScalar = type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED;
    const unsafe = /[\n\r]/.test(name) || (plain && !blockScalar && (/:\s|\s#|:$/.test(name) || (other.start === 0 && INDICATOR.test(name))));
    if (unsafe) return { error: t(lang, 'unit.rename.unsafe', { name }) };
    edits.push({ range: refRange(other), newText: inScalar(other, name) });
  }
  return { edits: edits.sort((a, b) => a.range.start - b.range.start) };
}
