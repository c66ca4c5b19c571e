import type { OffsetRange, Position, Range } from '../types';

/** Maps offsets to line/character positions and back, in O(log lines). */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    scanLineStarts(text, 0, text.length, starts);
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, which is `previous.text` with [start, oldEnd) replaced by what is now [start, newEnd):
   * lines before the edit are kept, the edit is scanned again, and the lines after it are shifted.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const old = previous.lineStarts;
    const delta = newEnd - oldEnd;
    // Line starts whose line break ends before start - 1 cannot change (a "\r" at start - 1 might join an inserted "\n").
    let keep = 1;
    while (keep < old.length && old[keep] <= start - 1) keep++;
    const starts = old.slice(0, keep);
    const from = keep > 1 || start > 0 ? Math.max(0, start - 1) : 0;
    const scannedTo = scanLineStarts(text, from, Math.min(text.length, newEnd + 2), starts);
    let next = keep;
    while (next < old.length && old[next] + delta <= scannedTo) next++;
    for (; next < old.length; next++) starts.push(old[next] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(range: OffsetRange): Range {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of the line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    while (end > this.lineStarts[line] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** Pushes the starts of the lines broken in [from, to) (a "\r\n" at the end may be read past `to`); returns where it stopped. */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): number {
  let i = from;
  for (; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) starts.push(i + 1);
    else if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return i;
}
