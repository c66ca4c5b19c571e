// Inline formatting inside a plan's text: `*text*` marks italics (schema: plan.schema.json).
import type { Run } from './model';

const ITALIC = /\*([^*\n]+)\*/g;

/** Splits a text into runs; a `*` without its partner stays a literal `*`. */
export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(ITALIC)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: match[1], italic: true });
    last = start + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) });
  return runs;
}

/** The runs' text without formatting. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Applies a style to every run (a whole italic paragraph keeps its marked parts italic too). */
export function styled(runs: readonly Run[], style: { bold?: boolean; italic?: boolean }): Run[] {
  return runs.map((run) => ({ ...run, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) }));
}
