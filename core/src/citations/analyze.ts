// Every citation of a plan, with document offsets and what the registry knows of it. Computed once per plan and
// registry and shared by the ref/* rules, hover, definition and references.

import { fieldCache, fieldSlot, type TextField } from '../model/plan-model';
import type { ParsedPlan } from '../parse/parse-plan';
import { placesOfPlan, type Registry, type RegistryEntry, type RegistryMatch, type Resolution, type ResolveContext } from '../registry/registry';
import type { OffsetRange } from '../types';
import { parseIsoDate, type DateValue } from './dates';
import { analyzeIssuer, COMMUNE_LEVELS, foldName, PROVINCE_LEVELS } from './issuer';
import { parseCitations, type Citation, type CitationPart } from './parse-citation';
import { isNationalIssuerCode, normalizeSymbol } from './symbol';
import { changedRun } from '../util/changed-run';
import { memoizeString, StringMemo } from '../util/memo';

/** Citations of a text: a pure function of the string, kept across checks (see util/memo). */
const citationsOfText = memoizeString(parseCitations);
const CITATIONS = fieldSlot('citations');
const citationsOfField = (field: TextField) => citationsOfText(field.value);
const ALIAS_HITS = fieldSlot('citations/aliases');

export interface PlanCitation {
  field: TextField;
  citation: Citation;
  /** Order in the plan (document order). */
  index: number;
  /** In can_cu / thuc_hien (of the plan or of its issuing decision). */
  inLegalBasis: boolean;
  /** Document range of the citation's own parts. */
  range: OffsetRange;
}

/** Fields that are the plan's own header, not text that cites. */
const NOT_CITING = new Set(['loai', 'so', 'ngay', 'dia_danh', 'co_quan', 'co_quan_chu_quan', 'kieu_muc', 'ky', 'ghi_chu', 'nguoi_ky']);
const NOT_CITING_IN_DECISION = new Set(['so', 'ngay', 'tham_quyen', 'nguoi_ky']);

export function isCitingField(field: TextField): boolean {
  const [first, second] = field.path;
  if (typeof first !== 'string' || NOT_CITING.has(first)) return false;
  if (first === 'quyet_dinh' && typeof second === 'string' && NOT_CITING_IN_DECISION.has(second)) return false;
  if (first === 'phu_luc' && (second === 'cot' || second === 'tieu_de_cot' || second === 'ten_goi')) return false;
  return true;
}

function isLegalBasis(field: TextField): boolean {
  const path = field.path.filter((segment) => typeof segment === 'string');
  const last = path[path.length - 1];
  return (last === 'can_cu' || last === 'thuc_hien') && (path.length === 1 || (path.length === 2 && path[0] === 'quyet_dinh'));
}

/**
 * Document range of a part of a citation. The end is just after the part's last character: in a folded or
 * multi-line scalar, the index after the part may map past a line break.
 */
export function partRange(field: TextField, part: CitationPart | { start: number; end: number }): OffsetRange {
  const start = field.offsetOf(part.start);
  return { start, end: part.end > part.start ? Math.max(start, field.offsetOf(part.end - 1) + 1) : start };
}

/**
 * A citation or a short-name mention in a field. Its document range is read from the field's node when asked (and
 * kept while the node stays where it is): a spliced plan shifts the nodes of unchanged fields in place, and the
 * mentions of those fields, kept from the last check, then still say where they are.
 */
abstract class Mention {
  private rangeAt = -1;
  private cachedRange: OffsetRange = { start: 0, end: 0 };

  constructor(
    public field: TextField,
    readonly inLegalBasis: boolean,
  ) {}

  /** The same text, parsed again into a new field (Lineage). */
  moveTo(field: TextField): void {
    this.field = field;
    this.rangeAt = -1;
  }

  protected abstract part(): { start: number; end: number };

  get range(): OffsetRange {
    const at = this.field.node.range?.[0] ?? 0;
    if (at !== this.rangeAt) {
      this.cachedRange = partRange(this.field, this.part());
      this.rangeAt = at;
    }
    return this.cachedRange;
  }
}

class CitationMention extends Mention implements ResolvedCitation {
  constructor(
    field: TextField,
    readonly citation: Citation,
    readonly index: number,
    inLegalBasis: boolean,
    readonly resolution: Resolution,
    readonly key: string,
    readonly crossKey: string,
  ) {
    super(field, inLegalBasis);
  }

  protected part(): { start: number; end: number } {
    return this.citation;
  }
}

class AliasHit extends Mention implements AliasMention {
  readonly kind = 'alias';

