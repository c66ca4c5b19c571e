// Plan (parsed YAML) → document model: the printed wording, generated numbering and layout roles of
// domain.md §1 and §6. Reads the YAML nodes (not plain data) to keep source ranges, and never throws on
// a plan with errors: a wrong type is skipped, a missing field prints as a blank.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { findPair, nodeRange } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import type { OffsetRange } from '../types';
import { dateLine, dateParts, longDate, numberLine, numberPhrase } from './dates';
import { parseInline, styled } from './inline';
import type {
  AppendixPart, Block, ColumnKey, DocumentModel, HeaderModel, ParagraphBlock, RecipientsModel, Run, SignerModel,
  TableCell, TableColumn, TableRow, TextPart,
} from './model';
import { letterMarker, romanNumeral } from './numbering';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Default headings of the plan's parts (level 1) and items (level 2). */
export const PART_TITLES = {
  muc_dich_yeu_cau: 'MỤC ĐÍCH, YÊU CẦU',
  noi_dung: 'NỘI DUNG TUYÊN TRUYỀN',
  hinh_thuc: 'HÌNH THỨC TUYÊN TRUYỀN',
  noi_dung_hinh_thuc: 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN',
  nhiem_vu_cu_the: 'NHIỆM VỤ CỤ THỂ',
  kinh_phi: 'KINH PHÍ THỰC HIỆN',
  to_chuc_thuc_hien: 'TỔ CHỨC THỰC HIỆN',
} as const;

export const ITEM_TITLES = {
  muc_dich: 'Mục đích',
  yeu_cau: 'Yêu cầu',
  doi_tuong: 'Đối tượng tuyên truyền',
  noi_dung: 'Nội dung tuyên truyền',
  hinh_thuc: 'Hình thức tuyên truyền',
} as const;

export const DEFAULT_COLUMNS: readonly ColumnKey[] = ['ten', 'hinh_thuc', 'san_pham', 'chu_tri', 'phoi_hop', 'thoi_gian'];

export const COLUMN_TITLES: Readonly<Record<ColumnKey, string>> = {
  stt: 'STT',
  ten: 'Nhiệm vụ',
  hinh_thuc: 'Hình thức',
  san_pham: 'Sản phẩm',
  chu_tri: 'Cơ quan chủ trì',
  phoi_hop: 'Cơ quan phối hợp',
  thoi_gian: 'Thời gian thực hiện',
};

/** Relative widths; normalised over the columns a plan uses. */
const COLUMN_WEIGHTS: Readonly<Record<ColumnKey, number>> = {
  stt: 5, ten: 31, hinh_thuc: 17, san_pham: 13, chu_tri: 13, phoi_hop: 13, thoi_gian: 10,
};

type ItemStyle = 'chu' | 'gach';

/** Builds the document a plan prints as. */
export function buildDocument(plan: ParsedPlan): DocumentModel {
  const root = isMap(plan.doc.contents) ? plan.doc.contents : undefined;
  const r = new Reader(root);
  const isDecision = r.text('loai') === 'quyet-dinh';
  const decision = isDecision ? r.map('quyet_dinh') : undefined;
  const parts: DocumentModel['parts'] = [];

  if (isDecision) parts.push(decisionPart(r, decision));
  parts.push(planPart(r, isDecision, decision));
  const appendix = appendixPart(r, isDecision, decision);
  if (appendix) parts.push(appendix);

  return { kind: isDecision ? 'quyet-dinh' : 'ke-hoach', parts, subject: r.text('trich_yeu') ?? '' };
}

// --- parts ---------------------------------------------------------------------------------------

