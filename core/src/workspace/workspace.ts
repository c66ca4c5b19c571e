// The workspace as the core sees it: texts handed in by the server or the CLI (they read the files; the core
// reads nothing). Registry files (.kehoach/van-ban.yaml, --registry files) and every plan file of the workspace,
// each plan being itself a known document (its so, ngay, trich_yeu) that other plans may cite.

import { isMap, type Node } from 'yaml';
import { parseIsoDate } from '../citations/dates';
import { parseSymbol, typeWordOfCode } from '../citations/symbol';
import { findPair, nodeRange, stringValue } from '../model/yaml-nodes';
import { parsePlan, type ParsedPlan } from '../parse/parse-plan';
import { readRegistryFile, type RegistryFile } from '../registry/registry-file';
import type { RegistryEntry, RegistryLayer } from '../registry/registry';

export interface WorkspaceSource {
  /** A URI (server) or a path (CLI): whatever the caller uses to name files; the core only compares and returns it. */
  uri: string;
  text: string;
}

export interface WorkspaceInit {
  registryFiles?: WorkspaceSource[];
  plans?: WorkspaceSource[];
  /** The commune's registry file (.kehoach/van-ban.yaml), existing or not: "add to the registry" writes there. */
  registryTarget?: string;
}

export class WorkspacePlan {
  private parsedPlan?: ParsedPlan;
  private documentEntry?: RegistryEntry | null;

  constructor(
    readonly uri: string,
    readonly text: string,
  ) {}

  get parsed(): ParsedPlan {
    return (this.parsedPlan ??= parsePlan(this.text));
  }

  /** The plan as a known document, when it is numbered and dated (a draft is not a document yet). */
  get document(): RegistryEntry | undefined {
    if (this.documentEntry === undefined) this.documentEntry = planDocument(this.uri, this.parsed) ?? null;
    return this.documentEntry ?? undefined;
  }
}

export class Workspace {
  readonly registryFiles: RegistryFile[];
  readonly plans: WorkspacePlan[];
  readonly registryTarget?: string;
  private readonly byUri = new Map<string, WorkspacePlan>();
  private readonly layerCache = new Map<string, RegistryLayer[]>();

  private readonly init: WorkspaceInit;

  /** `reuse`: parsed plans and registry files of a previous workspace, kept when their text is unchanged. */
  constructor(init: WorkspaceInit = {}, reuse: { plans?: readonly WorkspacePlan[]; registryFiles?: readonly RegistryFile[] } = {}) {
    this.init = init;
    const oldFiles = new Map((reuse.registryFiles ?? []).map((file) => [file.uri, file]));
    this.registryFiles = (init.registryFiles ?? []).map((file) => {
      const old = oldFiles.get(file.uri);
      return old && old.text === file.text ? old : readRegistryFile(file.uri, file.text);
    });
    const oldPlans = new Map((reuse.plans ?? []).map((plan) => [plan.uri, plan]));
    this.plans = (init.plans ?? []).map((source) => {
      const old = oldPlans.get(source.uri);
      return old && old.text === source.text ? old : new WorkspacePlan(source.uri, source.text);
    });
    for (const plan of this.plans) this.byUri.set(plan.uri, plan);
    this.registryTarget = init.registryTarget;
  }

  /** The province the commune registry names (`tinh`), if any. */
  get province(): string | undefined {
    return this.registryFiles.find((file) => file.province)?.province;
  }

  plan(uri: string): WorkspacePlan | undefined {
    return this.byUri.get(uri);
  }

  registryFile(uri: string): RegistryFile | undefined {
    return this.registryFiles.find((file) => file.uri === uri);
  }

  /** The same workspace with these plan texts in place of (or added to) the ones it has: open editors' texts. */
  withPlans(sources: readonly WorkspaceSource[]): Workspace {
    const replaced = new Map(sources.map((source) => [source.uri, source]));
    const plans = (this.init.plans ?? []).map((plan) => replaced.get(plan.uri) ?? plan);
    for (const source of sources) if (!this.byUri.has(source.uri)) plans.push(source);
    return new Workspace({ ...this.init, plans }, { plans: this.plans, registryFiles: this.registryFiles });
  }

  /** Registry layers of the workspace for one plan (its own document left out). */
  layers(excludeUri?: string): RegistryLayer[] {
    const cacheKey = excludeUri ?? '';
    const cached = this.layerCache.get(cacheKey);
    if (cached) return cached;
    const layers: RegistryLayer[] = this.registryFiles.map((file) => ({
      layer: 'workspace',
      name: displayName(file.uri),
      entries: file.entries,
      origin: 'registry-file',
      uri: file.uri,
    }));
    // One pass: it runs once for every plan checked, over every plan of the workspace.
    const documents: RegistryEntry[] = [];
    let others = 0;
    for (const plan of this.plans) {
      if (plan.uri === excludeUri) continue;
      others++;
      const document = plan.document;
      if (document) documents.push(document);
    }
    layers.push({ layer: 'workspace', name: String(others), entries: documents, origin: 'plans' });
    this.layerCache.set(cacheKey, layers);
    return layers;
  }
}

/** ".kehoach/van-ban.yaml" for the commune registry; the file name for others. */
export function displayName(uri: string): string {
  const parts = uri.replace(/\\/g, '/').split('/').filter(Boolean);
  const name = parts[parts.length - 1] ?? uri;
  const parent = parts[parts.length - 2];
  return parent === '.kehoach' ? `.kehoach/${decodeURIComponent(name)}` : decodeURIComponent(name);
}

/** A numbered, dated plan as a registry entry. */
export function planDocument(uri: string, plan: ParsedPlan): RegistryEntry | undefined {
  const root = plan.model.root;
  if (!root) return undefined;
  const soNode = findPair(root, 'so')?.value as Node | undefined;
  const so = stringValue(soNode);
  const ngay = stringValue(findPair(root, 'ngay')?.value);
  const coQuan = stringValue(findPair(root, 'co_quan')?.value);
  const date = parseIsoDate(ngay);
  const symbol = so ? parseSymbol(so.trim()) : undefined;
  if (!soNode || !symbol || !date || date.day === undefined || !coQuan) return undefined;
  const loai = stringValue(findPair(root, 'loai')?.value);
  const decision = findPair(root, 'quyet_dinh')?.value;
  const title =
    loai === 'quyet-dinh' && isMap(decision) ? stringValue(findPair(decision, 'trich_yeu')?.value) : stringValue(findPair(root, 'trich_yeu')?.value);
  const range = nodeRange(soNode);
  return {
    type: (symbol.typeCode && typeWordOfCode(symbol.typeCode)) ?? (loai === 'quyet-dinh' ? 'Quyết định' : 'Kế hoạch'),
    symbol: symbol.compact,
    date: ngay!,
    issuer: coQuan.trim(),
    title: title?.trim(),
    status: 'in-force',
    source: { uri, range: plan.lines.rangeOf(range), offsets: range },
    plan: { uri },
  };
}
