// Recognises the parts of a plan (domain.md §1) in the cleaned lines of a source document and builds
// the plan's data: header, tên loại and trích yếu, the issuing decision, căn cứ / thực hiện and the
// lead-in, parts I–V with their items, the units of Tổ chức thực hiện, the closing, Nơi nhận, the signer
// and the task appendix. Text that fits nowhere is kept under `ghi_chu`; defects are kept as written.
import { ITEM_TITLES, PART_TITLES } from '../document/build';
import { t, type MessageKey } from '../i18n/messages';
import type { Language } from '../types';
import { isTaskTable, parseTaskTables, type ParsedAppendix } from './appendix';
import type { Item, Line, Table } from './normalize';
import {
  appendixHeading, articleLine, basisLine, dashItem, dateLine, docTypeLine, fold, isAttachedLine, isClosing, isDecidesLine,
  isMotto, isNation, isPersonName, isRuleLine, isUpperText, letterItem, numberLine, numbered, plusItem, recipientsHeading,
  romanHeading, signerPrefix, upperVi,
} from './patterns';
import { bodyText, parseSection, sectionValue, type ItemStyle, type ParsedSection } from './sections';
import type { ImportNote, SourceLocation, UnplacedText } from './types';
import { Comments, type DataMap, type Value } from './yaml-writer';

type PartKey = 'muc_dich_yeu_cau' | 'noi_dung_hinh_thuc' | 'nhiem_vu_cu_the' | 'kinh_phi' | 'to_chuc_thuc_hien' | 'bao_cao' | 'unknown';
type ItemKey = 'muc_dich' | 'yeu_cau' | 'doi_tuong' | 'noi_dung' | 'hinh_thuc';

interface Part {
  key: PartKey;
  title: string;
  heading: Line;
  lines: Line[];
}

interface UnitDraft {
  at?: SourceLocation;
  name: string;
  request: boolean;
  section: ParsedSection;
  runIn?: string;
  comments: string[];
}

interface SignerDraft {
  thay_mat?: string;
  ky_thay?: string;
  chuc_vu?: string;
  ho_ten?: string;
}

interface DecisionDraft {
  trich_yeu?: string;
  tham_quyen?: string;
  can_cu: string[];
  thuc_hien: string[];
  theo_de_nghi?: string;
  dieu: string[];
  noi_nhan: string[];
  nguoi_ky?: SignerDraft;
  articleComments: Map<number, string[]>;
}

export interface Recognised {
  data: DataMap;
  comments: Comments;
  unplaced: UnplacedText[];
  notes: ImportNote[];
  recognised: boolean;
}

export function partKeyOf(title: string): PartKey | undefined {
  const text = fold(title);
  if (/TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN|PHÂN CÔNG (NHIỆM VỤ|THỰC HIỆN)/.test(text)) return 'to_chuc_thuc_hien';
  if (/^(MỤC ĐÍCH|MỤC TIÊU)/.test(text)) return 'muc_dich_yeu_cau';
  if (/KINH PHÍ/.test(text)) return 'kinh_phi';
  if (/NHIỆM VỤ CỤ THỂ|NHIỆM VỤ TRỌNG TÂM|NHIỆM VỤ, GIẢI PHÁP|^CÁC NHIỆM VỤ|^NHIỆM VỤ$/.test(text)) return 'nhiem_vu_cu_the';
  if (/^(NỘI DUNG|HÌNH THỨC|ĐỐI TƯỢNG)/.test(text)) return 'noi_dung_hinh_thuc';
  if (/BÁO CÁO/.test(text)) return 'bao_cao';
  return undefined;
}

function itemKeyOf(title: string): ItemKey | undefined {
  const text = fold(title);
  if (/^(MỤC ĐÍCH|MỤC TIÊU)/.test(text)) return 'muc_dich';
  if (/^YÊU CẦU/.test(text)) return 'yeu_cau';
  if (/^ĐỐI TƯỢNG/.test(text)) return 'doi_tuong';
  if (/^HÌNH THỨC/.test(text)) return 'hinh_thuc';
  if (/^NỘI DUNG/.test(text)) return 'noi_dung';
  return undefined;
}

/** "1. Mục đích", "2. Yêu cầu:", "1. Nội dung tuyên truyền: …" → the item, its title and any run-in text. */
function itemHeading(line: Line): { key: ItemKey; title: string; runIn?: string } | undefined {
  const match = numbered(line.text);
  const body = match ? match.rest : line.bold && line.text.length <= 60 ? line.text : undefined;
  if (!body) return undefined;
  const colon = /^([^:]{3,60}?)\s*:\s*(.*)$/su.exec(body);
  const title = (colon ? colon[1] : body).trim();
  if (title.length > 80) return undefined;
  const key = itemKeyOf(title);
  if (!key) return undefined;
  return { key, title, runIn: colon && colon[2].trim() ? colon[2].trim() : undefined };
}

const LEAD_IN_START = /,\s+(?=(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chủ tịch|Hội đồng nhân dân)(?![\p{L}\p{N}]))/gu;

/** "Thực hiện …, Ủy ban nhân dân xã … ban hành Kế hoạch … như sau:" → the basis and the lead-in (split at the last such comma). */
function splitLeadIn(text: string): [string, string] | undefined {
  const trimmed = text.trim();
  if (!trimmed.endsWith(':')) return undefined;
  let last: RegExpExecArray | undefined;
  for (const match of trimmed.matchAll(LEAD_IN_START)) last = match;
  if (!last || last.index === undefined || last.index === 0) return undefined;
  return [trimmed.slice(0, last.index), trimmed.slice(last.index + last[0].length)];
}

