// Go to definition and find references for citations: a cited document's definition is its registry entry (in
// the commune registry file, a bundled pack, or the cited plan file's `so`); its references are every mention
// of it in the plans of the workspace.

import { isMap, type Node } from 'yaml';
import { analyzeCitations, citationAt, entryKey, type ResolvedCitation } from '../citations/analyze';
import { findPair, nodeRange } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import { Registry, type RegistryMatch } from '../registry/registry';
import type { Range } from '../types';
import { planDocument } from './workspace';

export interface DefinitionTarget {
  match: RegistryMatch;
  /** Where the entry is written: a registry file, a plan file, or (bundled packs) the data file in kehoach's sources. */
  uri?: string;
  /** The entry's range in that file, when known (bundled packs: not known). */
  range?: Range;
}

export interface ReferenceLocation {
  uri: string;
  range: Range;
}

/** The registry entry of the document cited at `offset`. */
export function definitionAt(plan: ParsedPlan, registry: Registry, offset: number): DefinitionTarget | undefined {
  const mention = citationAt(analyzeCitations(plan, registry), offset);
  if (!mention) return undefined;
  const match = 'kind' in mention && mention.kind === 'alias' ? mention.match : (mention as ResolvedCitation).resolution.match;
  if (!match) return undefined;
  const source = match.entry.source;
  if (source) return { match, uri: source.uri, range: source.range };
  return { match, uri: match.layer.uri };
}

/**
 * Every mention, in the plans of the workspace, of the document cited at `offset` (or of the plan itself when
 * `offset` is on its own `so`). `selfUri` names `plan`, whose text may be newer than the workspace's copy.
 */
export function referencesAt(
  plan: ParsedPlan,
  registry: Registry,
  offset: number,
  selfUri: string,
  includeDeclaration = false,
): ReferenceLocation[] {
  const workspace = registry.workspace;
  // Resolve against every plan of the workspace, this one included, so that a citation of this plan is found.
  const full = workspace
    ? new Registry([...registry.layers.filter((layer) => layer.origin !== 'plans'), ...workspace.layers().filter((layer) => layer.origin === 'plans')], {
        province: registry.province,
        workspace,
      })
    : registry;
  const own = analyzeCitations(plan, full);
  let key: string | undefined;
  let declaration: ReferenceLocation | undefined;
  const mention = citationAt(own, offset);
  if (mention) {
    const match = 'kind' in mention && mention.kind === 'alias' ? mention.match : (mention as ResolvedCitation).resolution.match;
    key = 'kind' in mention && mention.kind === 'alias' ? mention.key : (mention as ResolvedCitation).crossKey;
    const source = match?.entry.source;
    if (source) declaration = { uri: source.uri, range: source.range };
  } else {
    const so = soRange(plan);
    const document = planDocument(selfUri, plan);
    if (so && document && offset >= so.start && offset <= so.end) {
      key = entryKey({ entry: document, layer: { layer: 'workspace', name: '', entries: [] } });
      declaration = { uri: selfUri, range: plan.lines.rangeOf(so) };
    }
  }
  if (!key) return [];
  const locations: ReferenceLocation[] = [];
  const collect = (uri: string, parsed: ParsedPlan) => {
    const analysis = uri === selfUri ? own : analyzeCitations(parsed, full);
    for (const c of analysis.citations) if (c.crossKey === key) locations.push({ uri, range: parsed.lines.rangeOf(c.range) });
    for (const m of analysis.aliasMentions) if (m.key === key) locations.push({ uri, range: parsed.lines.rangeOf(m.range) });
  };
  collect(selfUri, plan);
  for (const other of workspace?.plans ?? []) if (other.uri !== selfUri) collect(other.uri, other.parsed);
  if (includeDeclaration && declaration) locations.unshift(declaration);
  return locations;
}

function soRange(plan: ParsedPlan) {
  const root = plan.model.root;
  if (!root || !isMap(root)) return undefined;
  const node = findPair(root, 'so')?.value as Node | undefined;
  return node ? nodeRange(node) : undefined;
}
