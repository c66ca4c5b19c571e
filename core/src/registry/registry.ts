// The registry of known documents, in layers searched in order:
//   1. national documents (bundled, core/data/registry-national.json);
//   2. province packs (bundled, core/data/registry-<province>.json), chosen by the plan's co_quan or a setting;
//   3. the workspace: the commune's registry file (.kehoach/van-ban.yaml, --registry files) and every plan file
//      of the workspace, which is itself a known document (its so, ngay, trich_yeu).
// A symbol of a national body (CP, TTg, QH15, TW, BNV…) names one document; a symbol of a local body (UBND, HĐND,
// TU, ĐU) is unique only within its province or commune, so those are matched with the cited issuer's place.

import haiPhongData from '../../data/registry-hai-phong.json';
import nationalData from '../../data/registry-national.json';
import { parseIsoDate, sameDate, type DateValue } from '../citations/dates';
import {
  analyzeIssuer,
  COMMUNE_LEVELS,
  foldName,
  localitiesAgree,
  placeOfText,
  PROVINCE_LEVELS,
  type Level,
} from '../citations/issuer';
import { isNationalIssuerCode, normalizeSymbol, parseSymbol } from '../citations/symbol';
import type { ParsedPlan } from '../parse/parse-plan';
import type { OffsetRange, Range } from '../types';
import type { Workspace } from '../workspace/workspace';
import { entryFromRaw, type RawRegistry } from './registry-file';

export type DocumentStatus = 'in-force' | 'replaced' | 'expired';
export type LayerKind = 'national' | 'province' | 'workspace';

export interface RegistryEntry {
  /** Type word as cited, e.g. "Nghị quyết". */
  type: string;
  /** Number and symbol, e.g. "76/NQ-CP". */
  symbol: string;
  /** ISO date of issue. */
  date: string;
  issuer: string;
  /** Title as cited after the issuer ("ban hành …", "về …"); for a Luật, its name. */
  title?: string;
  status?: DocumentStatus;
  replacedBy?: string;
  /** False for facts the registry has not verified against an official source. */
  verified?: boolean;
  /** The administrative unit the document belongs to ("xã Tiên Lãng"); default: read from the issuer. */
  scope?: string;
  /** Short names the document is called by ("Đề án 06"). */
  aliases?: string[];
  /** Where the entry is written (a registry file, or a plan file's `so`). */
  source?: { uri: string; range: Range; offsets: OffsetRange };
  note?: string;
  /** Set when the entry is a plan file of the workspace. */
  plan?: { uri: string };
}

export interface ProvinceInfo {
  /** "thành phố Hải Phòng". */
  name: string;
  /** Other ways plans name it: "Hải Phòng", "TP Hải Phòng". */
  aliases: string[];
}

export interface RegistryLayer {
  layer: LayerKind;
  /** Display name: "Trung ương", "thành phố Hải Phòng", ".kehoach/van-ban.yaml", or the number of plans. */
  name: string;
  entries: RegistryEntry[];
  /** For a province pack: the province it covers. */
  province?: ProvinceInfo;
  origin?: 'bundled' | 'registry-file' | 'plans';
  /** The registry file (for bundled packs: its path in the kehoach sources, core/data/…). */
  uri?: string;
}

export interface RegistryMatch {
  entry: RegistryEntry;
  layer: RegistryLayer;
}

export interface Place {
  level?: Level;
  locality: string;
}

/** Whose "xã" and whose "thành phố" a plan means when a citation names only the level. */
export interface ResolveContext {
  commune?: Place;
  province?: Place;
}

export interface Resolution {
  match?: RegistryMatch;
  /** Documents with the same number and symbol that belong to another issuer than the cited one. */
  others: RegistryMatch[];
}

export interface RegistryOptions {
  /** The province chosen for the plan (its pack is among the layers). */
  province?: ProvinceInfo;
  workspace?: Workspace;
  /** The plan being checked, left out of the workspace layer. */
  selfUri?: string;
}

/** Known documents, searched layer by layer (national, then province packs, then the commune's own). */
export class Registry {
  private readonly index = new Map<string, RegistryMatch[]>();
  private readonly all: RegistryMatch[] = [];
  readonly province?: ProvinceInfo;
  readonly workspace?: Workspace;
  readonly selfUri?: string;

  constructor(readonly layers: readonly RegistryLayer[], options: RegistryOptions = {}) {
    this.province = options.province;
    this.workspace = options.workspace;
    this.selfUri = options.selfUri;
    for (const layer of layers) {
      for (const entry of layer.entries) {
        const match = { entry, layer };
        this.all.push(match);
        const key = normalizeSymbol(entry.symbol);
        const list = this.index.get(key);
        if (list) list.push(match);
        else this.index.set(key, [match]);
      }
    }
  }

  /** Every entry with this number and symbol, in layer order. */
  candidates(symbol: string): RegistryMatch[] {
    return this.index.get(normalizeSymbol(symbol)) ?? [];
  }

  /** The first entry with this symbol (for national symbols, the document). */
  lookup(symbol: string): RegistryMatch | undefined {
    return this.candidates(symbol)[0];
  }

