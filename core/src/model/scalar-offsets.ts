import { Scalar } from 'yaml';

/**
 * Maps an index in a scalar's parsed value to an offset in the source text.
 * Plain one-line scalars map directly; for quoted, folded or escaped scalars the value is
 * aligned greedily with its source, which keeps every character's position exact except
 * inside escapes and folded line breaks (those map to the nearest source character).
 */
export function scalarOffsetMapper(text: string, node: Scalar): (index: number) => number {
  const [start, end] = node.range ?? [0, 0];
  const value = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  const source = text.slice(start, end);
  if (node.type === Scalar.PLAIN && source === value) return (index) => start + index;
  const quote = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
  if (quote && source.length === value.length + 2 && source.slice(1, -1) === value) return (index) => start + 1 + index;

  const offsets = new Array<number>(value.length + 1);
  let cursor = quote;
  for (let i = 0; i < value.length; i++) {
    const found = source.indexOf(value[i], cursor);
    // A character produced by an escape or by folding has no literal twin: keep the cursor.
    if (found === -1 || (value[i] === ' ' && found - cursor > 0 && /\S/.test(source.slice(cursor, found)))) {
      offsets[i] = start + Math.min(cursor, source.length);
    } else {
      offsets[i] = start + found;
      cursor = found + 1;
    }
  }
  offsets[value.length] = start + Math.min(cursor, source.length);
  return (index) => offsets[Math.max(0, Math.min(index, value.length))];
}
