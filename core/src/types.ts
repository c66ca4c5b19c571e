// Core result types. Positions are zero-based; `character` counts UTF-16 code units,
// which is what both JavaScript strings and LSP (default encoding) use.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open [start, end) offsets into the document text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  range: OffsetRange;
  newText: string;
  /** Set when the edit is in another file than the plan being checked (e.g. the commune registry): its URI or path. */
  file?: string;
  /** Create `file` (empty) first when it does not exist; `range` is then 0-0. */
  create?: boolean;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * The repair "fix all" and `kehoach lint --fix` apply. A finding's only fix counts as preferred
   * unless it says `isPreferred: false` (a repair that needs a human choice).
   */
  isPreferred?: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: OffsetRange;
  fixes?: Fix[];
}

export type Language = 'vi' | 'en';