function header(r: Reader, withNumber: string | undefined): HeaderModel {
  const parent = r.text('co_quan_chu_quan');
  const body = r.text('co_quan');
  return {
    parentBody: parent ? upper(parent) : undefined,
    bodyLines: body ? bodyLines(body) : ['……'],
    numberLine: withNumber === undefined ? undefined : numberLine(r.text('so'), withNumber),
    nation: NATION,
    motto: MOTTO,
    dateLine: withNumber === undefined ? undefined : dateLine(r.text('dia_danh'), r.text('ngay')),
    source: r.rangeOfKeys(['co_quan_chu_quan', 'co_quan', 'so', 'dia_danh', 'ngay']),
  };
}

function decisionPart(r: Reader, decision: Reader | undefined): TextPart {
  const d = decision ?? new Reader(undefined);
  const body: Block[] = [
    ...basisBlocks(d),
    { kind: 'paragraph', style: 'centered-bold', runs: [{ text: 'QUYẾT ĐỊNH:' }] },
  ];
  d.texts('dieu').forEach((article, index) => {
    body.push({ kind: 'paragraph', style: 'article', marker: `Điều ${index + 1}.`, runs: parseInline(article.text), source: article.range });
  });
  return {
    kind: 'decision',
    header: header(r, 'QĐ-UBND'),
    title: {
      docType: 'QUYẾT ĐỊNH',
      subject: parseInline(d.text('trich_yeu') ?? ''),
      authority: d.text('tham_quyen') ? upper(d.text('tham_quyen')!) : undefined,
      source: d.rangeOfKeys(['trich_yeu', 'tham_quyen']),
    },
    body,
    recipients: recipients(d),
    signer: signer(d.map('nguoi_ky')),
    restartPageNumbers: false,
  };
}

function planPart(r: Reader, isDecision: boolean, decision: Reader | undefined): TextPart {
  const body: Block[] = [...basisBlocks(r)];
  const leadIn = r.text('loi_dan');
  if (leadIn) body.push(...paragraphs(leadIn, r.range('loi_dan')));
  body.push(...planSections(r));
  const closing = r.node('bao_cao');
  if (closing) body.push(...plainParagraphs(closing));
  return {
    kind: 'plan',
    header: header(r, isDecision ? undefined : 'KH-UBND'),
    title: {
      docType: 'KẾ HOẠCH',
      subject: parseInline(r.text('trich_yeu') ?? ''),
      attachedTo: isDecision ? `(Kèm theo ${decisionReference(r, decision)})` : undefined,
      source: r.rangeOfKeys(['trich_yeu']),
    },
    body,
    recipients: recipients(r),
    signer: signer(r.map('nguoi_ky')),
    restartPageNumbers: isDecision,
  };
}

/** "Quyết định số     /QĐ-UBND ngày     tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân xã Yết Kiêu". */
function decisionReference(r: Reader, decision: Reader | undefined): string {
  return `Quyết định ${numberPhrase(r.text('so'), 'QĐ-UBND')} ${longDate(dateParts(r.text('ngay')))} của ${decisionIssuer(r, decision)}`;
}

function decisionIssuer(r: Reader, decision: Reader | undefined): string {
  const body = r.text('co_quan') ?? '……';
  const signerMap = decision?.map('nguoi_ky');
  if (!signerMap || signerMap.text('thay_mat')) return body;
  const head = signerMap.text('ky_thay') ?? signerMap.text('chuc_vu');
  return head ? `${sentenceCase(head)} ${body}` : body;
}

