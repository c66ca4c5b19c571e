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

const citationCache = new WeakMap<ParsedPlan, PlanCitation[]>();

/** Every citation in the plan's text, in document order. */
export function citationsOfPlan(plan: ParsedPlan): PlanCitation[] {
  let cached = citationCache.get(plan);
  if (!cached) {
    cached = [];
    for (const field of plan.model.texts) {
      if (!isCitingField(field)) continue;
      for (const citation of fieldCache(field, CITATIONS, '', citationsOfField)) {
        cached.push({ field, citation, index: cached.length, inLegalBasis: isLegalBasis(field), range: partRange(field, citation) });
      }
    }
    citationCache.set(plan, cached);
  }
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
  if (!analysis) byRegistry.set(registry, (analysis = analyze(plan, registry)));
  return analysis;
}

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
  // Spelt out rather than spread: this runs for every citation of every check.
  return { field: pc.field, citation: pc.citation, index: pc.index, inLegalBasis: pc.inLegalBasis, range: pc.range, resolution, key, crossKey };
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
        mentions.push({
          kind: 'alias',
          field,
          alias,
          start,
          end,
          range: partRange(field, { start, end }),
          match,
          key: entryKey(match),
          inLegalBasis: isLegalBasis(field),
        });
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