  constructor(
    field: TextField,
    inLegalBasis: boolean,
    readonly alias: string,
    readonly start: number,
    readonly end: number,
    readonly match: RegistryMatch,
    readonly key: string,
  ) {
    super(field, inLegalBasis);
  }

  protected part(): { start: number; end: number } {
    return this;
  }
}

/** A citation before it is resolved (its range, like a mention's, follows its field's node). */
class FoundCitation extends Mention implements PlanCitation {
  constructor(
    field: TextField,
    readonly citation: Citation,
    readonly index: number,
    inLegalBasis: boolean,
  ) {
    super(field, inLegalBasis);
  }

  protected part(): { start: number; end: number } {
    return this.citation;
  }
}

const citationCache = new WeakMap<ParsedPlan, PlanCitation[]>();

/** Every citation in the plan's text, in document order. */
export function citationsOfPlan(plan: ParsedPlan): PlanCitation[] {
  let cached = citationCache.get(plan) ?? lineages.get(plan.doc)?.spliced(plan)?.citations;
  if (!cached) {
    cached = [];
    for (const field of plan.model.texts) {
      if (!isCitingField(field)) continue;
      for (const citation of fieldCache(field, CITATIONS, '', citationsOfField)) {
        cached.push(new FoundCitation(field, citation, cached.length, isLegalBasis(field)));
      }
    }
  }
  citationCache.set(plan, cached);
  return cached;
}

export interface ResolvedCitation extends PlanCitation {
  resolution: Resolution;
  /** Identity of the cited document within the plan. */
  key: string;
  /** Identity across the plans of a workspace (a local symbol with its place). */
  crossKey: string;
}

export interface AliasMention {
  kind: 'alias';
  field: TextField;
  alias: string;
  /** Index range in the field's value. */
  start: number;
  end: number;
  range: OffsetRange;
  match: RegistryMatch;
  key: string;
  inLegalBasis: boolean;
}

export interface CitationAnalysis {
  places: ResolveContext;
  /** The plan's own issuer (`co_quan`). */
  planIssuer?: string;
  /** The plan's own date (`ngay`), as far as it is given. */
  planDate?: DateValue;
  citations: ResolvedCitation[];
  aliasMentions: AliasMention[];
  /** The first mention of each document, by key (document order). */
  first: Map<string, ResolvedCitation | AliasMention>;
}

const analysisCache = new WeakMap<ParsedPlan, WeakMap<Registry, CitationAnalysis>>();

export function analyzeCitations(plan: ParsedPlan, registry: Registry): CitationAnalysis {
  let byRegistry = analysisCache.get(plan);
  if (!byRegistry) analysisCache.set(plan, (byRegistry = new WeakMap()));
  let analysis = byRegistry.get(registry);
  if (!analysis) {
    const lineage = lineages.get(plan.doc);
    const spliced = lineage?.registry === registry ? lineage.spliced(plan)?.analysis : undefined;
    analysis = spliced ?? analyze(plan, registry);
    byRegistry.set(registry, analysis);
    lineages.set(plan.doc, new Lineage(plan.model, citationsOfPlan(plan), registry, analysis));
  }
  return analysis;
}

/** Header fields the analysis reads beyond the citations: the plan's own date, issuer and place. */
const ANALYSIS_HEADER = new Set(['ngay', 'co_quan', 'co_quan_chu_quan', 'dia_danh']);

/**
 * The last analysis of a document (a spliced plan keeps its document: parse/incremental.ts). When the changed fields
 * cite nothing, or cite exactly what they cited before (a row parsed again around an edit elsewhere in it) — most
 * keystrokes — the next plan's citations and analysis are those of last time: the mentions of a field parsed again
 * are moved onto its new field, and every mention's range follows its field's node.
 */
class Lineage {
  constructor(
    readonly model: ParsedPlan['model'],
    readonly citations: PlanCitation[],
    readonly registry: Registry,
    readonly analysis: CitationAnalysis,
  ) {}

  private verdict?: { model: ParsedPlan['model']; same: boolean };

  spliced(plan: ParsedPlan): { citations: PlanCitation[]; analysis: CitationAnalysis } | undefined {
    if (this.verdict?.model !== plan.model) {
      const moves = this.movesTo(plan);
      if (moves) this.move(moves);
      this.verdict = { model: plan.model, same: moves !== undefined };
    }
    return this.verdict.same ? this : undefined;
  }

