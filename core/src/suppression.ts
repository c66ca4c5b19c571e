import type { LineIndex } from './text/line-index';
import type { Finding } from './types';

// Inline suppression, keyed by rule id (never by message text). Whole-line YAML comments:
//   # kehoach-disable-next-line task/missing-lead, ref/unknown   (no ids: every rule)
//   # kehoach-disable ref/*        …        # kehoach-enable ref/*
const DIRECTIVE = /^\s*#\s*kehoach-(disable-next-line|disable|enable)\b(.*)$/;

export interface Suppressions {
  isSuppressed(finding: Finding): boolean;
}

interface Span {
  ids: string[] | 'all';
  fromLine: number;
  toLine: number;
}

function parseIds(rest: string): string[] | 'all' {
  const ids = rest
    .replace(/\s+--.*$/, '') // "-- reason" may follow the ids
    .split(/[\s,]+/)
    .filter(Boolean);
  return ids.length === 0 ? 'all' : ids;
}

function covers(ids: string[] | 'all', ruleId: string): boolean {
  if (ids === 'all') return true;
  return ids.some((id) => id === ruleId || (id.endsWith('/*') && ruleId.startsWith(id.slice(0, -1))));
}

export function readSuppressions(lines: LineIndex): Suppressions {
  const spans: Span[] = [];
  const open: { ids: string[] | 'all'; fromLine: number }[] = [];
  // Most plans have none: one search of the text instead of one per line.
  const none = !lines.text.includes('kehoach-');
  for (let line = 0; !none && line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes('kehoach-')) continue;
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const ids = parseIds(match[2]);
    if (match[1] === 'disable-next-line') {
      spans.push({ ids, fromLine: line + 1, toLine: line + 1 });
    } else if (match[1] === 'disable') {
      open.push({ ids, fromLine: line + 1 });
    } else {
      // "enable" closes the matching "disable" blocks (all of them when it names no ids).
      for (let i = open.length - 1; i >= 0; i--) {
        const block = open[i];
        const same = ids === 'all' || (block.ids !== 'all' && block.ids.every((id) => ids.includes(id)));
        if (same) {
          spans.push({ ids: block.ids, fromLine: block.fromLine, toLine: line - 1 });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const block of open) spans.push({ ids: block.ids, fromLine: block.fromLine, toLine: Number.MAX_SAFE_INTEGER });
  return {
    isSuppressed(finding) {
      if (spans.length === 0) return false;
      const line = lines.positionAt(finding.range.start).line;
      return spans.some((span) => line >= span.fromLine && line <= span.toLine && covers(span.ids, finding.ruleId));
    },
  };
}
