// Document model → .docx in the format of Nghị định 30/2020/NĐ-CP (domain.md §6), with the `docx`
// library (no hand-written XML). Layout only: every wording and number comes from the model.
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph,
  Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
  type IBorderOptions, type ISectionOptions, type ITableBordersOptions,
} from 'docx';
import type { AppendixPart, Block, DocumentModel, HeaderModel, Run, TextPart } from '../../core/src/document';

/** Twips (1/20 pt) per millimetre. */
const MM = 1440 / 25.4;
const mm = (value: number) => Math.round(value * MM);

/** A4, and the margins of domain.md §6 (top/bottom 20 mm, left 30 mm, right 15 mm). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
} as const;
const PORTRAIT_TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

export const FONT = 'Times New Roman';
/** Font sizes in points. */
export const SIZE = {
  body: 14,
  headerBody: 13,
  number: 13,
  nation: 12,
  motto: 14,
  date: 14,
  title: 14,
  recipientsHeading: 12,
  recipients: 11,
  table: 12,
  pageNumber: 14,
} as const;
const halfPoints = (points: number) => points * 2;

/** First-line indent of body paragraphs: 1.27 cm. */
const FIRST_LINE = mm(12.7);
/** 6 pt before each paragraph, line spacing 1.2. */
const BODY_SPACING = { before: 120, after: 0, line: 288, lineRule: LineRuleType.AUTO };
const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS: ITableBordersOptions = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const GRID: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export interface DocxOptions {
  /** Written to the file's core properties. */
  creator?: string;
}

/** Renders the document model as the bytes of a .docx file. */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const sections: ISectionOptions[] = [];
  let first = true;
  for (const part of model.parts) {
    sections.push(part.kind === 'appendix' ? appendixSection(part) : textSection(part, first));
    first = false;
  }
  const document = new Document({
    creator: options.creator ?? 'kehoach',
    title: model.subject,
    description: model.kind === 'quyet-dinh' ? 'Quyết định ban hành kế hoạch' : 'Kế hoạch',
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: halfPoints(SIZE.body), color: '000000', language: { value: 'vi-VN' } },
          paragraph: { spacing: TIGHT },
        },
      },
    },
    sections,
  });
  return Packer.pack(document, 'uint8array');
}

// --- sections --------------------------------------------------------------------------------

/** Page numbers centred in the top margin; none on the first page of a text part (titlePage). */
function pageNumberHeaders() {
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) })] })],
    }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}

function textSection(part: TextPart, first: boolean): ISectionOptions {
  const children: (Paragraph | Table)[] = [headerTable(part.header), ...titleParagraphs(part)];
  for (const block of part.body) children.push(blockParagraph(block));
  if (part.recipients || part.signer) children.push(new Paragraph({ spacing: { before: 120 } }), signatureTable(part));
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: PAGE.margin,
        ...(part.restartPageNumbers || first ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: pageNumberHeaders(),
    children,
  };
}

function appendixSection(part: AppendixPart): ISectionOptions {
  const centered = (runs: Run[], size: number, spacingBefore = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...TIGHT, before: spacingBefore }, keepNext: true, children: textRuns(runs, size) });
  const children: (Paragraph | Table)[] = [centered([{ text: part.heading, bold: true }], SIZE.title)];
  if (part.title) children.push(centered([{ text: part.title, bold: true }], SIZE.title));
  children.push(centered([{ text: part.attachedTo, italic: true }], SIZE.title));
  children.push(new Paragraph({ spacing: { before: 120 } }), appendixTable(part));
  return {
    properties: {
      page: {
        // docx swaps width and height for a landscape page.
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: PAGE.margin,
      },
    },
    headers: { default: pageNumberHeaders().default },
    children,
  };
}

// --- header and title ------------------------------------------------------------------------

const HEADER_LEFT = Math.round(PORTRAIT_TEXT_WIDTH * 0.37);
const HEADER_RIGHT = PORTRAIT_TEXT_WIDTH - HEADER_LEFT;

/** The two-column header: issuing body and number left; Quốc hiệu, tiêu ngữ and date right. */
function headerTable(header: HeaderModel): Table {
  const left: Paragraph[] = [];
  if (header.parentBody) left.push(cellLine([{ text: header.parentBody }], SIZE.headerBody));
  for (const line of header.bodyLines) left.push(cellLine([{ text: line, bold: true }], SIZE.headerBody));
  left.push(rule(HEADER_LEFT, HEADER_LEFT * 0.4));
  const right: Paragraph[] = [
    cellLine([{ text: header.nation, bold: true }], SIZE.nation),
    cellLine([{ text: header.motto, bold: true }], SIZE.motto),
    rule(HEADER_RIGHT, textWidth(header.motto, SIZE.motto)),
  ];
  const rows = [
    new TableRow({ children: [plainCell(left, HEADER_LEFT), plainCell(right, HEADER_RIGHT)] }),
  ];
  if (header.numberLine || header.dateLine) {
    rows.push(new TableRow({
      children: [
        plainCell([cellLine([{ text: header.numberLine ?? '' }], SIZE.number, 120)], HEADER_LEFT),
        plainCell([cellLine([{ text: header.dateLine ?? '', italic: true }], SIZE.date, 120)], HEADER_RIGHT),
      ],
    }));
  }
  return new Table({
    rows,
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [HEADER_LEFT, HEADER_RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // No cell padding: the Quốc hiệu needs the whole column to stay on one line.
    margins: { left: 0, right: 0 },
  });
}

function titleParagraphs(part: TextPart): Paragraph[] {
  const title = part.title;
  const centered = (runs: Run[], before = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { ...TIGHT, before }, children: textRuns(runs, SIZE.title) });
  const out = [
    centered([{ text: title.docType, bold: true }], 360),
    centered(title.subject.map((run) => ({ ...run, bold: true }))),
  ];
  if (title.attachedTo) out.push(centered([{ text: title.attachedTo, italic: true }]));
  out.push(rule(PORTRAIT_TEXT_WIDTH, PORTRAIT_TEXT_WIDTH * 0.25, 160));
  if (title.authority) out.push(centered([{ text: title.authority, bold: true }], 120));
  return out;
}

