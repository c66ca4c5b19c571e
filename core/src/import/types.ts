// The importer's neutral input and its result. A reader (plain text here, .docx on the Node side)
// turns a document into a list of blocks; `importPlan` recognises the plan's structure in them.
import type { Language } from '../types';

/** Where a block came from, for messages: a line of a text file, or a paragraph / table of a Word file. */
export interface SourceLocation {
  /** 1-based line of a text file. */
  line?: number;
  /** 1-based paragraph of a Word file (tables count as one). */
  paragraph?: number;
  /** 1-based row of a table. */
  row?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  /** The paragraph's text; inline italics may be marked `*like this*`. */
  text: string;
  /** Every letter of the paragraph is bold / italic (when the reader knows). */
  bold?: boolean;
  italic?: boolean;
  /** An automatically numbered (ordered) or bulleted paragraph of a word processor, whose marker is not in the text. */
  list?: { ordered: boolean; level: number };
  at?: SourceLocation;
}

export interface TableBlock {
  kind: 'table';
  /** Rows of cell texts; a cell's paragraphs are separated by "\n". */
  rows: string[][];
  at?: SourceLocation;
}

export type SourceBlock = ParagraphBlock | TableBlock;

export interface ImportOptions {
  /** Language of the comments written into the plan and of the notes. Default: vi. */
  lang?: Language;
  /** The source's file name, named in the plan's first comment. */
  sourceName?: string;
}

/** Text of the source that fits no part of the plan: kept under `ghi_chu` and reported. */
export interface UnplacedText {
  text: string;
  at?: SourceLocation;
}

/** Something the importer decided that the drafter should know (shown by the CLI and the editor). */
export interface ImportNote {
  message: string;
  at?: SourceLocation;
}

export interface ImportResult {
  /** The plan as YAML text (parses, and validates unless the source itself lacks something). */
  text: string;
  /** The same plan as plain data. */
  data: Record<string, unknown>;
  /** Text that fits nowhere, in source order (also in `data.ghi_chu`). */
  unplaced: UnplacedText[];
  notes: ImportNote[];
  /** False when the source does not look like a plan at all (no tên loại, căn cứ, parts, recipients or task table). */
  recognised: boolean;
}