export class Recogniser {
  private pos = 0;
  private readonly comments = new Comments();
  private readonly unplaced: UnplacedText[] = [];
  private readonly notes: ImportNote[] = [];
  private readonly texts: string[] = [];
  private features = 0;

  // Header.
  private bodyLines: Line[] = [];
  private so?: string;
  private place?: string;
  private ngay?: string;
  private loai: 'ke-hoach' | 'quyet-dinh' = 'ke-hoach';
  private decision?: DecisionDraft;
  // Plan.
  private trichYeu?: string;
  private attached?: string;
  private canCu: string[] = [];
  private thucHien: string[] = [];
  private basisComments = new Map<string, string[]>();
  private leadIn: string[] = [];
  private leadInComment?: string;
  private parts: Part[] = [];
  private baoCao: string[] = [];
  private noiNhan: string[] = [];
  private nguoiKy?: SignerDraft;
  private appendixWord?: 'PHỤ LỤC' | 'DANH MỤC';
  private appendixTitle?: string;
  private appendixComments: string[] = [];
  private appendix?: ParsedAppendix;

  private readonly items: Item[];

  constructor(items: readonly Item[], private readonly lang: Language) {
    // Layout tables (the header, the signature block) are read as their lines; task tables stay tables, and
    // so does a table that continues one (split in two, its header row not repeated).
    let taskTable: Table | undefined;
    let sinceTable = 0;
    this.items = items.flatMap((item): Item[] => {
      if (item.kind === 'line') {
        sinceTable++;
        return [item];
      }
      if (isTaskTable(item) || (taskTable && sinceTable <= 2 && continuesTable(taskTable, item))) {
        taskTable ??= item;
        if (isTaskTable(item)) taskTable = item;
        sinceTable = 0;
        return [item];
      }
      return tableLines(item);
    });
    for (const item of this.items) {
      if (item.kind === 'line') this.texts.push(item.text);
      else for (const row of item.rows) this.texts.push(...row);
    }
  }

  run(): Recognised {
    this.header();
    const type = this.titleLine();
    if (type === 'quyet-dinh') {
      this.loai = 'quyet-dinh';
      this.decisionPart();
      this.header();
      if (this.titleLine() === 'ke-hoach') this.planTitle();
    } else if (type === 'ke-hoach') {
      this.planTitle();
    }
    this.basis();
    this.body();
    this.closingBlocks();
    this.appendixPart();
    // Whatever is left fits nowhere.
    while (this.pos < this.items.length) {
      const item = this.items[this.pos++];
      if (item.kind === 'table') {
        if (isTaskTable(item) && !this.appendix) {
          this.pos--;
          this.appendixPart();
          continue;
        }
        item.rows.forEach((row, index) => this.keep(t(this.lang, 'import.tableRow', { row: index + 1, text: row.filter(Boolean).join(' | ') }), item.at));
      } else {
        this.keepLine(item);
      }
    }
    return this.build();
  }

  // --- cursor ---------------------------------------------------------------------------------

  private peek(): Item | undefined {
    return this.items[this.pos];
  }

  private peekLine(): Line | undefined {
    const item = this.items[this.pos];
    return item?.kind === 'line' ? item : undefined;
  }

  private keep(text: string, at?: SourceLocation): void {
    this.unplaced.push({ text, at });
  }

  private keepLine(line: Line): void {
    this.keep(bodyText(line), line.at);
  }

  /** A comment in the plan about a defect of the source that the format cannot keep; also a note. */
  private defect(path: (string | number)[], text: string, at?: SourceLocation): void {
    this.comments.add(path, text);
    this.notes.push({ message: text, at });
  }

  private note(key: MessageKey, params: Record<string, string | number>, at?: SourceLocation): string {
    const message = t(this.lang, key, params);
    this.notes.push({ message, at });
    return message;
  }

  // --- header -----------------------------------------------------------------------------------

  /** Lines before the tên loại: issuing body, Quốc hiệu, tiêu ngữ, number, place and date. */
  private header(): void {
    for (let line = this.peekLine(); line; line = this.peekLine()) {
      const text = line.text;
      if (this.titleOf(line) || basisLine(text) || this.partHeading(line) || recipientsHeading(text) || appendixHeading(text)) return;
      this.pos++;
      if (isNation(text) || isMotto(text) || isRuleLine(text)) continue;
      const number = numberLine(text);
      if (number !== undefined) {
        this.features++;
        if (number === '' || number === this.so) continue;
        if (this.so === undefined) this.so = number;
        else this.keepLine(line);
        continue;
      }
      const date = dateLine(text);
      if (date) {
        // A second, different date line has no place of its own.
        if ((date.place && this.place !== undefined && date.place !== this.place) || (date.iso && this.ngay !== undefined && date.iso !== this.ngay)) {
          this.keepLine(line);
          continue;
        }
        if (date.place) this.place = date.place;
        if (date.iso) this.ngay = date.iso;
        if (date.partial) {
          this.keepLine(line);
          this.note('import.datePartial', { text }, line.at);
        }
        continue;
      }
      if (isUpperText(text) && text.length <= 80 && !/^DỰ THẢO(?![\p{L}])/u.test(fold(text))) {
        // The plan attached to a decision repeats the header: its body lines are the same.
        if (this.loai === 'quyet-dinh' && this.bodyLines.length > 0 && this.bodyLines.some((known) => fold(known.text) === fold(text))) continue;
        this.bodyLines.push(line);
        continue;
      }
      this.keepLine(line);
    }
  }