/**
 * A short horizontal rule: an empty, tiny paragraph whose top border is narrowed by indents to
 * `width` twips, centred in `available`, `gapBefore` twips under the text above.
 */
function rule(available: number, width: number, gapBefore = 80): Paragraph {
  const side = Math.max(0, Math.round((available - Math.min(width, available)) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: gapBefore, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: LINE },
    children: [new TextRun({ text: '', size: 4 })],
  });
}

/** Rough width of bold Times New Roman text (for the rule under the motto). */
function textWidth(text: string, points: number): number {
  return Math.round(text.length * points * 20 * 0.5);
}

// --- body --------------------------------------------------------------------------------------

function blockParagraph(block: Block): Paragraph {
  if (block.kind === 'heading') {
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: FIRST_LINE },
      spacing: BODY_SPACING,
      keepNext: true,
      children: textRuns([{ text: `${block.number} `, bold: true }, ...block.runs.map((run) => ({ ...run, bold: true }))], SIZE.body),
    });
  }
  if (block.style === 'centered-bold') {
    return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...BODY_SPACING, after: 120 }, keepNext: true, children: textRuns(block.runs.map((run) => ({ ...run, bold: true })), SIZE.body) });
  }
  const marker: Run[] = block.marker ? [{ text: `${block.marker} `, bold: block.style === 'article' }] : [];
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: BODY_SPACING,
    children: textRuns([...marker, ...block.runs], SIZE.body),
  });
}

// --- signature ---------------------------------------------------------------------------------

const SIGN_LEFT = Math.round(PORTRAIT_TEXT_WIDTH * 0.45);
const SIGN_RIGHT = PORTRAIT_TEXT_WIDTH - SIGN_LEFT;

/** Nơi nhận (left, 12/11 pt) on the signer's line (right). */
function signatureTable(part: TextPart): Table {
  const left: Paragraph[] = [];
  if (part.recipients) {
    left.push(new Paragraph({ spacing: TIGHT, children: textRuns([{ text: part.recipients.heading, bold: true, italic: true }], SIZE.recipientsHeading) }));
    for (const line of part.recipients.lines) left.push(new Paragraph({ spacing: TIGHT, children: textRuns([{ text: line }], SIZE.recipients) }));
  } else {
    left.push(new Paragraph({}));
  }
  const right: Paragraph[] = [];
  if (part.signer) {
    for (const line of part.signer.authorityLines) right.push(cellLine([{ text: line, bold: true }], SIZE.body));
    // Room for the signature and the seal.
    for (let i = 0; i < 4; i++) right.push(cellLine([{ text: '' }], SIZE.body));
    right.push(cellLine([{ text: part.signer.name, bold: true }], SIZE.body));
  } else {
    right.push(new Paragraph({}));
  }
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: [plainCell(left, SIGN_LEFT), plainCell(right, SIGN_RIGHT)] })],
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [SIGN_LEFT, SIGN_RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

// --- appendix table ------------------------------------------------------------------------------

function appendixTable(part: AppendixPart): Table {
  const widths = distribute(LANDSCAPE_TEXT_WIDTH, part.columns.map((column) => column.width));
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: part.columns.map((column, index) =>
      gridCell([new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT, children: textRuns([{ text: column.title, bold: true }], SIZE.table) })], widths[index])),
  });
  const rows = part.rows.map((row) => new TableRow({
    children: row.cells.map((cell, index) => {
      const center = part.columns[index].key === 'stt';
      const paragraphs = cell.lines.length === 0
        ? [new Paragraph({ spacing: TIGHT })]
        : cell.lines.map((line) => new Paragraph({
          alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { ...TIGHT, after: 40 },
          children: textRuns(line, SIZE.table),
        }));
      return gridCell(paragraphs, widths[index]);
    }),
  }));
  return new Table({
    rows: [headerRow, ...rows],
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
  });
}

/** Whole twips that add up to `total`, in the given shares. */
function distribute(total: number, shares: number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0) || 1;
  const widths = shares.map((share) => Math.floor((total * share) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

// --- cells and runs ----------------------------------------------------------------------------

function plainCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
}

function gridCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function cellLine(runs: Run[], size: number, before = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...TIGHT, before }, children: textRuns(runs, size) });
}

function textRuns(runs: readonly Run[], size: number): TextRun[] {
  return runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic, size: halfPoints(size) }));
}