function appendixPart(r: Reader, isDecision: boolean, decision: Reader | undefined): AppendixPart | undefined {
  const tasks = r.node('nhiem_vu');
  const info = r.map('phu_luc');
  const taskItems = isSeq(tasks) ? tasks.items : [];
  if (taskItems.length === 0 && !info) return undefined;
  const appendixInfo = info ?? new Reader(undefined);

  const chosen = appendixInfo.texts('cot').map((entry) => entry.text).filter(isTaskColumn);
  const keys: ColumnKey[] = ['stt', ...new Set(chosen.length > 0 ? chosen : DEFAULT_COLUMNS)];
  const titles = appendixInfo.map('tieu_de_cot');
  const total = keys.reduce((sum, key) => sum + COLUMN_WEIGHTS[key], 0);
  const columns: TableColumn[] = keys.map((key) => ({
    key,
    title: titles?.text(key) ?? COLUMN_TITLES[key],
    width: COLUMN_WEIGHTS[key] / total,
  }));

  const rows: TableRow[] = [];
  taskItems.forEach((item, index) => {
    const task = isMap(item) ? new Reader(item) : undefined;
    const fallbackName = scalarText(item);
    rows.push({
      number: index + 1,
      taskIndex: index,
      cells: keys.map((key) => taskCell(key, index + 1, task, fallbackName)),
      source: item && typeof item === 'object' && 'range' in item ? nodeRange(item as Node) : undefined,
    });
  });

  const heading = appendixInfo.text('ten_goi')?.trim() || 'PHỤ LỤC';
  const title = appendixInfo.text('tieu_de');
  const plan = isDecision
    ? `Kế hoạch ban hành kèm theo ${decisionReference(r, decision)}`
    : `Kế hoạch ${numberPhrase(r.text('so'), 'KH-UBND')} ${longDate(dateParts(r.text('ngay')))} của ${r.text('co_quan') ?? '……'}`;
  return {
    kind: 'appendix',
    heading: upper(heading),
    title: title ? upper(title) : undefined,
    attachedTo: `(Kèm theo ${plan})`,
    columns,
    rows,
    source: r.rangeOfKeys(['phu_luc', 'nhiem_vu']),
  };
}

function taskCell(key: ColumnKey, number: number, task: Reader | undefined, fallbackName: string | undefined): TableCell {
  if (key === 'stt') return { lines: [[{ text: String(number) }]] };
  if (!task) return { lines: key === 'ten' && fallbackName ? [parseInline(fallbackName)] : [] };
  if (key === 'ten') {
    const lines: Run[][] = [];
    const name = task.text('ten');
    if (name) lines.push(...splitLines(name).map(parseInline));
    for (const detail of task.texts('chi_tiet')) {
      for (const line of splitLines(detail.text)) lines.push([{ text: '- ' }, ...parseInline(stripDash(line))]);
    }
    return { lines };
  }
  return { lines: task.texts(key).flatMap((entry) => splitLines(entry.text)).map(parseInline) };
}

function isTaskColumn(key: string): key is ColumnKey {
  return (DEFAULT_COLUMNS as readonly string[]).includes(key);
}

// --- legal bases, recipients, signer -----------------------------------------------------------

/** "Căn cứ …;" lines, then "Thực hiện …;", then "Theo đề nghị của …"; the last one ends with ".". */
function basisBlocks(r: Reader): ParagraphBlock[] {
  const lines: { text: string; source: OffsetRange | undefined }[] = [];
  for (const entry of r.texts('can_cu')) lines.push({ text: `Căn cứ ${stripLead(entry.text, /^căn cứ\s+/iu)}`, source: entry.range });
  for (const entry of r.texts('thuc_hien')) lines.push({ text: `Thực hiện ${stripLead(entry.text, /^thực hiện\s+/iu)}`, source: entry.range });
  const proposal = r.text('theo_de_nghi');
  if (proposal) lines.push({ text: `Theo đề nghị của ${stripLead(proposal, /^theo đề nghị của\s+/iu)}`, source: r.range('theo_de_nghi') });
  return lines.map((line, index) => ({
    kind: 'paragraph',
    style: 'basis',
    runs: styled(parseInline(stripEnd(line.text) + (index === lines.length - 1 ? '.' : ';')), { italic: true }),
    source: line.source,
  }));
}

function recipients(r: Reader): RecipientsModel | undefined {
  const entries = r.texts('noi_nhan').map((entry) => stripEnd(stripDash(entry.text))).filter((text) => text !== '');
  if (entries.length === 0) return undefined;
  return {
    heading: 'Nơi nhận:',
    lines: entries.map((text, index) => `- ${text}${index === entries.length - 1 ? '.' : ';'}`),
    source: r.range('noi_nhan'),
  };
}

