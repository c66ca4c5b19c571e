import { t } from '../i18n/messages';
import type { ParsedPlan } from '../parse/parse-plan';
import { acceptedTypes, objectShapes, resolveSchema, schemaDescription, schemasAtPath, schemaTitle, type SchemaNode } from '../schema/plan-schema';
import { citationCompletions, CITATION_KEYS } from '../citations/complete-citation';
import type { Registry } from '../registry/registry';
import type { Language, OffsetRange } from '../types';
import { timeCompletions } from '../time/completion';
import { planUnitNames } from '../units/completion';
import { STANDARD_UNITS } from '../units/standard-units';
import { cursorContext, shapeOf } from './cursor-context';

export type CompletionKind = 'property' | 'value' | 'unit' | 'citation';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** What the editor matches the typed text against, when not the label (citations: "Nghị quyết 76" finds 76/NQ-CP). */
  filterText?: string;
  detail?: string;
  documentation?: string;
  /** Text to insert; a snippet (with $0, ${1:…}) when `isSnippet`. */
  insertText: string;
  isSnippet?: boolean;
  range: OffsetRange;
  sortText?: string;
}

/** Keys whose values name units: completion offers the plan's own units and the standard ones. */
export const UNIT_KEYS = new Set(['chu_tri', 'phoi_hop', 'don_vi']);

export function complete(plan: ParsedPlan, offset: number, lang: Language, registry?: Registry): CompletionEntry[] {
  const context = cursorContext(plan.lines, offset);
  if (context.kind === 'none') return [];
  const range = { start: context.replaceStart, end: wordEnd(plan.text, offset) };
  if (context.kind === 'value') {
    return valueCompletions(plan, context.path, context.key, range, lang, needsLeadingSpace(plan.text, context.replaceStart), registry);
  }
  const entries = keyCompletions(plan, context.path, context.column, offset, range, lang);
  if (context.listKey) entries.push(...valueCompletions(plan, context.path, context.listKey, range, lang, false, registry));
  return entries;
}

function keyCompletions(
  plan: ParsedPlan,
  path: (string | number)[],
  column: number,
  offset: number,
  range: OffsetRange,
  lang: Language,
): CompletionEntry[] {
  const present = siblingKeys(plan, offset, column);
  const entries: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const shape of schemasAtPath(path).flatMap((schema) => objectShapes(schema))) {
    Object.entries(shape.properties ?? {}).forEach(([key, property], order) => {
      if (present.has(key) || seen.has(key)) return;
      seen.add(key);
      const title = schemaTitle(property, lang);
      entries.push({
        label: key,
        kind: 'property',
        detail: title,
        documentation: schemaDescription(property, lang),
        insertText: keySnippet(key, property),
        isSnippet: true,
        range,
        sortText: String(order).padStart(3, '0'),
      });
    });
  }
  return entries;
}

/** "key:\n  - " where a list is allowed, "key:\n  " for mappings, else "key: " (the editor re-indents). */
function keySnippet(key: string, property: SchemaNode): string {
  const types = acceptedTypes(property);
  const resolved = resolveSchema(property);
  if (types.includes('array') && property['x-insert'] !== 'text') return `${key}:\n  - $0`;
  if (types.length === 1 && types[0] === 'object' && resolved?.properties) return `${key}:\n  $0`;
  return `${key}: $0`;
}

function valueCompletions(
  plan: ParsedPlan,
  path: (string | number)[],
  key: string,
  range: OffsetRange,
  lang: Language,
  leadingSpace: boolean,
  registry?: Registry,
): CompletionEntry[] {
  const pad = leadingSpace ? ' ' : '';
  // A căn cứ / thực hiện line: the full citations of the registry's documents.
  if (registry && CITATION_KEYS.has(key)) return citationCompletions(plan.text.slice(range.start, range.end), range, registry, lang, pad);
  if (UNIT_KEYS.has(key)) return unitCompletions(plan, range, lang, pad);
  if (key === 'thoi_gian') return timeCompletions(plan, range, lang, pad);
  const entries: CompletionEntry[] = [];
  for (const schema of schemasAtPath(path)) {
    const resolved = resolveSchema(schema);
    const values = resolved?.enum ?? (acceptedTypes(schema).includes('boolean') ? [true, false] : []);
    for (const value of values) {
      entries.push({ label: String(value), kind: 'value', detail: schemaTitle(schema, lang), insertText: pad + String(value), range });
    }
  }
  return entries;
}

function unitCompletions(plan: ParsedPlan, range: OffsetRange, lang: Language, pad: string): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  const seen = new Set<string>();
  const add = (name: string, detail: string, sortGroup: string) => {
    const normalized = name.normalize('NFC').trim();
    if (!normalized || seen.has(normalized.toLowerCase())) return;
    seen.add(normalized.toLowerCase());
    entries.push({ label: normalized, kind: 'unit', detail, insertText: pad + normalized, range, sortText: sortGroup + normalized });
  };
  // Each unit of the plan's cells (split with the unit registry), in its canonical spelling when known.
  for (const name of planUnitNames(plan)) add(name, t(lang, 'completion.unitInPlan'), '0');
  for (const unit of STANDARD_UNITS) add(unit, t(lang, 'completion.unitStandard'), '1');
  return entries;
}

/** Keys already written in the mapping at `column` around the cursor line. */
function siblingKeys(plan: ParsedPlan, offset: number, column: number): Set<string> {
  const keys = new Set<string>();
  const cursorLine = plan.lines.positionAt(offset).line;
  const scan = (from: number, step: 1 | -1) => {
    for (let line = from; line >= 0 && line < plan.lines.lineCount; line += step) {
      const shape = shapeOf(plan.lines.lineText(line));
      if (shape.blank) continue;
      // A list item at this column starts a mapping; a shallower line ends it.
      const ends = (shape.dashes > 0 && shape.contentIndent === column) || shape.indent < column;
      if (step === 1 && ends) break;
      if (shape.contentIndent === column && shape.key) keys.add(shape.key);
      if (step === -1 && ends) break;
    }
  };
  // On "- |" the cursor line itself starts the mapping: nothing above belongs to it.
  if (!/^\s*-\s/.test(plan.lines.lineText(cursorLine))) scan(cursorLine - 1, -1);
  scan(cursorLine + 1, 1);
  return keys;
}

function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[\p{L}\p{N}_]/u.test(text[end])) end++;
  return end;
}

function needsLeadingSpace(text: string, start: number): boolean {
  return text[start - 1] === ':';
}
