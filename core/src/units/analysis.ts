// Who the plan names, and where: every unit in the lead, partner and tổ chức thực hiện cells (split with the
// registry, longest known names first, because commas also occur inside names), and every mention of a
// known unit in the running text. Computed once per parsed plan.
import { fieldCache, fieldSlot, type PlanModel, type TaskModel, type TextField, type UnitBlockModel, type UnitMention } from '../model/plan-model';
import type { ParsedPlan } from '../parse/parse-plan';
import { startsUpper, surfaceOf, unitKey, unitTokens, type UnitToken } from './normalize';
import { defaultUnitRegistry, type UnitEntry, type UnitRegistry } from './unit-registry';
import { changedRun } from '../util/changed-run';
import { StringMemo } from '../util/memo';

export type UnitRefSource = 'lead' | 'partner' | 'block' | 'text';

export interface UnitRef {
  source: UnitRefSource;
  field: TextField;
  /** Indices in `field.value`: [start, end). */
  start: number;
  end: number;
  surface: string;
  /** The registry unit, when the name is known (and not ambiguous). */
  entry?: UnitEntry;
  /** `unit:<id>` for registry units, `name:<key>` for names the registry does not know. */
  identity: string;
  /** A district-level body (huyện, quận, thị xã, thị trấn) named in a unit cell. */
  district: boolean;
  task?: TaskModel;
  block?: UnitBlockModel;
}

export interface UnitCell {
  role: 'lead' | 'partner' | 'block';
  field: TextField;
  task?: TaskModel;
  block?: UnitBlockModel;
  /** Units named in the cell, in order. */
  refs: UnitRef[];
  /** Parts of the cell that name no known unit (split at ";"). */
  unknown: { start: number; end: number; text: string }[];
  /** The whole cell is a vague group ("Các cơ quan, đơn vị"), not a unit. */
  vague: boolean;
}

export interface CommuneInfo {
  level: 'xã' | 'phường' | 'đặc khu';
  name?: string;
}

export interface PlanUnits {
  registry: UnitRegistry;
  commune?: CommuneInfo;
  cells: UnitCell[];
  /** Mentions of units in running text (not in unit cells, not in căn cứ). */
  texts: UnitRef[];
  /** Every ref: cells first, then texts. */
  refs: UnitRef[];
  /** The scalar nodes of the unit cells (their text is not running text). */
  cellNodes: ReadonlySet<unknown>;
}

const L = String.raw`\p{L}\p{M}`;
const VAGUE_WORD = '(?:cơ quan|đơn vị|phòng|ban|ngành|bộ phận|địa phương|tổ chức|cá nhân|đoàn thể)';
const VAGUE_TAIL = '(?:cơ quan|đơn vị|phòng|ban|ngành|bộ phận|địa phương|đoàn thể|chuyên môn|liên quan|có liên quan|trực thuộc|thuộc|ubnd|ủy ban nhân dân|uỷ ban nhân dân|xã|tổ chức|cá nhân|kế hoạch|khác)';
const VAGUE = new RegExp(String.raw`^(?:tất cả\s+)?(?:các\s+|những\s+)?${VAGUE_WORD}(?:(?:\s*,\s*|\s+và\s+|\s+)(?:các\s+)?${VAGUE_TAIL})*$`, 'u');

/** "Các cơ quan, đơn vị (liên quan)", "Các phòng chuyên môn UBND xã": a group, not one accountable unit. */
export function isVagueUnitText(text: string): boolean {
  return VAGUE.test(surfaceOf(text).toLowerCase());
}