  /** The fields whose mentions move to a new field, or undefined when the citations changed. */
  private movesTo(plan: ParsedPlan): Map<TextField, TextField> | undefined {
    const moves = new Map<TextField, TextField>();
    if (plan.model === this.model) return moves;
    const before = this.model.texts;
    const after = plan.model.texts;
    const run = changedRun(before, after, (a, b) => a === b);
    if (!run) return moves;
    if (run.oldEnd !== run.newEnd) return undefined;
    const aliases = this.registry.aliases();
    const aliasSignature = aliases.map(({ alias }) => alias).join('\u0000');
    const cites = (field: TextField) =>
      isCitingField(field) &&
      (fieldCache(field, CITATIONS, '', citationsOfField).length > 0 ||
        (aliases.length > 0 && fieldCache(field, ALIAS_HITS, aliasSignature, aliasHitsOfField, aliases).some((hits) => hits.length > 0)));
    for (let i = run.start; i < run.oldEnd; i++) {
      const old = before[i];
      const field = after[i];
      if (!samePath(old.path, field.path)) return undefined;
      if (old.value === field.value) {
        if (cites(old)) moves.set(old, field);
      } else if ((field.path.length === 1 && ANALYSIS_HEADER.has(String(field.path[0]))) || cites(old) || cites(field)) {
        return undefined;
      }
    }
    return moves;
  }

