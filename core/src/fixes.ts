import { lintText, type LintOptions } from './lint';
import type { Finding, Fix, TextEdit } from './types';

/** The unambiguous repair of a finding, if it has one. */
export function preferredFix(finding: Finding): Fix | undefined {
  const fixes = finding.fixes ?? [];
  if (fixes.length === 1) return fixes[0].isPreferred === false ? undefined : fixes[0];
  const preferred = fixes.filter((fix) => fix.isPreferred === true);
  return preferred.length === 1 ? preferred[0] : undefined;
}

/** Applies non-overlapping edits (in this document) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.file !== undefined) throw new Error('applyEdits: edit targets another file');
    if (edit.range.end > limit) throw new Error('applyEdits: overlapping edits');
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
    limit = edit.range.start;
  }
  return result;
}

export interface AppliedFix {
  ruleId: string;
  title: string;
  /** Offset of the finding in the text the fix was computed on. */
  offset: number;
}

/**
 * The preferred fixes of these findings that can be applied together: fixes touching other
 * files are left out, and a fix whose edits overlap an earlier chosen one waits for the next pass.
 */
export function compatibleFixes(findings: readonly Finding[]): { finding: Finding; fix: Fix }[] {
  const chosen: { finding: Finding; fix: Fix }[] = [];
  const taken: { start: number; end: number }[] = [];
  const overlaps = (edit: TextEdit) =>
    taken.some((range) => edit.range.start < range.end && range.start < edit.range.end) ||
    // Two insertions at one point would be ordered arbitrarily: keep one per pass.
    taken.some((range) => edit.range.start === edit.range.end && range.start === edit.range.start);
  for (const finding of findings) {
    const fix = preferredFix(finding);
    if (!fix || fix.edits.length === 0 || fix.edits.some((edit) => edit.file !== undefined || overlaps(edit))) continue;
    chosen.push({ finding, fix });
    for (const edit of fix.edits) taken.push(edit.range);
  }
  return chosen;
}

export interface FixAllResult {
  text: string;
  applied: AppliedFix[];
  /** True when fixes were still available after the last pass. */
  exhausted: boolean;
}

/** Applies every unambiguous fix, re-checking after each pass until nothing changes. */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  const applied: AppliedFix[] = [];
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const chosen = compatibleFixes(lintText(current, options).findings);
    if (chosen.length === 0) return { text: current, applied, exhausted: false };
    const next = applyEdits(current, chosen.flatMap(({ fix }) => fix.edits));
    if (next === current) return { text: current, applied, exhausted: false };
    for (const { finding, fix } of chosen) applied.push({ ruleId: finding.ruleId, title: fix.title, offset: finding.range.start });
    current = next;
  }
  return { text: current, applied, exhausted: true };
}