  entries(): RegistryMatch[] {
    return [...this.all];
  }

  layerKinds(): LayerKind[] {
    return [...new Set(this.layers.map((layer) => layer.layer))];
  }

  /** The document a citation by number means, given the cited issuer and whose commune and province the plan is. */
  resolveSymbol(symbol: string, issuer: string | undefined, context: ResolveContext): Resolution {
    const candidates = this.candidates(symbol);
    if (candidates.length === 0) return { others: [] };
    const parsed = parseSymbol(symbol);
    if (!parsed || isNationalIssuerCode(parsed.issuerCode)) return { match: candidates[0], others: [] };
    const cited = issuer ? analyzeIssuer(issuer) : undefined;
    let place: Place | undefined;
    if (cited?.locality) place = { level: cited.level, locality: cited.locality };
    else if (cited?.level && COMMUNE_LEVELS.includes(cited.level)) place = context.commune;
    else if (cited?.level && PROVINCE_LEVELS.includes(cited.level)) place = context.province;
    const chosen = (match: RegistryMatch | undefined): Resolution =>
      match ? { match, others: candidates.filter((c) => c !== match) } : { others: candidates };
    if (place) {
      const wanted = place;
      return chosen(candidates.find((c) => placeAgrees(placeOfEntry(c.entry), wanted)));
    }
    if (candidates.length === 1) return chosen(candidates[0]);
    const prefer = (p: Place | undefined) => (p ? candidates.find((c) => placeAgrees(placeOfEntry(c.entry), p, false)) : undefined);
    return chosen(prefer(context.commune) ?? prefer(context.province));
  }

  /** A Luật cited by name: same name, and the same date (or year) when one is given. */
  resolveName(name: string, date: DateValue | undefined): Resolution {
    const wanted = foldName(stripLawWord(name));
    const candidates = this.all.filter(
      (m) => /^(?:bộ )?luật$/.test(foldName(m.entry.type)) && m.entry.title && foldName(stripLawWord(m.entry.title)) === wanted,
    );
    if (candidates.length === 0) return { others: [] };
    const preferInForce = (list: RegistryMatch[]) => list.find((m) => (m.entry.status ?? 'in-force') === 'in-force') ?? list[0];
    if (!date) return { match: preferInForce(candidates), others: [] };
    if (date.day !== undefined) {
      const exact = candidates.find((m) => {
        const entryDate = parseIsoDate(m.entry.date);
        return entryDate && sameDate(entryDate, date);
      });
      if (exact) return { match: exact, others: [] };
    }
    const sameYear = candidates.filter((m) => m.entry.date.startsWith(String(date.year)));
    // Another year: another law of that name, or an amending law ("Luật sửa đổi … Luật X ngày …"): not judged.
    return sameYear.length > 0 ? { match: preferInForce(sameYear), others: [] } : { others: candidates };
  }

  /** Entries that have short names ("Đề án 06"). */
  aliases(): { alias: string; match: RegistryMatch }[] {
    return this.all.flatMap((match) => (match.entry.aliases ?? []).map((alias) => ({ alias, match })));
  }

  /** The document that replaced `match`, when the registry has it. */
  successor(match: RegistryMatch): RegistryMatch | undefined {
    if (!match.entry.replacedBy) return undefined;
    const candidates = this.candidates(match.entry.replacedBy);
    const place = placeOfEntry(match.entry);
    return candidates.find((c) => !place || placeAgrees(placeOfEntry(c.entry), place, false)) ?? candidates[0];
  }
}

/** The place an entry belongs to (its scope, or its issuer's place). */
export function placeOfEntry(entry: RegistryEntry): Place | undefined {
  const place = placeOfText(entry.scope ?? entry.issuer);
  return place.locality ? { level: place.level, locality: place.locality } : undefined;
}

function placeAgrees(entryPlace: Place | undefined, wanted: Place, unknownAgrees = true): boolean {
  if (!entryPlace) return unknownAgrees;
  return localitiesAgree(entryPlace.locality, wanted.locality);
}

function stripLawWord(text: string): string {
  return text.replace(/^\s*(?:Bộ luật|Luật)\s+/iu, '');
}

function bundledLayer(data: unknown, layer: LayerKind, file: string): RegistryLayer {
  const raw = data as RawRegistry;
  return {
    uri: file,
    layer,
    name: layer === 'national' ? 'Trung ương' : raw.tinh ?? raw.ten ?? '',
    entries: raw.van_ban.map((item) => entryFromRaw(item)),
    province: layer === 'province' && raw.tinh ? { name: raw.tinh, aliases: raw.ten_goi_khac ?? [] } : undefined,
    origin: 'bundled',
  };
}

export const nationalLayer: RegistryLayer = bundledLayer(nationalData, 'national', 'core/data/registry-national.json');
/** Province packs shipped with kehoach. */
export const provinceLayers: readonly RegistryLayer[] = [bundledLayer(haiPhongData, 'province', 'core/data/registry-hai-phong.json')];
export const bundledLayers: readonly RegistryLayer[] = [nationalLayer, ...provinceLayers];

let bundled: Registry | undefined;