const DISTRICT = new RegExp(String.raw`(?<![${L}])(?:huyện|quận|thị xã|thị trấn)(?![${L}])`, 'iu');
/** Words that make a following name another level's body ("Văn phòng HĐND và UBND huyện"). */
const OTHER_LEVEL_AFTER = new RegExp(String.raw`^\s*(?:huyện|quận|thị xã|thị trấn|tỉnh|thành phố|phường|đặc khu|trung ương)(?![${L}])`, 'iu');
const SEPARATOR = /[,;(/+]|(?:^|\s)(?:và|với)(?:\s|$)/iu;

const cache = new WeakMap<ParsedPlan, PlanUnits>();

export function planUnits(plan: ParsedPlan, registry: UnitRegistry = defaultUnitRegistry()): PlanUnits {
  const useCache = registry === defaultUnitRegistry();
  const cached = useCache ? cache.get(plan) : undefined;
  if (cached) return cached;
  const result = (useCache ? spliceUnits(plan, registry) : undefined) ?? analyse(plan, registry);
  if (useCache) cache.set(plan, result);
  return result;
}

export function communeOf(plan: ParsedPlan): CommuneInfo | undefined {
  const field = plan.model.texts.find((text) => text.path.length === 1 && text.path[0] === 'co_quan');
  const m = field && new RegExp(String.raw`(?<![${L}])(xã|phường|đặc khu)\s+([^,;()]+?)\s*$`, 'iu').exec(field.value.normalize('NFC'));
  if (!m) return undefined;
  const level = m[1].toLowerCase() as CommuneInfo['level'];
  return { level, name: m[2].trim() || undefined };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Candidate {
  start: number;
  end: number;
  entries: UnitEntry[];
}

// What a cell or a text says depends only on its string, the unit registry and the commune's name: those
// shapes are kept across checks (util/memo), and each check only attaches them to its own fields.
interface CellShape {
  vague: boolean;
  found: Candidate[];
  runs: { start: number; end: number; text: string; vague: boolean; district: boolean }[];
}

interface TextShape {
  tokens: readonly UnitToken[];
  /** Tokens that may start a unit name (capitalised, not inside quotes). */
  eligible: boolean[];
  /** The registry name taken at each eligible token, if any. */
  registered: (Candidate | undefined)[];
  /** Eligible tokens no registry name starts at: only there can a name the registry does not know start. */
  freeWords: string[];
  /** A registry name here is shared by several units (which one is decided with the whole plan). */
  ambiguous: boolean;
}

/** The refs made of a field last time, and what they depended on besides its text (see textRefs, cellOf). */
interface Made<T> {
  made?: T;
  local?: string;
  role?: string;
  task?: TaskModel;
  block?: UnitBlockModel;
}

interface ShapeMemos {
  cells: StringMemo<CellShape>;
  texts: StringMemo<TextShape>;
}

const shapeMemos = new WeakMap<UnitRegistry, Map<string, ShapeMemos>>();
const CELL_SHAPE = fieldSlot('units/cell');
const CELL_MADE = fieldSlot('units/cell-made');
const TEXT_MADE = fieldSlot('units/text');
const newMade = (): Made<unknown> => ({});
const newTextMade = (field: TextField): Made<UnitRef[]> & { skip: boolean; shape?: TextShape } => ({ skip: skipTextField(field) });
const cellShapeOf = (field: TextField, { memo, registry, extend }: { memo: StringMemo<CellShape>; registry: UnitRegistry; extend: Extend }) =>
  memo.get(field.value, (own) => cellShape(registry, own, extend));

function memosFor(registry: UnitRegistry, communeName: string): ShapeMemos {
  let byCommune = shapeMemos.get(registry);
  if (!byCommune) shapeMemos.set(registry, (byCommune = new Map()));
  let memos = byCommune.get(communeName);
  if (!memos) {
    if (byCommune.size > 16) byCommune.clear();
    byCommune.set(communeName, (memos = { cells: new StringMemo(), texts: new StringMemo() }));
  }
  return memos;
}

/**
 * What one analysis of a plan works with (its commune, how names extend, the refs made so far that name a unit
 * shared by several), shared by the full analysis and the splice.
 */
interface Analyser {
  registry: UnitRegistry;
  commune?: CommuneInfo;
  extend: Extend;
  memos: ShapeMemos;
  pending: { ref: UnitRef; candidates: UnitEntry[] }[];
  makeRef: MakeRef;
}

function analyser(registry: UnitRegistry, commune: CommuneInfo | undefined): Analyser {
  const communeTail = new RegExp(
    String.raw`^\s+(?:của\s+)?xã(?![${L}])(?!\s+hội)` + (commune?.name ? String.raw`(?:\s+${escapeRegExp(commune.name).replace(/\s+/g, '\\s+')}(?![${L}]))?` : ''),
    'iu',
  );
  /** End index after a trailing "xã" / "của xã" / "xã <Commune>" that belongs to the name. */
  const extend = (value: string, end: number) => {
    const m = communeTail.exec(value.slice(end));
    return m ? end + m[0].length : end;
  };
  const pending: Analyser['pending'] = [];
  const makeRef: MakeRef = (source, field, start, end, entries, owner) => {
    const surface = field.value.slice(start, end);
    const ref: UnitRef = {
      source,
      field,
      start,
      end,
      surface,
      entry: entries.length === 1 ? entries[0] : undefined,
      identity: entries.length === 1 ? `unit:${entries[0].id}` : `name:${unitKey(surface)}`,
      district: false,
      ...owner,
    };
    if (entries.length > 1) pending.push({ ref, candidates: entries });
    return ref;
  };
  return { registry, commune, extend, memos: memosFor(registry, commune?.name ?? ''), pending, makeRef };
}

/** The cell of a unit field: the one of last time unless its role or owner changed (or a name in it is shared by several units). */
function cellOf(a: Analyser, role: UnitCell['role'], field: TextField, owner: { task?: TaskModel; block?: UnitBlockModel }): UnitCell {
  const made = fieldCache(field, CELL_MADE, a.memos.cells, newMade) as Made<UnitCell>;
  if (made.made && made.role === role && made.task === owner.task && made.block === owner.block) return made.made;
  const pendingBefore = a.pending.length;
  const cell = splitCell(a.registry, role, field, owner, a.extend, a.makeRef, a.memos.cells);
  const ambiguous = a.pending.length > pendingBefore;
  Object.assign(made, ambiguous ? { made: undefined } : { made: cell, role, task: owner.task, block: owner.block });
  return cell;
}

function ownerOfMention(plan: ParsedPlan, mention: UnitMention, owners: ReturnType<typeof ownerIndex>): { task?: TaskModel; block?: UnitBlockModel } {
  if (mention.role === 'block') return { block: plan.model.unitBlocks.find((candidate) => candidate.name === mention.field) };
  return { task: owners.task(mention.field.path) };
}

/** Names the registry does not know, as written in single-unit cells (their keys; each is found in the text too). */
function* localNamesOf(cell: UnitCell): Iterable<string> {
  for (const ref of cell.refs) if (!ref.entry && !ref.district && ref.identity.startsWith('name:')) yield unitKey(ref.surface);
}

/** What finding local names in the text needs, made once per set of local names. */
interface LocalNames {
  /** Key → identity (`name:<key>`). */
  names: Map<string, string>;
  /** Only tokens that start some local name can start a match of one. */
  firstWords: Set<string>;
  /** The whole set as one string: refs made with another set are made again where a local name could start. */
  key: string;
}

function localNamesFrom(keys: Iterable<string>): LocalNames {
  const names = new Map<string, string>();
  for (const key of keys) names.set(key, `name:${key}`);
  return {
    names,
    firstWords: new Set([...names.keys()].map((key) => key.split(' ')[0])),
    key: [...names].map(([key, identity]) => `${key}\u0001${identity}`).sort().join('\u0000'),
  };
}

/** The refs of a running-text field (none for unit cells and skipped fields). */
/** Which nodes are unit cells (a set, or the splice's view of two). */
interface CellNodes {
  has(node: unknown): boolean;
}

function textRefsOf(a: Analyser, field: TextField, cellNodes: CellNodes, local: LocalNames, owners: ReturnType<typeof ownerIndex>): readonly UnitRef[] {
  // What is kept with each field: whether it is skipped (by its path), its shape, and its refs of last time.
  const made = fieldCache(field, TEXT_MADE, a.memos.texts, newTextMade);
  if (made.skip || cellNodes.has(field.node)) return NO_REFS;
  const shape = (made.shape ??= a.memos.texts.get(field.value, (value) => textShape(a.registry, value, a.extend)));
  const owner = owners.of(field.path);
  // The refs of a text are those of last time unless its owner or, where a local name could start, the local names changed.
  const localKey = local.firstWords.size > 0 && shape.freeWords.some((word) => local.firstWords.has(word)) ? local.key : '';
  if (made.made && made.local === localKey && made.task === owner.task && made.block === owner.block) return made.made;
  const refs = scanText(shape, field, a.extend, a.makeRef, local.names, local.firstWords, owner);
  Object.assign(made, shape.ambiguous ? { made: undefined } : { made: refs, local: localKey, task: owner.task, block: owner.block });
  return refs;
}

const NO_REFS: readonly UnitRef[] = [];

/** What splicing the next analysis of the same document needs (see spliceUnits). */
interface Lineage {
  /** The model the analysis was made for. */
  model: PlanModel;
  units: PlanUnits;
  local: LocalNames;
  /** How many cells name each local name. */
  localCounts: Map<string, number>;
  /** Running-text fields by free word (see freeWordIndex). */
  byFreeWord?: Map<string, Set<TextField>>;
}

/** The last analysis of each document (a spliced plan keeps its document: parse/incremental.ts). */
const lineages = new WeakMap<object, Lineage>();

function analyse(plan: ParsedPlan, registry: UnitRegistry): PlanUnits {
  const a = analyser(registry, communeOf(plan));
  const owners = ownerIndex(plan);
  const cells = plan.model.unitMentions.map((mention) => cellOf(a, mention.role, mention.field, ownerOfMention(plan, mention, owners)));

  const localCounts = new Map<string, number>();
  for (const cell of cells) for (const key of localNamesOf(cell)) localCounts.set(key, (localCounts.get(key) ?? 0) + 1);
  const local = localNamesFrom(localCounts.keys());
  const cellNodes = new Set(cells.map((cell) => cell.field.node));
  const texts: UnitRef[] = [];
  for (const field of plan.model.texts) for (const ref of textRefsOf(a, field, cellNodes, local, owners)) texts.push(ref);

  // An abbreviation shared by two units ("TT&TT") means the one the plan names elsewhere.
  const { pending } = a;
  const named = new Set<string>();
  if (pending.length > 0) {
    for (const cell of cells) for (const ref of cell.refs) if (ref.entry) named.add(ref.entry.id);
    for (const ref of texts) if (ref.entry) named.add(ref.entry.id);
  }
  for (const { ref, candidates } of pending) {
    const known = candidates.filter((entry) => named.has(entry.id));
    if (known.length === 1) {
      ref.entry = known[0];
      ref.identity = `unit:${known[0].id}`;
    }
  }

  const units: PlanUnits = { registry, commune: a.commune, cells, texts, refs: [...cells.flatMap((cell) => cell.refs), ...texts], cellNodes };
  // A plan with a name shared by several units is analysed in full each time: who it means depends on the whole plan.
  if (pending.length === 0) lineages.set(plan.doc, { model: plan.model, units, local, localCounts });
  else lineages.delete(plan.doc);
  return units;
}

const sameMention = (a: UnitMention, b: UnitMention) => a === b || (a.field === b.field && a.role === b.role);
const sameField = (a: TextField, b: TextField) => a === b;

/**
 * The analysis of a plan spliced from the last one of the same document (parse/incremental.ts): the cells and
 * text refs of unchanged fields are kept, those of the changed fields made again — and, when the set of local unit
 * names changed, those of the texts where a changed name could start. Undefined (the plan is then analysed in full)
 * for another commune or a name shared by several units. Equal to a full analysis (test/core/incremental.test.ts).
 */
function spliceUnits(plan: ParsedPlan, registry: UnitRegistry): PlanUnits | undefined {
  const last = lineages.get(plan.doc);
  if (!last || last.model === plan.model || last.units.registry !== registry) return undefined;
  const commune = communeOf(plan);
  if (commune?.level !== last.units.commune?.level || commune?.name !== last.units.commune?.name) return undefined;
  const a = analyser(registry, commune);
  const owners = ownerIndex(plan);

  // Cells: those of the changed mentions are made again.
  const mentions = changedRun(last.model.unitMentions, plan.model.unitMentions, sameMention);
  const oldCells = last.units.cells;
  let cells = oldCells;
  let goneCells: UnitCell[] = [];
  let freshCells: UnitCell[] = [];
  let local = last.local;
  let localCounts = last.localCounts;
  let changedFirstWords: Set<string> | undefined;
  if (mentions) {
    freshCells = plan.model.unitMentions.slice(mentions.start, mentions.newEnd).map((mention) => cellOf(a, mention.role, mention.field, ownerOfMention(plan, mention, owners)));
    goneCells = oldCells.slice(mentions.start, mentions.oldEnd);
    cells = [...oldCells.slice(0, mentions.start), ...freshCells, ...oldCells.slice(mentions.oldEnd)];
    localCounts = new Map(localCounts);
    for (const cell of goneCells) for (const key of localNamesOf(cell)) localCounts.set(key, (localCounts.get(key) ?? 0) - 1);
    for (const cell of freshCells) for (const key of localNamesOf(cell)) localCounts.set(key, (localCounts.get(key) ?? 0) + 1);
    const changed: string[] = [];
    for (const [key, count] of localCounts) {
      if (count > 0 !== local.names.has(key)) changed.push(key);
      if (count <= 0) localCounts.delete(key);
    }
    if (changed.length > 0) {
      local = localNamesFrom(localCounts.keys());
      changedFirstWords = new Set(changed.map((key) => key.split(' ')[0]));
    }
  }
  // A field that is new can only be a cell of a changed mention.
  const freshCellNodes = new Set<unknown>(freshCells.map((cell) => cell.field.node));
  const isCell: CellNodes = { has: (node) => freshCellNodes.has(node) || last.units.cellNodes.has(node) };

  // Texts whose refs are made again: the changed ones, and where a changed local name could start.
  const run = changedRun(last.model.texts, plan.model.texts, sameField);
  const gone = new Set<TextField>(run ? last.model.texts.slice(run.start, run.oldEnd) : []);
  const remade: TextField[] = run ? plan.model.texts.slice(run.start, run.newEnd) : [];
  const freeWords = (field: TextField) => freeWordsOf(field, a.memos);
  const index = changedFirstWords ? freeWordIndex(last, freeWords) : last.byFreeWord;
  if (changedFirstWords && index) {
    const again = new Set<TextField>();
    for (const word of changedFirstWords) for (const field of index.get(word) ?? []) if (!gone.has(field)) again.add(field);
    remade.push(...again);
    remade.sort((x, y) => (x.node.range?.[0] ?? 0) - (y.node.range?.[0] ?? 0));
    for (const field of again) gone.add(field);
  }
  const fresh: UnitRef[] = [];
  for (const field of remade) for (const ref of textRefsOf(a, field, isCell, local, owners)) fresh.push(ref);
  if (a.pending.length > 0) return undefined;

  // Both lists are in document order (the kept fields' nodes were shifted in place): merged by position.
  const at = (ref: UnitRef) => ref.field.node.range?.[0] ?? 0;
  const texts: UnitRef[] = [];
  let next = 0;
  for (const ref of last.units.texts) {
    if (gone.has(ref.field)) continue;
    while (next < fresh.length && at(fresh[next]) < at(ref)) texts.push(fresh[next++]);
    texts.push(ref);
  }
  while (next < fresh.length) texts.push(fresh[next++]);

  // The last analysis is consumed: its node set and word index are brought up to date in place.
  const cellNodes = last.units.cellNodes as Set<unknown>;
  for (const cell of goneCells) cellNodes.delete(cell.field.node);
  for (const node of freshCellNodes) cellNodes.add(node);
  if (index && run) {
    for (const field of last.model.texts.slice(run.start, run.oldEnd)) for (const word of freeWords(field)) index.get(word)?.delete(field);
    for (const field of plan.model.texts.slice(run.start, run.newEnd)) indexField(index, field, cellNodes, freeWords);
  }
  const units: PlanUnits = { registry, commune, cells, texts, refs: [...cells.flatMap((cell) => cell.refs), ...texts], cellNodes };
  lineages.set(plan.doc, { model: plan.model, units, local, localCounts, byFreeWord: index });
  return units;
}

/** The free words of a text field's shape (none for skipped fields and cells, whose shape is never made). */
function freeWordsOf(field: TextField, memos: ShapeMemos): readonly string[] {
  return fieldCache(field, TEXT_MADE, memos.texts, newTextMade).shape?.freeWords ?? [];
}

function indexField(index: Map<string, Set<TextField>>, field: TextField, cellNodes: CellNodes, freeWords: (field: TextField) => readonly string[]): void {
  if (cellNodes.has(field.node)) return;
  for (const word of freeWords(field)) {
    let fields = index.get(word);
    if (!fields) index.set(word, (fields = new Set()));
    fields.add(field);
  }
}

/** Running-text fields by the free words where a local name could start: made when local names first change. */
function freeWordIndex(last: Lineage, freeWords: (field: TextField) => readonly string[]): Map<string, Set<TextField>> {
  if (last.byFreeWord) return last.byFreeWord;
  const index = new Map<string, Set<TextField>>();
  for (const field of last.model.texts) indexField(index, field, last.units.cellNodes, freeWords);
  return (last.byFreeWord = index);
}

/** Fields whose words are not unit mentions of this plan: numbering, dates, căn cứ (other bodies' documents), notes. */
function skipTextField(field: TextField): boolean {
  const [first, second] = field.path;
  if (first === 'can_cu' || first === 'thuc_hien') return true;
  if (first === 'quyet_dinh' && (second === 'can_cu' || second === 'thuc_hien')) return true;
  return ['loai', 'so', 'ngay', 'ky', 'kieu_muc', 'ghi_chu', 'phu_luc'].includes(String(first)) || field.path.includes('ghi_chu');
}

type Extend = (value: string, end: number) => number;
type MakeRef = (
  source: UnitRefSource,
  field: TextField,
  start: number,
  end: number,
  entries: UnitEntry[],
  owner: { task?: TaskModel; block?: UnitBlockModel },
) => UnitRef;

function splitCell(
  registry: UnitRegistry,
  role: UnitCell['role'],
  field: TextField,
  owner: { task?: TaskModel; block?: UnitBlockModel },
  extend: Extend,
  makeRef: MakeRef,
  memo: StringMemo<CellShape>,
): UnitCell {
  const value = field.value;
  const shape = fieldCache(field, CELL_SHAPE, memo, cellShapeOf, { memo, registry, extend });
  const cell: UnitCell = { role, field, ...owner, refs: [], unknown: [], vague: shape.vague };
  for (const hit of shape.found) cell.refs.push(makeRef(role, field, hit.start, hit.end, hit.entries, owner));
  for (const part of shape.runs) {
    cell.unknown.push({ start: part.start, end: part.end, text: part.text });
    if (shape.vague || part.vague) continue;
    const ref = makeRef(role, field, part.start, part.end, [], owner);
    ref.district = part.district;
    cell.refs.push(ref);
  }
  cell.refs.sort((a, b) => a.start - b.start);
  return cell;
}

function cellShape(registry: UnitRegistry, value: string, extend: Extend): CellShape {
  const shape: CellShape = { vague: isVagueUnitText(value), found: [], runs: [] };
  if (!value.trim()) return shape;
  const tokens = unitTokens(value);
  const gap = (a: number, b: number) => value.slice(a, b);
  const boundaryBefore = (i: number) => i === 0 || SEPARATOR.test(gap(tokens[i - 1].end, tokens[i].start));
  const boundaryAt = (end: number) => {
    const rest = value.slice(end);
    return /^[\s.]*$/.test(rest) || /^\s*(?:[,;)/+]|(?:và|với)(?:\s|$))/iu.test(rest);
  };

  const found = shape.found;
  for (let i = 0; i < tokens.length; ) {
    let taken: Candidate | undefined;
    if (boundaryBefore(i)) {
      for (const match of registry.matches(tokens, i, 'cell')) {
        const end = extend(value, tokens[match.end - 1].end);
        if (!boundaryAt(end)) continue;
        taken = { start: tokens[i].start, end, entries: match.entries };
        break;
      }
    }
    if (taken) {
      found.push(taken);
      while (i < tokens.length && tokens[i].start < taken.end) i++;
    } else {
      i++;
    }
  }

  // What no known name covers, split at ";" and trimmed of separators: names the registry does not know.
  let cursor = 0;
  for (const gapEnd of [...found.map((hit) => hit.start), value.length]) {
    let partStart = cursor;
    for (const part of value.slice(cursor, gapEnd).split(';')) {
      const lead = /^(?:[\s,.()/+\-–—]|(?:và|với)(?=\s))*/iu.exec(part)![0].length;
      const trail = /(?:[\s,.()/+\-–—]|(?<=\s)(?:và|với))*$/iu.exec(part.slice(lead))![0].length;
      const text = part.slice(lead, part.length - trail);
      if (/[\p{L}\p{N}]/u.test(text)) {
        shape.runs.push({ start: partStart + lead, end: partStart + lead + text.length, text, vague: isVagueUnitText(text), district: DISTRICT.test(text) });
      }
      partStart += part.length + 1;
    }
    cursor = found.find((hit) => hit.start === gapEnd)?.end ?? gapEnd;
  }
  return shape;
}

/** Spans of quoted text (titles of documents, slogans): their words are not this plan's units. */
function quotedSpans(value: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of value.matchAll(/“[^”]*”|"[^"]*"/g)) spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  return spans;
}

function scanText(
  shape: TextShape,
  field: TextField,
  extend: Extend,
  makeRef: MakeRef,
  localNames: Map<string, string>,
  localFirstWords: Set<string>,
  owner: { task?: TaskModel; block?: UnitBlockModel },
): UnitRef[] {
  const value = field.value;
  const { tokens, eligible, registered } = shape;
  const refs: UnitRef[] = [];
  for (let i = 0; i < tokens.length; ) {
    let taken: UnitRef | undefined;
    if (eligible[i]) {
      const hit = registered[i];
      if (hit) taken = makeRef('text', field, hit.start, hit.end, hit.entries, owner);
      else if (localNames.size && localFirstWords.has(tokens[i].norm)) taken = matchLocal(tokens, i, value, localNames, field, extend, owner);
    }
    if (taken) {
      refs.push(taken);
      while (i < tokens.length && tokens[i].start < taken.end) i++;
    } else {
      i++;
    }
  }
  return refs;
}

function textShape(registry: UnitRegistry, value: string, extend: Extend): TextShape {
  const tokens = unitTokens(value);
  const quoted = quotedSpans(value);
  const eligible: boolean[] = [];
  const registered: (Candidate | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    eligible.push(startsUpper(value, token.start) && !quoted.some((span) => token.start > span.start && token.start < span.end));
    let hit: Candidate | undefined;
    if (eligible[i]) {
      for (const match of registry.matches(tokens, i, 'text')) {
        const nameEnd = tokens[match.end - 1].end;
        if (OTHER_LEVEL_AFTER.test(value.slice(nameEnd))) continue;
        const end = extend(value, nameEnd);
        if (match.entries.every((entry) => entry.needsCommuneWord) && end === nameEnd) continue;
        hit = { start: token.start, end, entries: match.entries };
        break;
      }
    }
    registered.push(hit);
  }
  const freeWords = tokens.filter((token, i) => eligible[i] && !registered[i]).map((token) => token.norm);
  return { tokens, eligible, registered, freeWords, ambiguous: registered.some((hit) => hit !== undefined && hit.entries.length > 1) };
}

function matchLocal(
  tokens: readonly UnitToken[],
  from: number,
  value: string,
  localNames: Map<string, string>,
  field: TextField,
  extend: Extend,
  owner: { task?: TaskModel; block?: UnitBlockModel },
): UnitRef | undefined {
  let best: UnitRef | undefined;
  let key = '';
  for (let i = from; i < tokens.length && i - from < 20; i++) {
    key = key ? `${key} ${tokens[i].norm}` : tokens[i].norm;
    const identity = localNames.get(key);
    if (!identity) continue;
    const end = extend(value, tokens[i].end);
    best = { source: 'text', field, start: tokens[from].start, end, surface: value.slice(tokens[from].start, end), identity, district: false, ...owner };
  }
  return best;
}

/** The task or block a path lies in, found by index instead of by search. */
const NO_OWNER: { task?: TaskModel; block?: UnitBlockModel } = {};

function ownerIndex(plan: ParsedPlan) {
  const tasks = new Map(plan.model.tasks.map((task) => [task.path[1], task]));
  const blocks = new Map(plan.model.unitBlocks.map((block) => [block.path[1], block]));
  // One owner object per row (shared by its fields' refs, never changed), not one per field.
  const taskOwners = new Map<unknown, { task?: TaskModel }>();
  const blockOwners = new Map<unknown, { block?: UnitBlockModel }>();
  return {
    task: (path: readonly (string | number)[]) => (path[0] === 'nhiem_vu' ? tasks.get(path[1]) : undefined),
    of(path: readonly (string | number)[]): { task?: TaskModel; block?: UnitBlockModel } {
      if (path[0] === 'nhiem_vu') {
        let owner = taskOwners.get(path[1]);
        if (!owner) taskOwners.set(path[1], (owner = { task: tasks.get(path[1]) }));
        return owner;
      }
      if (path[0] === 'to_chuc_thuc_hien') {
        let owner = blockOwners.get(path[1]);
        if (!owner) blockOwners.set(path[1], (owner = { block: blocks.get(path[1]) }));
        return owner;
      }
      return NO_OWNER;
    },
  };
}

/** Document offsets of a ref. */
export function refRange(ref: UnitRef): { start: number; end: number } {
  return { start: ref.field.offsetOf(ref.start), end: ref.field.offsetOf(ref.end - 1) + 1 };
}

/** The unit a ref names, following an outdated name to its replacement. */
export function currentIdentity(units: PlanUnits, ref: UnitRef): string {
  if (!ref.entry) return ref.identity;
  const current = units.registry.current(ref.entry);
  return current ? `unit:${current.id}` : ref.identity;
}

/** Identities a block stands for: its units, and the members of a compound block. */
export function blockIdentities(units: PlanUnits, cell: UnitCell): Set<string> {
  const identities = new Set<string>();
  for (const ref of cell.refs) {
    identities.add(currentIdentity(units, ref));
    for (const member of ref.entry?.members ?? []) identities.add(`unit:${member}`);
  }
  return identities;
}