  /** The tên loại at the cursor ("KẾ HOẠCH", or "KẾ HOẠCH Tuyên truyền …" run together). */
  private titleOf(line: Line): 'ke-hoach' | 'quyet-dinh' | undefined {
    const type = docTypeLine(line.text);
    if (type) return type;
    const match = /^(KẾ HOẠCH|QUYẾT ĐỊNH)\s+(?=\p{Lu}\p{Ll})/u.exec(line.text);
    return match ? docTypeLine(match[1]) : undefined;
  }

  /** Consumes the tên loại line; a subject run into it is left as the next line. */
  private titleLine(): 'ke-hoach' | 'quyet-dinh' | undefined {
    const line = this.peekLine();
    if (!line) return undefined;
    const type = this.titleOf(line);
    if (!type) return undefined;
    this.features++;
    const word = type === 'ke-hoach' ? 'KẾ HOẠCH' : 'QUYẾT ĐỊNH';
    const rest = line.text.slice(word.length).trim();
    if (rest) this.items[this.pos] = { ...line, text: rest };
    else this.pos++;
    return type;
  }

  // --- the issuing decision ---------------------------------------------------------------------

  private decisionPart(): void {
    const decision: DecisionDraft = { can_cu: [], thuc_hien: [], dieu: [], noi_nhan: [], articleComments: new Map() };
    this.decision = decision;
    const subject: string[] = [];
    for (let line = this.peekLine(); line; line = this.peekLine()) {
      if (isAttachedLine(line.text) || basisLine(line.text) || isDecidesLine(line.text) || articleLine(line.text)) break;
      if (subject.length > 0 && isUpperText(line.text)) break;
      subject.push(line.text);
      this.pos++;
    }
    if (subject.length > 0) decision.trich_yeu = subject.join(' ');
    const authority: string[] = [];
    for (let line = this.peekLine(); line && isUpperText(line.text) && !isDecidesLine(line.text) && !this.titleOf(line); line = this.peekLine()) {
      authority.push(line.text);
      this.pos++;
    }
    if (authority.length > 0) decision.tham_quyen = authority.join(' ');

    for (let line = this.peekLine(); line; line = this.peekLine()) {
      if (isDecidesLine(line.text) || articleLine(line.text) || recipientsHeading(line.text) || this.titleOf(line)) break;
      this.pos++;
      const basis = basisLine(line.text);
      if (!basis) {
        this.keepLine(line);
        continue;
      }
      this.features++;
      const value = stripEnd(basis.rest);
      if (basis.kind === 'theo_de_nghi') decision.theo_de_nghi = value;
      else decision[basis.kind].push(value);
    }
    if (this.peekLine() && isDecidesLine(this.peekLine()!.text)) this.pos++;

    const numbers: number[] = [];
    for (let line = this.peekLine(); line; line = this.peekLine()) {
      if (recipientsHeading(line.text) || this.titleOf(line) || this.signerStart(line)) break;
      this.pos++;
      const article = articleLine(line.text);
      if (article) {
        numbers.push(article.number);
        if (article.number !== decision.dieu.length + 1) {
          decision.articleComments.set(decision.dieu.length, [t(this.lang, 'import.numberGap', { previous: numbers[numbers.length - 2] ?? 0, number: article.number, sequence: numbers.join(', '), generated: decision.dieu.length + 1 })]);
        }
        decision.dieu.push(article.rest);
      } else if (decision.dieu.length > 0) {
        decision.dieu[decision.dieu.length - 1] += `\n${bodyText(line)}`;
      } else {
        this.keepLine(line);
      }
    }
    const closing = this.recipientsAndSigner();
    decision.noi_nhan = closing.noiNhan;
    decision.nguoi_ky = closing.signer;
  }

  // --- the plan's title, bases and lead-in ------------------------------------------------------

  private planTitle(): void {
    const subject: Line[] = [];
    for (let line = this.peekLine(); line && subject.length < 4; line = this.peekLine()) {
      if (isAttachedLine(line.text) || basisLine(line.text) || this.partHeading(line) || this.isBodyEnd(line)) break;
      if (letterItem(line.text) || dashItem(line.text) !== undefined || numbered(line.text)) break;
      // A subject printed over several lines is bold throughout (the text of a .txt has no such lines left).
      if (subject.length > 0 && !(line.bold && subject[0].bold)) break;
      subject.push(line);
      this.pos++;
    }
    if (subject.length > 0) this.trichYeu = subject.map((line) => line.text).join(' ');
    const attached = this.peekLine();
    if (attached && isAttachedLine(attached.text)) {
      this.attached = attached.text;
      this.pos++;
    }
  }

  /** "Căn cứ …;" and "Thực hiện …;" lines, then the lead-in sentence(s). */
  private basis(): void {
    for (let line = this.peekLine(); line; line = this.peekLine()) {
      const basis = basisLine(line.text);
      if (!basis || this.leadIn.length > 0) break;
      this.pos++;
      this.features++;
      if (basis.kind === 'theo_de_nghi') {
        this.keepLine(line);
        continue;
      }
      const list = basis.kind === 'can_cu' ? this.canCu : this.thucHien;
      const joined = splitLeadIn(basis.rest);
      if (joined && !/[;.]$/.test(joined[0])) {
        list.push(stripEnd(joined[0]));
        this.leadIn.push(joined[1]);
        this.leadInComment = t(this.lang, 'import.basisJoined', { word: basis.kind === 'can_cu' ? 'Căn cứ' : 'Thực hiện' });
        break;
      }
      const end = /[,:]$/.exec(basis.rest.trim());
      if (end) this.basisComments.set(`${basis.kind}:${list.length}`, [t(this.lang, 'import.basisEnd', { end: end[0] })]);
      list.push(stripEnd(basis.rest));
    }
    for (let line = this.peekLine(); line; line = this.peekLine()) {
      if (this.partHeading(line) || this.isBodyEnd(line) || letterItem(line.text) || dashItem(line.text) !== undefined || plusItem(line.text) !== undefined || numbered(line.text)) break;
      if (this.leadIn.length > 0 && /:$/.test(this.leadIn[this.leadIn.length - 1])) break;
      this.leadIn.push(bodyText(line));
      this.pos++;
    }
  }

