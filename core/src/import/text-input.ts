// A plain-text plan (text extracted from Word or PDF, as the shared seeds are) as blocks: one paragraph
// per non-blank line. Tab-separated rows, hard-wrapped lines and bold markers are dealt with later by
// the importer, the same way for every source.
import type { SourceBlock } from './types';

export function blocksFromText(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    blocks.push({ kind: 'paragraph', text: line, at: { line: index + 1 } });
  });
  return blocks;
}
