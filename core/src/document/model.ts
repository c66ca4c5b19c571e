// A renderer-neutral model of the issued document: what is printed, in order, with its generated
// numbering and the source range each piece came from (for the preview's scroll sync). The DOCX and
// HTML renderers only lay it out; every wording and numbering decision is made here.
import type { OffsetRange } from '../types';

/** A piece of text with one formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * How a paragraph is laid out:
 * - `basis`: căn cứ / thực hiện / theo đề nghị lines (italic, justified, first-line indent);
 * - `body`: a justified paragraph with a first-line indent; `item`, `point`, `subpoint`: the same with a
 *   marker "a)", "-", "+" (point and subpoint one and two levels deeper);
 * - `article`: "Điều 1. …" of a decision (marker bold);
 * - `centered-bold`: "QUYẾT ĐỊNH:" of a decision.
 */
export type ParagraphStyle = 'basis' | 'body' | 'item' | 'point' | 'subpoint' | 'article' | 'centered-bold';

export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  /** The generated marker ("a)", "-", "+", "Điều 1."), printed before the text with one space. */
  marker?: string;
  runs: Run[];
  source?: OffsetRange;
}

/** "I. MỤC ĐÍCH, YÊU CẦU" (level 1) or "1. Mục đích" (level 2); both bold. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2;
  number: string;
  runs: Run[];
  source?: OffsetRange;
}

export type Block = ParagraphBlock | HeadingBlock;

/** The two-column header (Nghị định 30/2020, Phụ lục I, ô 1–5). */
export interface HeaderModel {
  /** The parent body, upper case, not bold (cơ quan chủ quản). */
  parentBody?: string;
  /** The issuing body, upper case, bold; one entry per printed line. */
  bodyLines: string[];
  /** "Số: 12/KH-UBND"; absent for a plan attached to a decision. */
  numberLine?: string;
  nation: string;
  motto: string;
  /** "Tiên Lãng, ngày 09 tháng 01 năm 2026"; absent for a plan attached to a decision. */
  dateLine?: string;
  source?: OffsetRange;
}

export interface TitleModel {
  /** Tên loại: "KẾ HOẠCH", "QUYẾT ĐỊNH". */
  docType: string;
  /** Trích yếu (bold, with a short rule under it). */
  subject: Run[];
  /** "(Kèm theo Quyết định số …)" under the subject of an attached plan (italic). */
  attachedTo?: string;
  /** The authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"), bold upper case. */
  authority?: string;
  source?: OffsetRange;
}

export interface RecipientsModel {
  /** "Nơi nhận:" (12 pt, bold italic). */
  heading: string;
  /** "- Sở Nội vụ;" … "- Lưu: VT, VHXH." (11 pt). */
  lines: string[];
  source?: OffsetRange;
}

export interface SignerModel {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" (bold upper case). */
  authorityLines: string[];
  /** The signer's name (bold), under the room for the signature. */
  name: string;
  source?: OffsetRange;
}

/** A decision, or a plan (issued directly or attached to the decision): portrait pages. */
export interface TextPart {
  kind: 'decision' | 'plan';
  header: HeaderModel;
  title: TitleModel;
  body: Block[];
  recipients?: RecipientsModel;
  signer?: SignerModel;
  /** Page numbers restart at 1 where this part begins (an attached plan after its decision). */
  restartPageNumbers: boolean;
}

export type ColumnKey = 'stt' | 'ten' | 'hinh_thuc' | 'san_pham' | 'chu_tri' | 'phoi_hop' | 'thoi_gian';

export interface TableColumn {
  key: ColumnKey;
  title: string;
  /** Share of the table's width (the shares add up to 1). */
  width: number;
}

export interface TableCell {
  /** One entry per printed line. */
  lines: Run[][];
}

export interface TableRow {
  /** The STT, 1-based. */
  number: number;
  /** Index into the plan's `nhiem_vu`. */
  taskIndex: number;
  cells: TableCell[];
  source?: OffsetRange;
}

/** The task appendix: a landscape section with a table whose header row repeats on every page. */
export interface AppendixPart {
  kind: 'appendix';
  /** "PHỤ LỤC" or "DANH MỤC". */
  heading: string;
  /** The appendix title, upper case (absent when the plan gives none). */
  title?: string;
  /** "(Kèm theo Kế hoạch số … ngày … của …)". */
  attachedTo: string;
  columns: TableColumn[];
  rows: TableRow[];
  source?: OffsetRange;
}

export type Part = TextPart | AppendixPart;

export interface DocumentModel {
  kind: 'ke-hoach' | 'quyet-dinh';
  /** In print order: [plan, appendix?] or [decision, plan, appendix?]. */
  parts: Part[];
  /** A short name for the file's metadata: the trích yếu. */
  subject: string;
}