  // --- parts I–V --------------------------------------------------------------------------------

  /** "II. NỘI DUNG, HÌNH THỨC" (also without the numeral when the title is an upper-case part title). */
  private partHeading(line: Line): { key: PartKey; title: string } | undefined {
    const roman = romanHeading(line.text);
    if (roman) {
      const key = partKeyOf(roman.title);
      if (key) return { key, title: roman.title };
      return isUpperText(roman.title) ? { key: 'unknown', title: roman.title } : undefined;
    }
    if (!isUpperText(line.text) || line.text.length > 80) return undefined;
    const title = line.text.replace(/^(?:\d{1,2}|[A-Z])\s?[.)]\s*/, '');
    const key = partKeyOf(title);
    return key ? { key, title } : undefined;
  }

  /** Where the body ends: Nơi nhận, the signer, the appendix or another document. */
  private isBodyEnd(line: Line): boolean {
    return Boolean(recipientsHeading(line.text) || appendixHeading(line.text) || signerPrefix(line.text) || this.titleOf(line));
  }

  private signerStart(line: Line): boolean {
    return Boolean(signerPrefix(line.text)) || (isUpperText(line.text) && /^(PHÓ )?(CHỦ TỊCH|TRƯỞNG BAN|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG PHÒNG)$/.test(fold(line.text)));
  }

  private body(): void {
    let part: Part | undefined;
    for (let item = this.peek(); item; item = this.peek()) {
      if (item.kind === 'table') break;
      const line = item;
      if (this.isBodyEnd(line) || (part && this.signerStart(line))) break;
      this.pos++;
      const heading = this.partHeading(line);
      if (heading) {
        this.features++;
        part = { key: heading.key, title: heading.title, heading: line, lines: [] };
        this.parts.push(part);
        continue;
      }
      if (part) part.lines.push(line);
      else this.keepLine(line);
    }
    this.splitClosing();
  }

  /** The closing ("Trên đây là Kế hoạch …", the reporting cycle) ends the last part. */
  private splitClosing(): void {
    const last = this.parts[this.parts.length - 1];
    if (!last) return;
    const lines = last.lines;
    // A unit heading without run-in text is still waiting for the unit's duties.
    const isUnitHeading = (line: Line) => last.key === 'to_chuc_thuc_hien' && this.unitHeading(line) !== undefined && !this.unitHeading(line)!.runIn;
    let start = -1;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (line.list || letterItem(line.text) || dashItem(line.text) !== undefined || plusItem(line.text) !== undefined || numbered(line.text)) continue;
      if (isUnitHeading(lines[i - 1])) continue;
      if (isClosing(line.text)) {
        start = i;
        break;
      }
    }
    if (last.key === 'bao_cao') start = 0;
    if (start < 0) return;
    this.baoCao.push(...lines.slice(start).map(bodyText));
    last.lines = lines.slice(0, start);
  }

  // --- Nơi nhận and signer ----------------------------------------------------------------------

  private closingBlocks(): void {
    const closing = this.recipientsAndSigner();
    this.noiNhan = closing.noiNhan;
    this.nguoiKy = closing.signer;
  }

  private recipientsAndSigner(): { noiNhan: string[]; signer?: SignerDraft } {
    let noiNhan: string[] = [];
    let signer: SignerDraft | undefined;
    for (let round = 0; round < 2; round++) {
      const line = this.peekLine();
      if (!line) break;
      const heading = recipientsHeading(line.text);
      if (heading && noiNhan.length === 0) {
        this.pos++;
        this.features++;
        noiNhan = this.recipients(heading.rest);
        continue;
      }
      if (!signer && this.signerStart(line)) {
        signer = this.signer();
        continue;
      }
      break;
    }
    return { noiNhan, signer };
  }

  private recipients(first: string): string[] {
    const entries: string[] = [];
    const add = (text: string) => {
      const value = stripEnd(text.replace(/^[-–+•]\s*/, ''));
      if (value) entries.push(value);
    };
    if (first) add(first);
    for (let line = this.peekLine(); line; line = this.peekLine()) {
      const text = line.text;
      const marked = /^[-–+•]/.test(text);
      if (!marked && (this.signerStart(line) || this.isBodyEnd(line) || !/[;.]$/.test(text) || text.length > 150)) break;
      add(text);
      this.pos++;
    }
    return entries;
  }

  private signer(): SignerDraft {
    const signer: SignerDraft = {};
    const upper: string[] = [];
    let lastField: 'thay_mat' | 'ky_thay' | undefined;
    for (let line = this.peekLine(); line; line = this.peekLine()) {
      const text = line.text;
      const prefix = signerPrefix(text);
      if (prefix?.prefix === 'TM' || prefix?.prefix === 'KT') {
        const field = prefix.prefix === 'TM' ? 'thay_mat' : 'ky_thay';
        this.flushUpper(signer, upper, lastField);
        signer[field] = prefix.rest;
        lastField = field;
        this.pos++;
        continue;
      }
      if ((prefix || (isUpperText(text) && text.length <= 60)) && !this.titleOf(line) && !appendixHeading(text) && !this.partHeading(line)) {
        upper.push(text);
        this.pos++;
        continue;
      }
      if (/^\((?:đã ký|ký|ký, đóng dấu|ký tên, đóng dấu|đã ký và đóng dấu)[^)]*\)$/iu.test(text)) {
        this.keepLine(line);
        this.pos++;
        continue;
      }
      if (isPersonName(text)) {
        signer.ho_ten = text;
        this.pos++;
      }
      break;
    }
    if (upper.length > 0) {
      signer.chuc_vu = upper[upper.length - 1];
      upper.pop();
      this.flushUpper(signer, upper, lastField);
    }
    return signer;
  }

  /** Upper-case lines between the prefixed ones continue the previous field ("TM. ỦY BAN NHÂN DÂN" / "XÃ …"). */
  private flushUpper(signer: SignerDraft, upper: string[], field: 'thay_mat' | 'ky_thay' | undefined): void {
    if (upper.length === 0) return;
    if (field) signer[field] = [signer[field], ...upper].join(' ');
    else signer.chuc_vu = upper.join(' ');
    upper.length = 0;
  }

  // --- appendix ---------------------------------------------------------------------------------

  private appendixPart(): void {
    const line = this.peekLine();
    const heading = line ? appendixHeading(line.text) : undefined;
    if (line && heading) {
      this.pos++;
      this.appendixWord = heading.word;
      if (fold(line.text) !== heading.word && !heading.rest) this.appendixComments.push(t(this.lang, 'import.appendixNumbered', { heading: line.text }));
      const title: string[] = heading.rest ? [heading.rest] : [];
      for (let next = this.peekLine(); next && title.length < 4; next = this.peekLine()) {
        if (isAttachedLine(next.text)) {
          this.appendixComments.push(t(this.lang, 'import.attachedLine', { text: next.text }));
          this.pos++;
          break;
        }
        if (this.isBodyEnd(next) || this.partHeading(next)) break;
        title.push(next.text);
        this.pos++;
      }
      if (title.length > 0) this.appendixTitle = title.join(' ');
    }
    const tables: Table[] = [];
    for (let item = this.peek(); item; item = this.peek()) {
      if (item.kind === 'line') {
        // Text between two parts of one table ("text that is not a table row").
        const after = this.items[this.pos + 1];
        if (tables.length > 0 && after?.kind === 'table' && continuesTable(tables[0], after)) {
          this.keepLine(item);
          this.pos++;
          continue;
        }
        break;
      }
      if (tables.length === 0 ? !isTaskTable(item) : !continuesTable(tables[0], item)) break;
      tables.push(item);
      this.pos++;
    }
    if (tables.length > 0) {
      this.features++;
      this.appendix = parseTaskTables(tables, this.lang);
      this.unplaced.push(...this.appendix.unplaced);
    }
  }

  // --- units of Tổ chức thực hiện ----------------------------------------------------------------

  private unitHeading(line: Line): { number?: number; name: string; request: boolean; runIn?: string } | undefined {
    const match = numbered(line.text);
    let text: string;
    if (match) text = match.rest;
    // A word processor's automatic number: a unit's name is short and is not a sentence.
    else if (line.list?.ordered && line.list.level === 0 && line.text.length <= 120 && !/[.;]$/.test(line.text)) text = line.text;
    else return undefined;
    let runIn: string | undefined;
    const colon = /^([^:]{3,150}?)\s*:\s+(.+)$/su.exec(text);
    if (colon) {
      text = colon[1];
      runIn = colon[2];
    } else if (text.length > 160) {
      return undefined;
    }
    const request = /^Đề nghị\s+(.+)$/su.exec(text);
    return { number: match?.number, name: request ? request[1] : text, request: Boolean(request), runIn };
  }

  private units(lines: Line[]): UnitDraft[] {
    const units: UnitDraft[] = [];
    let current: { draft: Omit<UnitDraft, 'section'>; lines: Line[] } | undefined;
    const numbers: number[] = [];
    const flush = () => {
      if (current) units.push({ ...current.draft, section: parseSection(current.lines, this.lang) });
    };
    for (const line of lines) {
      const heading = this.unitHeading(line);
      if (heading) {
        flush();
        const comments: string[] = [];
        if (heading.number !== undefined) {
          numbers.push(heading.number);
          if (heading.number !== units.length + 1) {
            comments.push(t(this.lang, 'import.numberGap', { previous: numbers[numbers.length - 2] ?? 0, number: heading.number, sequence: numbers.join(', '), generated: units.length + 1 }));
          }
        }
        if (heading.runIn) comments.push(t(this.lang, 'import.runIn', { unit: heading.name }));
        current = { draft: { at: line.at, name: heading.name, request: heading.request, runIn: heading.runIn, comments }, lines: [] };
        continue;
      }
      if (current) current.lines.push(line);
      else this.keepLine(line);
    }
    flush();
    return units;
  }

  // --- building the plan --------------------------------------------------------------------------

  private build(): Recognised {
    const data: DataMap = {};
    const lang = this.lang;
    data.loai = this.loai;

    // Header: the issuing body (upper case in the header, written in the text's own case when found there).
    const { parent, body } = this.splitBody();
    if (parent) data.co_quan_chu_quan = this.restoreCase(parent);
    if (body) {
      data.co_quan = this.restoreCase(body);
    } else {
      const inferred = this.inferBody();
      if (inferred) {
        data.co_quan = inferred.body;
        this.comments.add(['co_quan'], this.note('import.coQuanInferred', { from: inferred.from }));
      }
    }
    if (this.so !== undefined) data.so = this.so;
    if (this.place !== undefined) data.dia_danh = this.place;
    if (this.ngay !== undefined) data.ngay = this.ngay;
    if (this.trichYeu !== undefined) data.trich_yeu = this.trichYeu;
    if (this.attached) this.comments.add([data.trich_yeu !== undefined ? 'trich_yeu' : 'loai'], t(lang, 'import.attachedLine', { text: this.attached }));

    // Sections and their item style.
    const sections = this.sections();
    const unitDrafts = this.parts.filter((part) => part.key === 'to_chuc_thuc_hien').slice(0, 1).flatMap((part) => this.units(part.lines));
    const allStyles = [...sections, ...unitDrafts.map((unit) => unit.section)].flatMap((section) => section.style ?? []);
    const planStyle: ItemStyle = allStyles.length > 0 && allStyles.every((style) => style === 'gach') ? 'gach' : 'chu';
    if (planStyle === 'gach') data.kieu_muc = 'gach';

    if (this.decision) data.quyet_dinh = this.decisionData();
    if (this.canCu.length > 0) data.can_cu = this.canCu;
    if (this.thucHien.length > 0) data.thuc_hien = this.thucHien;
    for (const [key, lines] of this.basisComments) {
      const [field, index] = key.split(':');
      for (const line of lines) this.defect([field, Number(index)], line);
    }
    if (this.leadIn.length > 0) {
      data.loi_dan = this.leadIn.join('\n');
      if (this.leadInComment) this.defect([this.thucHien.length > 0 ? 'thuc_hien' : 'can_cu'], this.leadInComment);
    }

    const headings: DataMap = {};
    const sectionData: DataMap = {};
    const put = (key: string, section: ParsedSection, title?: string) => {
      const value = sectionValue(section, planStyle, title);
      if (!value) return;
      sectionData[key] = value.value;
      for (const [index, lines] of section.comments) for (const line of lines) this.defect([key, ...value.blocksPath, index], line, section.places?.get(index));
    };
    for (const part of this.parts) this.placePart(part, put, headings);
    if (Object.keys(headings).length > 0) data.tieu_de_phan = headings;
    for (const key of ['muc_dich', 'yeu_cau', 'doi_tuong', 'noi_dung', 'hinh_thuc', 'nhiem_vu_cu_the', 'kinh_phi']) {
      if (sectionData[key] !== undefined) data[key] = sectionData[key];
    }
    if (unitDrafts.length > 0) data.to_chuc_thuc_hien = this.unitData(unitDrafts, planStyle);
    if (this.baoCao.length > 0) data.bao_cao = this.baoCao.length === 1 ? this.baoCao[0] : this.baoCao;
    if (this.noiNhan.length > 0) data.noi_nhan = this.noiNhan;
    if (this.nguoiKy && Object.keys(this.nguoiKy).length > 0) data.nguoi_ky = signerData(this.nguoiKy);

    if (this.appendixWord || this.appendixTitle || this.appendix) {
      const info: DataMap = {};
      if (this.appendixWord) info.ten_goi = this.appendixWord;
      if (this.appendixTitle) info.tieu_de = this.appendixTitle;
      Object.assign(info, this.appendix?.info ?? {});
      data.phu_luc = info;
      for (const line of this.appendixComments) this.comments.add(['phu_luc'], line);
    }
    if (this.appendix && this.appendix.tasks.length > 0) {
      data.nhiem_vu = this.appendix.tasks;
      for (const [index, lines] of this.appendix.comments) for (const line of lines) this.defect(['nhiem_vu', index], line, this.appendix.places.get(index));
    }
    // In the order of the source.
    const order = (entry: UnplacedText) => [entry.at?.line ?? entry.at?.paragraph ?? Number.MAX_SAFE_INTEGER, entry.at?.row ?? 0];
    this.unplaced.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
    if (this.unplaced.length > 0) {
      data.ghi_chu = this.unplaced.map((entry) => entry.text);
      this.unplaced.forEach((entry, index) => {
        const where = describeAt(entry.at, lang);
        if (where) this.comments.add(['ghi_chu', index], where);
      });
    }
    const recognised = this.features >= 2 || this.parts.length >= 2;
    return { data, comments: this.comments, unplaced: this.unplaced, notes: this.notes, recognised };
  }

  /** Parsed sections of parts I and II and of the one-section parts (the units are parsed apart). */
  private sections(): ParsedSection[] {
    const out: ParsedSection[] = [];
    for (const part of this.parts) {
      if (part.key === 'muc_dich_yeu_cau' || part.key === 'noi_dung_hinh_thuc') {
        for (const group of this.groupItems(part).items) out.push(group.section);
      } else if (part.key === 'nhiem_vu_cu_the' || part.key === 'kinh_phi') {
        out.push(parseSection(part.lines, this.lang));
      }
    }
    return out;
  }

  private groupCache = new Map<Part, { items: { key: ItemKey; title: string; section: ParsedSection; heading?: Line }[]; before: Line[] }>();

  /** The numbered items of part I or II ("1. Mục đích", "2. Yêu cầu"). */
  private groupItems(part: Part): { items: { key: ItemKey; title: string; section: ParsedSection; heading?: Line }[]; before: Line[] } {
    const cached = this.groupCache.get(part);
    if (cached) return cached;
    const groups: { key: ItemKey; title: string; lines: Line[]; heading?: Line }[] = [];
    const before: Line[] = [];
    for (const line of part.lines) {
      const heading = itemHeading(line);
      if (heading) {
        const lines: Line[] = heading.runIn ? [{ ...line, text: heading.runIn, bold: false }] : [];
        groups.push({ key: heading.key, title: heading.title, lines, heading: line });
        continue;
      }
      if (groups.length > 0) groups[groups.length - 1].lines.push(line);
      else before.push(line);
    }
    if (groups.length === 0 && before.length > 0) {
      // No numbered items: the whole part is its first item (Mục đích, or Nội dung tuyên truyền).
      const key: ItemKey = part.key === 'muc_dich_yeu_cau' ? 'muc_dich' : itemKeyOf(part.title) ?? 'noi_dung';
      groups.push({ key, title: ITEM_TITLES[key], lines: before.splice(0) });
    }
    const result = { items: groups.map((group) => ({ key: group.key, title: group.title, heading: group.heading, section: parseSection(group.lines, this.lang) })), before };
    this.groupCache.set(part, result);
    return result;
  }

  private placed = new Set<string>();

  private placePart(part: Part, put: (key: string, section: ParsedSection, title?: string) => void, headings: DataMap): void {
    const duplicate = this.placed.has(part.key) && part.key !== 'unknown';
    if (part.key === 'unknown' || duplicate) {
      this.keepLine(part.heading);
      for (const line of part.lines) this.keepLine(line);
      return;
    }
    this.placed.add(part.key);
    if (part.key === 'bao_cao') {
      this.keepLine(part.heading);
      this.note('import.partHeadingUnplaced', { title: part.heading.text, key: 'bao_cao' }, part.heading.at);
      return;
    }
    if (part.key === 'muc_dich_yeu_cau' || part.key === 'noi_dung_hinh_thuc') {
      const { items, before } = this.groupItems(part);
      for (const line of before) this.keepLine(line);
      const present: ItemKey[] = [];
      for (const item of items) {
        if (present.includes(item.key) || this.placed.has(item.key)) {
          if (item.heading) this.keepLine(item.heading);
          for (const block of item.section.blocks) this.keep(blockText(block), item.heading?.at);
          continue;
        }
        present.push(item.key);
        this.placed.add(item.key);
        if (item.key === 'doi_tuong' && part.key === 'muc_dich_yeu_cau') this.note('import.doiTuongMoved', { title: item.title, part: part.heading.text }, item.heading?.at);
        const custom = fold(item.title) !== fold(ITEM_TITLES[item.key]) ? item.title : undefined;
        put(item.key, item.section, custom);
      }
      const fallback = part.key === 'muc_dich_yeu_cau'
        ? PART_TITLES.muc_dich_yeu_cau
        : present.includes('hinh_thuc') ? (present.length > 1 ? PART_TITLES.noi_dung_hinh_thuc : PART_TITLES.hinh_thuc) : PART_TITLES.noi_dung;
      if (fold(part.title) !== fold(fallback)) headings[part.key] = part.title;
      return;
    }
    if (part.key === 'nhiem_vu_cu_the' || part.key === 'kinh_phi') {
      put(part.key, parseSection(part.lines, this.lang));
      if (fold(part.title) !== fold(PART_TITLES[part.key])) headings[part.key] = part.title;
      return;
    }
    if (part.key === 'to_chuc_thuc_hien') {
      if (fold(part.title) !== fold(PART_TITLES.to_chuc_thuc_hien)) headings[part.key] = part.title;
    }
  }

  private unitData(units: UnitDraft[], planStyle: ItemStyle): Value[] {
    return units.map((unit, index) => {
      const block: DataMap = { don_vi: unit.name };
      if (unit.request) block.de_nghi = true;
      for (const line of unit.comments) this.defect(['to_chuc_thuc_hien', index], line, unit.at);
      let section = unit.section;
      if (unit.runIn) {
        section = section.blocks.length === 0
          ? { blocks: [{ doan: unit.runIn }], comments: new Map() }
          : { ...section, blocks: [{ doan: unit.runIn }, ...section.blocks], comments: shift(section.comments), places: shift(section.places ?? new Map()) };
      }
      const value = sectionValue(section, planStyle);
      if (value) {
        block.nhiem_vu = value.value;
        for (const [i, lines] of section.comments) for (const line of lines) this.defect(['to_chuc_thuc_hien', index, 'nhiem_vu', ...value.blocksPath, i], line, section.places?.get(i));
      }
      return block;
    });
  }

  private decisionData(): DataMap {
    const d = this.decision!;
    const out: DataMap = {};
    if (d.trich_yeu) out.trich_yeu = d.trich_yeu;
    if (d.tham_quyen) out.tham_quyen = d.tham_quyen;
    if (d.can_cu.length > 0) out.can_cu = d.can_cu;
    if (d.thuc_hien.length > 0) out.thuc_hien = d.thuc_hien;
    if (d.theo_de_nghi) out.theo_de_nghi = d.theo_de_nghi;
    out.dieu = d.dieu;
    for (const [index, lines] of d.articleComments) for (const line of lines) this.defect(['quyet_dinh', 'dieu', index], line);
    if (d.noi_nhan.length > 0) out.noi_nhan = d.noi_nhan;
    if (d.nguoi_ky && Object.keys(d.nguoi_ky).length > 0) out.nguoi_ky = signerData(d.nguoi_ky);
    return out;
  }

  /** The issuing body (and its parent) from the header's upper-case lines. */
  private splitBody(): { parent?: string; body?: string } {
    const lines = this.bodyLines;
    if (lines.length === 0) return {};
    const texts = lines.map((line) => line.text);
    // Bold lines are the body, lines above them that are not bold its parent (Nghị định 30/2020).
    const firstBold = lines.findIndex((line) => line.bold);
    if (firstBold > 0 && lines.slice(firstBold).every((line) => line.bold)) {
      return { parent: texts.slice(0, firstBold).join(' '), body: texts.slice(firstBold).join(' ') };
    }
    if (texts.length >= 2 && /^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND)$/.test(fold(texts[texts.length - 2]))) {
      const parent = texts.slice(0, -2).join(' ');
      return { parent: parent || undefined, body: texts.slice(-2).join(' ') };
    }
    if (texts.length >= 2) return { parent: texts.slice(0, -1).join(' '), body: texts[texts.length - 1] };
    return { body: texts[0] };
  }

  /** "ỦY BAN NHÂN DÂN XÃ TIÊN LÃNG" written as in the text ("Ủy ban nhân dân xã Tiên Lãng"), else in the usual case. */
  private restoreCase(upper: string): string {
    const target = fold(upper);
    if (!isUpperText(upper)) return upper;
    for (const text of this.texts) {
      const folded = fold(text);
      let index = folded.indexOf(target);
      while (index >= 0) {
        const candidate = text.slice(index, index + target.length);
        const before = index === 0 ? ' ' : folded[index - 1];
        const after = folded[index + target.length] ?? ' ';
        if (fold(candidate) === target && !/\p{L}/u.test(before) && !/\p{L}/u.test(after) && /^\p{Lu}/u.test(candidate) && !isUpperText(candidate)) return candidate;
        index = folded.indexOf(target, index + 1);
      }
    }
    return sentenceCaseBody(upper);
  }

  /** The issuing body named in the lead-in, the authority line or the subject when the header has none. */
  private inferBody(): { body: string; from: string } | undefined {
    const sources = [this.leadIn.join(' '), this.attached ?? '', this.decision?.tham_quyen ?? '', this.trichYeu ?? ''];
    for (const source of sources) {
      const match = /(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|ỦY BAN NHÂN DÂN)\s+(xã|phường|đặc khu|XÃ|PHƯỜNG|ĐẶC KHU)\s+((?:\p{Lu}[\p{L}\d]*)(?:\s+\p{Lu}[\p{L}\d]*)*)/u.exec(source);
      if (match) {
        const found = `Ủy ban nhân dân ${match[1].toLowerCase()} ${match[2]}`;
        const body = isUpperText(match[2]) ? this.restoreCase(upperVi(found)) : found;
        return { body, from: shorten(source, 80) };
      }
    }
    const subject = this.trichYeu ? /(?<![\p{L}])(xã|phường|đặc khu)\s+((?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(this.trichYeu) : null;
    if (subject) return { body: `Ủy ban nhân dân ${subject[1]} ${subject[2]}`, from: shorten(this.trichYeu!, 80) };
    return undefined;
  }
}

function continuesTable(first: Table, next: Table): boolean {
  const width = first.rows.find(isTaskHeaderRow)?.length ?? first.rows[0].length;
  if (next.rows.slice(0, 2).some(isTaskHeaderRow)) return true;
  const row = next.rows[0];
  return Math.abs(row.length - width) <= 1 && /^\d+\.?$/.test(row[0]?.trim() ?? '');
}

function isTaskHeaderRow(row: string[]): boolean {
  return isTaskTable({ kind: 'table', rows: [row] });
}

/** The lines of a layout table, row by row, cell by cell. */
function tableLines(table: Table): Line[] {
  const lines: Line[] = [];
  table.rows.forEach((row, rowIndex) => {
    for (const cell of row) {
      for (const text of cell.split('\n')) {
        if (text.trim() === '') continue;
        const at = table.rowAt?.[rowIndex] ?? (table.at ? { ...table.at, row: rowIndex + 1 } : undefined);
        const bold = /^\*\*.*\*\*$/.test(text);
        lines.push({ kind: 'line', text: bold ? text.slice(2, -2) : text, bold, italic: false, at });
      }
    }
  });
  return lines;
}

function signerData(signer: SignerDraft): DataMap {
  const out: DataMap = {};
  for (const key of ['thay_mat', 'ky_thay', 'chuc_vu', 'ho_ten'] as const) if (signer[key]) out[key] = signer[key]!;
  return out;
}

/** Drops the ";" "," "." the printed document ends a line with (the generator adds its own). */
export function stripEnd(text: string): string {
  return text.trim().replace(/\s*[;,.]$/u, '').trim();
}

function shift<T>(entries: Map<number, T>): Map<number, T> {
  return new Map([...entries].map(([index, value]) => [index + 1, value]));
}

function blockText(block: ParsedSection['blocks'][number]): string {
  if (typeof block === 'string') return block;
  if ('doan' in block) return block.doan;
  return [block.muc, ...block.y.map((point) => (typeof point === 'string' ? `- ${point}` : `- ${point.muc}`))].join('\n');
}

/** "ỦY BAN NHÂN DÂN XÃ TIÊN LÃNG" → "Ủy ban nhân dân xã Tiên Lãng". */
export function sentenceCaseBody(upper: string): string {
  const words = upper.trim().split(/\s+/);
  const lowerWords = new Set(['ỦY', 'UỶ', 'BAN', 'NHÂN', 'DÂN', 'HỘI', 'ĐỒNG', 'XÃ', 'PHƯỜNG', 'ĐẶC', 'KHU', 'THỊ', 'TRẤN', 'THÀNH', 'PHỐ', 'TỈNH', 'HUYỆN', 'QUẬN', 'VÀ']);
  let proper = false;
  return words
    .map((word, index) => {
      if (/^(UBND|HĐND|VH-XH|VHXH)$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (!proper && lowerWords.has(word)) {
        if (/^(XÃ|PHƯỜNG|KHU|TRẤN|PHỐ|TỈNH|HUYỆN|QUẬN)$/.test(word)) proper = true;
        return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
      }
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

export function describeAt(at: SourceLocation | undefined, lang: Language): string | undefined {
  if (!at) return undefined;
  if (at.line !== undefined) return t(lang, 'import.at.line', { line: at.line });
  const parts: string[] = [];
  if (at.paragraph !== undefined) parts.push(t(lang, 'import.at.paragraph', { paragraph: at.paragraph }));
  if (at.row !== undefined) parts.push(t(lang, 'import.at.row', { row: at.row }));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function shorten(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