function signer(s: Reader | undefined): SignerModel | undefined {
  if (!s) return undefined;
  const lines: string[] = [];
  const onBehalf = s.text('thay_mat');
  const forHead = s.text('ky_thay');
  const title = s.text('chuc_vu');
  if (onBehalf) lines.push(`TM. ${upper(stripLead(onBehalf, /^tm\.\s*/iu))}`);
  if (forHead) lines.push(`KT. ${upper(stripLead(forHead, /^kt\.\s*/iu))}`);
  if (title) lines.push(upper(title));
  return { authorityLines: lines, name: s.text('ho_ten') ?? '', source: s.ownRange };
}

// --- plan sections ---------------------------------------------------------------------------

function planSections(r: Reader): Block[] {
  const blocks: Block[] = [];
  const style: ItemStyle = r.text('kieu_muc') === 'gach' ? 'gach' : 'chu';
  const overrides = r.map('tieu_de_phan');
  let part = 0;
  const partHeading = (title: string, source: OffsetRange | undefined) => {
    blocks.push({ kind: 'heading', level: 1, number: `${romanNumeral(++part)}.`, runs: [{ text: upper(title) }], source });
  };

  // Parts I and II: numbered items with a title each.
  const groups: { key: 'muc_dich_yeu_cau' | 'noi_dung_hinh_thuc'; items: (keyof typeof ITEM_TITLES)[] }[] = [
    { key: 'muc_dich_yeu_cau', items: ['muc_dich', 'yeu_cau'] },
    { key: 'noi_dung_hinh_thuc', items: ['doi_tuong', 'noi_dung', 'hinh_thuc'] },
  ];
  for (const group of groups) {
    const present = group.items.filter((key) => r.has(key));
    if (present.length === 0) continue;
    const fallback = group.key === 'muc_dich_yeu_cau'
      ? PART_TITLES.muc_dich_yeu_cau
      : present.includes('hinh_thuc')
        ? present.length > 1 ? PART_TITLES.noi_dung_hinh_thuc : PART_TITLES.hinh_thuc
        : PART_TITLES.noi_dung;
    partHeading(overrides?.text(group.key) ?? fallback, r.rangeOfKeys(present));
    present.forEach((key, index) => {
      const section = sectionContent(r.node(key), style);
      blocks.push({ kind: 'heading', level: 2, number: `${index + 1}.`, runs: parseInline(section.title ?? ITEM_TITLES[key]), source: r.pairRange(key) });
      blocks.push(...section.blocks);
    });
  }

  // Parts made of one section: the heading is the part's.
  for (const key of ['nhiem_vu_cu_the', 'kinh_phi'] as const) {
    if (!r.has(key)) continue;
    const section = sectionContent(r.node(key), style);
    partHeading(section.title ?? overrides?.text(key) ?? PART_TITLES[key], r.pairRange(key));
    blocks.push(...section.blocks);
  }

  // Tổ chức thực hiện: one numbered block per unit.
  const units = r.node('to_chuc_thuc_hien');
  if (units && !isBlankNode(units)) {
    partHeading(overrides?.text('to_chuc_thuc_hien') ?? PART_TITLES.to_chuc_thuc_hien, r.pairRange('to_chuc_thuc_hien'));
    if (isSeq(units)) {
      let number = 0;
      for (const item of units.items) {
        if (!isMap(item)) {
          const text = scalarText(item);
          if (text) blocks.push(...paragraphs(text, rangeOf(item)));
          continue;
        }
        const unit = new Reader(item);
        const name = unit.text('don_vi') ?? '';
        const requested = unit.node('de_nghi');
        const isRequest = isScalar(requested) && requested.value === true && !/^đề nghị\s/iu.test(name.trim());
        blocks.push({
          kind: 'heading',
          level: 2,
          number: `${++number}.`,
          runs: parseInline(isRequest ? `Đề nghị ${name.trim()}` : name.trim()),
          source: rangeOf(item),
        });
        blocks.push(...sectionContent(unit.node('nhiem_vu'), style).blocks);
      }
    } else {
      blocks.push(...sectionContent(units, style).blocks);
    }
  }
  return blocks;
}

