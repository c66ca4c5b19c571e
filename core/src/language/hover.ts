import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { analyzeCitations, citationAt, type ResolvedCitation } from '../citations/analyze';
import { describeEntry } from '../registry/describe';
import type { TextField } from '../model/plan-model';
import { nodeRange, scalarKey, type YamlPath } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import type { Registry } from '../registry/registry';
import { schemaDescription, schemasAtPath, schemaTitle } from '../schema/plan-schema';
import { taskSummaryMarkdown } from '../time/task-summary';
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
  const summary = found.path.length === 1 && key === 'nhiem_vu' ? taskSummaryMarkdown(plan, lang) : undefined;
  const contents = [`**${title ?? key}** \`${key}\``, description, summary].filter(Boolean).join('\n\n');
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
  const mention = citationAt(analyzeCitations(plan, registry), offset);
  if (!mention) return undefined;
  const match = 'kind' in mention && mention.kind === 'alias' ? mention.match : (mention as ResolvedCitation).resolution.match;
  if (!match) return undefined; // an unknown document is explained by its diagnostic
  return { contents: describeEntry(match, lang), range: mention.range };
}

export { describeEntry };

export function textFieldAt(texts: readonly TextField[], offset: number): TextField | undefined {
  return texts.find((field) => offset >= field.range.start && offset <= field.range.end);
}