/** National documents and every bundled province pack, without a workspace. */
export function defaultRegistry(): Registry {
  return (bundled ??= new Registry(bundledLayers));
}

export interface PlanRegistryOptions {
  workspace?: Workspace;
  /** The plan's own URI in the workspace (left out of the workspace layer). */
  uri?: string;
  /** The province, when set explicitly (CLI, tests); otherwise the workspace registry's `tinh` or the plan's text. */
  province?: string;
}

/** The layers that apply to one plan: national, its province's pack, the workspace. */
export function registryForPlan(plan: ParsedPlan, options: PlanRegistryOptions = {}): Registry {
  const explicit = options.province ?? options.workspace?.province;
  const province = chooseProvince(plan, explicit);
  const packs = province ? provinceLayers.filter((layer) => layer.province && sameProvince(layer.province, province)) : explicit ? [] : provinceLayers;
  const workspaceLayers = options.workspace?.layers(options.uri) ?? [];
  const layers = [nationalLayer, ...packs, ...workspaceLayers];
  // The same inputs give the same registry, kept from one check to the next: what is cached per registry (the
  // resolved citations) then lasts as long as the plan's province and workspace do.
  const key = `${province?.name ?? ''}\u0000${options.uri ?? ''}`;
  const last = lastRegistries.get(key);
  if (
    last &&
    sameWorkspace(last.workspace, options.workspace, options.uri) &&
    last.registry.province?.name === province?.name &&
    last.registry.layers.length === layers.length &&
    last.registry.layers.every((layer, i) => sameLayer(layer, layers[i]))
  ) {
    return last.registry;
  }
  const registry = new Registry(layers, { province, workspace: options.workspace, selfUri: options.uri });
  if (lastRegistries.size >= 32) lastRegistries.clear();
  lastRegistries.set(key, { workspace: options.workspace, registry });
  return registry;
}

/** Layers with the same entries (a workspace rebuilt around an edited plan makes new layer objects for the others). */
function sameLayer(a: RegistryLayer, b: RegistryLayer): boolean {
  if (a === b) return true;
  const same = a.layer === b.layer && a.name === b.name && a.origin === b.origin && a.uri === b.uri && a.province === b.province;
  return same && a.entries.length === b.entries.length && a.entries.every((entry, i) => entry === b.entries[i]);
}

/**
 * Workspaces that differ at most in the plan being checked (the server makes a new one at each keystroke in an open
 * plan): the registry of one serves the other, whose other plans and registry files are the same objects.
 */
function sameWorkspace(a: Workspace | undefined, b: Workspace | undefined, self: string | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.registryTarget !== b.registryTarget || a.registryFiles.length !== b.registryFiles.length || a.plans.length !== b.plans.length) return false;
  return a.registryFiles.every((file, i) => file === b.registryFiles[i]) && a.plans.every((plan, i) => plan === b.plans[i] || (plan.uri === self && b.plans[i].uri === self));
}

/** The last registry made for each province and plan URI (see registryForPlan). */
const lastRegistries = new Map<string, { workspace?: Workspace; registry: Registry }>();

/**
 * The province of a plan: the explicit setting, else the one its co_quan_chu_quan / co_quan names, else the one
 * its text names (a commune plan cites "Ủy ban nhân dân thành phố Hải Phòng"). Undefined when nothing says.
 */
export function chooseProvince(plan: ParsedPlan, explicit?: string): ProvinceInfo | undefined {
  const packs = provinceLayers.map((layer) => layer.province).filter((p): p is ProvinceInfo => !!p);
  if (explicit?.trim()) {
    return packs.find((pack) => namesProvince(explicit, pack)) ?? { name: explicit.trim(), aliases: [] };
  }
  const root = plan.model.texts;
  const header = root.filter((field) => field.path.length === 1 && (field.path[0] === 'co_quan_chu_quan' || field.path[0] === 'co_quan'));
  for (const fields of [header, root]) {
    for (const pack of packs) {
      if (fields.some((field) => namesProvince(field.value, pack))) return pack;
    }
  }
  return undefined;
}

function namesProvince(text: string, province: ProvinceInfo): boolean {
  const folded = ` ${foldName(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return [province.name, ...province.aliases].some((name) => {
    const wanted = foldName(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return wanted.length > 0 && folded.includes(` ${wanted} `);
  });
}

function sameProvince(a: ProvinceInfo, b: ProvinceInfo): boolean {
  return foldName(a.name) === foldName(b.name);
}

/** The plan's own place: its commune (from co_quan) and its province. */
export function placesOfPlan(plan: ParsedPlan, registry: Registry): ResolveContext {
  const coQuan = plan.model.texts.find((field) => field.path.length === 1 && field.path[0] === 'co_quan')?.value;
  const context: ResolveContext = {};
  if (coQuan) {
    const place = placeOfText(coQuan);
    if (place.locality && place.level && COMMUNE_LEVELS.includes(place.level)) context.commune = { level: place.level, locality: place.locality };
  }
  const province = registry.province ?? chooseProvince(plan);
  if (province) {
    const place = placeOfText(province.name);
    if (place.locality) context.province = { level: place.level, locality: place.locality };
  }
  return context;
}