/** A section: a paragraph, a list of items, or `{tieu_de, kieu_muc, cac_muc}`. */
function sectionContent(node: unknown, style: ItemStyle): { title?: string; blocks: Block[] } {
  if (isSeq(node)) return { blocks: itemBlocks(node.items, style) };
  if (isMap(node)) {
    const section = new Reader(node);
    const own = section.text('kieu_muc');
    const cacMuc = section.node('cac_muc');
    return {
      title: section.text('tieu_de'),
      blocks: isSeq(cacMuc) ? itemBlocks(cacMuc.items, own === 'gach' ? 'gach' : own === 'chu' ? 'chu' : style) : [],
    };
  }
  const text = scalarText(node);
  return { blocks: text ? paragraphs(text, rangeOf(node)) : [] };
}

/** Items a), b), … (or "-"), unnumbered `doan` paragraphs, and `muc` items with "-" / "+" points. */
function itemBlocks(items: readonly unknown[], style: ItemStyle): Block[] {
  const blocks: Block[] = [];
  let letter = 0;
  const itemMarker = () => (style === 'chu' ? letterMarker(letter++) : '-');
  const pointMarker = style === 'chu' ? '-' : '+';
  for (const item of items) {
    const text = scalarText(item);
    if (text !== undefined) {
      blocks.push(...marked('item', itemMarker(), text, rangeOf(item)));
      continue;
    }
    if (!isMap(item)) continue;
    const entry = new Reader(item);
    const paragraph = entry.text('doan');
    if (paragraph !== undefined) {
      blocks.push(...paragraphs(paragraph, rangeOf(item)));
      continue;
    }
    const itemText = entry.text('muc');
    if (itemText !== undefined) blocks.push(...marked('item', itemMarker(), itemText, entry.range('muc')));
    const points = entry.node('y');
    if (!isSeq(points)) continue;
    for (const point of points.items) {
      const pointText = scalarText(point);
      if (pointText !== undefined) {
        blocks.push(...marked('point', pointMarker, pointText, rangeOf(point)));
        continue;
      }
      if (!isMap(point)) continue;
      const sub = new Reader(point);
      const subText = sub.text('muc');
      if (subText !== undefined) blocks.push(...marked('point', pointMarker, subText, sub.range('muc')));
      for (const leaf of sub.texts('y')) blocks.push(...marked('subpoint', '+', leaf.text, leaf.range));
    }
  }
  return blocks;
}

/** A marked paragraph; further lines of a multi-line text follow as plain paragraphs. */
function marked(style: 'item' | 'point' | 'subpoint', marker: string, text: string, source: OffsetRange | undefined): ParagraphBlock[] {
  const [first = '', ...rest] = splitLines(text);
  return [
    { kind: 'paragraph', style, marker, runs: parseInline(stripDash(first)), source },
    ...rest.map((line): ParagraphBlock => ({ kind: 'paragraph', style: 'body', runs: parseInline(line), source })),
  ];
}

function paragraphs(text: string, source: OffsetRange | undefined): ParagraphBlock[] {
  return splitLines(text).map((line) => ({ kind: 'paragraph', style: 'body', runs: parseInline(line), source }));
}

function plainParagraphs(node: unknown): ParagraphBlock[] {
  if (isSeq(node)) return node.items.flatMap((item) => {
    const text = scalarText(item);
    return text ? paragraphs(text, rangeOf(item)) : [];
  });
  const text = scalarText(node);
  return text ? paragraphs(text, rangeOf(node)) : [];
}

