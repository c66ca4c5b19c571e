import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { findCitations } from '../citations/parse-citation';
import { t, type MessageKey } from '../i18n/messages';
import type { TextField } from '../model/plan-model';
import { nodeRange, scalarKey, type YamlPath } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import type { Registry, RegistryMatch } from '../registry/registry';
import { schemaDescription, schemasAtPath, schemaTitle } from '../schema/plan-schema';
import type { Language, OffsetRange } from '../types';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: OffsetRange;
}

export function hover(plan: ParsedPlan, offset: number, lang: Language, registry: Registry): HoverResult | undefined {
  return citationHover(plan, offset, lang, registry) ?? keyHover(plan, offset, lang);
}

function keyHover(plan: ParsedPlan, offset: number, lang: Language): HoverResult | undefined {
  const found = keyAt(plan.doc.contents as Node | null, offset, []);
  if (!found) return undefined;
  const schema = schemasAtPath(found.path)[0];
  if (!schema) return undefined;
  const title = schemaTitle(schema, lang);
  const description = schemaDescription(schema, lang);
  const key = String(found.path[found.path.length - 1]);
  const contents = [`**${title ?? key}** \`${key}\``, description].filter(Boolean).join('\n\n');
  return { contents, range: found.range };
}

function keyAt(node: Node | null | undefined, offset: number, path: YamlPath): { path: YamlPath; range: OffsetRange } | undefined {
  if (!node?.range || offset < node.range[0] || offset > node.range[2]) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = scalarKey(pair);
      if (key === undefined) continue;
      if (isScalar(pair.key)) {
        const range = nodeRange(pair.key);
        if (offset >= range.start && offset <= range.end) return { path: [...path, key], range };
      }
      const inner = keyAt(pair.value as Node | null, offset, [...path, key]);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = keyAt(node.items[i] as Node | null, offset, [...path, i]);
      if (inner) return inner;
    }
  }
  return undefined;
}

function citationHover(plan: ParsedPlan, offset: number, lang: Language, registry: Registry): HoverResult | undefined {
  const field = textFieldAt(plan.model.texts, offset);
  if (!field) return undefined;
  for (const citation of findCitations(field.value)) {
    const range = { start: field.offsetOf(citation.start), end: field.offsetOf(citation.end) };
    if (offset < range.start || offset > range.end) continue;
    const match = registry.lookup(citation.symbol.text);
    if (!match) return undefined; // an unknown document is explained by its diagnostic
    return { contents: describeEntry(match, lang), range };
  }
  return undefined;
}

export function describeEntry({ entry, layer }: RegistryMatch, lang: Language): string {
  const [year, month, day] = entry.date.split('-');
  const status =
    entry.status === 'replaced'
      ? t(lang, 'status.replaced', { by: entry.replacedBy ?? '?' })
      : t(lang, entry.status === 'expired' ? 'status.expired' : 'status.inForce');
  return [
    `**${entry.type} ${entry.symbol}**`,
    '',
    `${t(lang, 'hover.title')}: ${entry.title}`,
    '',
    `${t(lang, 'hover.issued')}: ${Number(day)}/${Number(month)}/${year} · ${t(lang, 'hover.issuer')}: ${entry.issuer}`,
    '',
    `${t(lang, 'hover.status')}: ${status} · ${t(lang, 'hover.registry')}: ${t(lang, `layer.${layer.layer}` as MessageKey)} (${layer.name})`,
  ].join('\n');
}

export function textFieldAt(texts: readonly TextField[], offset: number): TextField | undefined {
  return texts.find((field) => offset >= field.range.start && offset <= field.range.end);
}