  private move(moves: Map<TextField, TextField>): void {
    if (moves.size === 0) return;
    const all: Mention[] = [...(this.citations as unknown as Mention[]), ...(this.analysis.citations as unknown as Mention[]), ...(this.analysis.aliasMentions as unknown as Mention[])];
    for (const mention of all) {
      const field = moves.get(mention.field);
      if (field) mention.moveTo(field);
    }
  }
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

const lineages = new WeakMap<object, Lineage>();

const entryKeys = new WeakMap<RegistryEntry, string>();

/** A stable identity for a registry entry, equal across registries built for different plans. */
export function entryKey(match: RegistryMatch): string {
  let key = entryKeys.get(match.entry);
  if (key === undefined) entryKeys.set(match.entry, (key = `doc:${normalizeSymbol(match.entry.symbol)}|${foldName(match.entry.scope ?? match.entry.issuer)}`));
  return key;
}

function analyze(plan: ParsedPlan, registry: Registry): CitationAnalysis {
  const places = placesOfPlan(plan, registry);
  const ngay = plan.model.texts.find((field) => field.path.length === 1 && field.path[0] === 'ngay')?.value;
  const planDate = parseIsoDate(ngay);
  const planIssuer = plan.model.texts.find((field) => field.path.length === 1 && field.path[0] === 'co_quan')?.value;
  const citations: ResolvedCitation[] = [];
  // Place of a local symbol as first stated with an issuer, for later mentions without one.
  const placeOfSymbol = new Map<string, string>();
  const resolved = resolutionsFor(registry, places);
  for (const pc of citationsOfPlan(plan)) {
    const { citation } = pc;
    if (citation.kind === 'number' && citation.symbol) {
      // Plans cite the same documents again and again: each (symbol, issuer) is resolved once per check.
      const resolveKey = `${citation.symbol.parsed.compact}\u0000${citation.issuer?.text ?? ''}`;
      let resolution = resolved.get(resolveKey);
      if (!resolution) resolved.set(resolveKey, (resolution = registry.resolveSymbol(citation.symbol.parsed.compact, citation.issuer?.text, places)));
      const symbolKey = citation.symbol.parsed.key;
      let place = '';
      if (!isNationalIssuerCode(citation.symbol.parsed.issuerCode)) {
        place = citedPlace(citation.issuer?.text, places) ?? placeOfSymbol.get(symbolKey) ?? places.commune?.locality ?? '';
        if (citation.issuer && !placeOfSymbol.has(symbolKey)) placeOfSymbol.set(symbolKey, place);
      }
      const crossKey = resolution.match ? entryKey(resolution.match) : `sym:${symbolKey}@${place}`;
      citations.push(resolvedCitation(pc, resolution, resolution.match ? entryKey(resolution.match) : `sym:${symbolKey}`, crossKey));
    } else if (citation.kind === 'name' && citation.name) {
      const date = citation.date ? { year: citation.date.year, month: citation.date.month, day: citation.date.day } : undefined;
      const resolution = registry.resolveName(citation.name.text, date);
      const key = resolution.match ? entryKey(resolution.match) : `law:${foldName(citation.name.text)}|${citation.date?.year ?? ''}`;
      citations.push(resolvedCitation(pc, resolution, key, key));
    }
  }

  const aliasMentions = findAliasMentions(plan, registry, citations);
  const first = new Map<string, ResolvedCitation | AliasMention>();
  const ordered = [...citations, ...aliasMentions].sort((a, b) => a.range.start - b.range.start);
  for (const mention of ordered) if (!first.has(mention.key)) first.set(mention.key, mention);
  return { places, planIssuer, planDate, citations, aliasMentions, first };
}

function resolvedCitation(pc: PlanCitation, resolution: Resolution, key: string, crossKey: string): ResolvedCitation {
  return new CitationMention(pc.field, pc.citation, pc.index, pc.inLegalBasis, resolution, key, crossKey);
}

/**
 * How each (symbol, issuer) resolves, for one registry and the plan's places: kept with the registry (the same one
 * from check to check while the plan's province and workspace stay the same; see registryForPlan).
 */
const resolutionsByRegistry = new WeakMap<Registry, Map<string, Map<string, Resolution>>>();

function resolutionsFor(registry: Registry, places: ResolveContext): Map<string, Resolution> {
  let byPlaces = resolutionsByRegistry.get(registry);
  if (!byPlaces) resolutionsByRegistry.set(registry, (byPlaces = new Map()));
  const placesKey = `${places.commune?.level ?? ''}|${places.commune?.locality ?? ''}|${places.province?.level ?? ''}|${places.province?.locality ?? ''}`;
  let resolved = byPlaces.get(placesKey);
  // Bounded: symbols typed character by character leave a trail of partial ones.
  if (resolved && resolved.size > 20_000) resolved.clear();
  if (!resolved) {
    if (byPlaces.size >= 8) byPlaces.clear();
    byPlaces.set(placesKey, (resolved = new Map()));
  }
  return resolved;
}

/** The place a cited issuer names: its own, or the plan's commune or province for "xã" / "thành phố" alone. */
function citedPlace(issuer: string | undefined, places: ResolveContext): string | undefined {
  if (!issuer) return undefined;
  const info = analyzeIssuer(issuer);
  if (info.locality) return foldName(info.locality);
  if (info.level && COMMUNE_LEVELS.includes(info.level)) return places.commune?.locality;
  if (info.level && PROVINCE_LEVELS.includes(info.level)) return places.province?.locality;
  return undefined;
}

function findAliasMentions(plan: ParsedPlan, registry: Registry, citations: ResolvedCitation[]): AliasMention[] {
  const aliases = registry.aliases();
  if (aliases.length === 0) return [];
  const aliasSignature = aliases.map(({ alias }) => alias).join('\u0000');
  const mentions: AliasMention[] = [];
  const byField = new Map<TextField, ResolvedCitation[]>();
  for (const c of citations) {
    const list = byField.get(c.field);
    if (list) list.push(c);
    else byField.set(c.field, [c]);
  }
  for (const field of plan.model.texts) {
    if (!isCitingField(field)) continue;
    const hits = fieldCache(field, ALIAS_HITS, aliasSignature, aliasHitsOfField, aliases);
    for (let which = 0; which < aliases.length; which++) {
      if (hits[which].length === 0) continue;
      const { alias, match } = aliases[which];
      const inField = byField.get(field) ?? [];
      for (const { start, end } of hits[which]) {
        if (inField.some((c) => start < c.citation.end && end > c.citation.start)) continue;
        mentions.push(new AliasHit(field, isLegalBasis(field), alias, start, end, match, entryKey(match)));
      }
    }
  }
  return mentions;
}

const aliasHitsOfField = (field: TextField, aliases: { alias: string }[]) => aliases.map(({ alias }) => aliasHits(alias, field.value));
const aliasPatterns = new Map<string, RegExp>();
const aliasMemos = new Map<string, StringMemo<{ start: number; end: number }[]>>();

/** Where a short name occurs in a text (kept across checks, per name). */
function aliasHits(alias: string, value: string): { start: number; end: number }[] {
  let memo = aliasMemos.get(alias);
  if (!memo) aliasMemos.set(alias, (memo = new StringMemo()));
  return memo.get(value, (own) => [...own.matchAll(aliasPattern(alias))].map((found) => ({ start: found.index ?? 0, end: (found.index ?? 0) + found[0].length })));
}

function aliasPattern(alias: string): RegExp {
  let pattern = aliasPatterns.get(alias);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
    aliasPatterns.set(alias, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The citation (or short-name mention) at a document offset. */
export function citationAt(analysis: CitationAnalysis, offset: number): ResolvedCitation | AliasMention | undefined {
  return (
    analysis.citations.find((c) => offset >= c.range.start && offset <= c.range.end) ??
    analysis.aliasMentions.find((m) => offset >= m.range.start && offset <= m.range.end)
  );
}