// --- reading the YAML ------------------------------------------------------------------------

/** Typed access to a YAML mapping that tolerates any shape. */
class Reader {
  constructor(private readonly mapNode: YAMLMap | undefined) {}

  get ownRange(): OffsetRange | undefined {
    return this.mapNode ? rangeOf(this.mapNode) : undefined;
  }

  pair(key: string): Pair | undefined {
    return this.mapNode ? findPair(this.mapNode, key) : undefined;
  }

  node(key: string): Node | undefined {
    return (this.pair(key)?.value ?? undefined) as Node | undefined;
  }

  has(key: string): boolean {
    const node = this.node(key);
    return node !== undefined && !isBlankNode(node);
  }

  /** A scalar value as text (numbers too), trimmed; undefined when absent, blank or not a scalar. */
  text(key: string): string | undefined {
    const text = scalarText(this.node(key))?.trim();
    return text ? text : undefined;
  }

  /** The non-blank strings of a list (or a single string). */
  texts(key: string): { text: string; range?: OffsetRange }[] {
    const node = this.node(key);
    const items = isSeq(node) ? node.items : node === undefined ? [] : [node];
    return items.flatMap((item) => {
      const text = scalarText(item)?.trim();
      return text ? [{ text, range: rangeOf(item) }] : [];
    });
  }

  map(key: string): Reader | undefined {
    const node = this.node(key);
    return isMap(node) ? new Reader(node) : undefined;
  }

  range(key: string): OffsetRange | undefined {
    return rangeOf(this.node(key));
  }

  /** From the key to the end of its value. */
  pairRange(key: string): OffsetRange | undefined {
    const pair = this.pair(key);
    if (!pair) return undefined;
    const keyRange = rangeOf(pair.key);
    const valueRange = rangeOf(pair.value);
    if (!keyRange) return valueRange;
    return { start: keyRange.start, end: Math.max(keyRange.end, valueRange?.end ?? keyRange.end) };
  }

  /** The smallest range covering the given keys' pairs. */
  rangeOfKeys(keys: readonly string[]): OffsetRange | undefined {
    let out: OffsetRange | undefined;
    for (const key of keys) {
      const range = this.pairRange(key);
      if (!range) continue;
      out = out ? { start: Math.min(out.start, range.start), end: Math.max(out.end, range.end) } : range;
    }
    return out;
  }
}

function rangeOf(node: unknown): OffsetRange | undefined {
  if (!node || typeof node !== 'object' || !('range' in node) || !Array.isArray((node as Node).range)) return undefined;
  return nodeRange(node as Node);
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

function isBlankNode(node: unknown): boolean {
  if (node === undefined || node === null) return true;
  if (isScalar(node)) return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
  if (isSeq(node) || isMap(node)) return node.items.length === 0;
  return false;
}

// --- wording helpers ---------------------------------------------------------------------------

export function upper(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toUpperCase();
}

/** "CHỦ TỊCH" → "Chủ tịch". */
export function sentenceCase(text: string): string {
  const lower = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** "Ủy ban nhân dân xã Tiên Lãng" → ["ỦY BAN NHÂN DÂN", "XÃ TIÊN LÃNG"]. */
export function bodyLines(body: string): string[] {
  const text = upper(body);
  const match = /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(.+)$/u.exec(text);
  return match ? [match[1], match[2]] : [text];
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

function stripLead(text: string, lead: RegExp): string {
  return text.trim().replace(lead, '');
}

/** Drops what the generator adds itself: a final ";" "," "." and spaces. */
function stripEnd(text: string): string {
  return text.trim().replace(/[\s;,.]+$/u, '');
}

/** Drops a typed "- " bullet (the generator adds the marker). */
function stripDash(text: string): string {
  return text.trim().replace(/^[-–+•]\s+/u, '');
}
