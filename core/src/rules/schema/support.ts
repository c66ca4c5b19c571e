import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { t, type MessageKey } from '../../i18n/messages';
import { findPair, nodeAtPath, nodeRange, type YamlPath } from '../../model/yaml-nodes';
import type { ParsedPlan } from '../../parse/parse-plan';
import { schemasAtPath, schemaTitle } from '../../schema/plan-schema';
import type { SchemaIssue } from '../../schema/schema-issues';
import type { Language, OffsetRange } from '../../types';

/** How a drafter names the place of a value: its key, or "item N of key" inside a list. */
export function displayKey(path: YamlPath, lang: Language): string {
  const last = path[path.length - 1];
  if (last === undefined) return t(lang, 'word.root');
  if (typeof last === 'string') return last;
  const owner = path.slice(0, -1).filter((segment) => typeof segment === 'string').pop() ?? '';
  return lang === 'en' ? `${owner}[${last + 1}]` : `${owner} (mục ${last + 1})`;
}

export function typeName(type: string, lang: Language): string {
  const key = `type.${type === 'integer' ? 'integer' : type}` as MessageKey;
  return t(lang, key);
}

export function titleAt(path: YamlPath, lang: Language): string {
  const schema = schemasAtPath(path)[0];
  return schemaTitle(schema, lang) ?? String(path[path.length - 1] ?? '');
}

/** Range of the key that owns the value at `path` (the first key of a list item, for items). */
export function ownerKeyRange(plan: ParsedPlan, path: YamlPath): OffsetRange {
  const root = plan.doc.contents as Node | null;
  if (path.length === 0) {
    const first = isMap(root) ? root.items[0] : undefined;
    if (first && isPair(first) && isScalar(first.key)) return nodeRange(first.key);
    return { start: 0, end: plan.lines.lineEnd(0) };
  }
  const found = nodeAtPath(root, path);
  if (found?.pair && isScalar(found.pair.key)) return nodeRange(found.pair.key);
  if (found?.node) {
    if (isMap(found.node)) {
      const first = found.node.items[0];
      if (first && isScalar(first.key)) return nodeRange(first.key);
    }
    return firstLineOf(plan, nodeRange(found.node));
  }
  return ownerKeyRange(plan, path.slice(0, -1));
}

/** Range of the value at `path`; its key when the value is empty. */
export function valueRange(plan: ParsedPlan, path: YamlPath): OffsetRange {
  const found = nodeAtPath(plan.doc.contents as Node | null, path);
  if (found?.node && (isScalar(found.node) || isSeq(found.node) || isMap(found.node))) {
    const range = nodeRange(found.node);
    return isScalar(found.node) ? range : firstLineOf(plan, range);
  }
  return ownerKeyRange(plan, path);
}

export function keyRange(plan: ParsedPlan, path: YamlPath, key: string): OffsetRange {
  const found = nodeAtPath(plan.doc.contents as Node | null, path);
  const pair = found?.node && isMap(found.node) ? findPair(found.node, key) : undefined;
  if (pair && isScalar(pair.key)) return nodeRange(pair.key);
  return ownerKeyRange(plan, path);
}

/** Collections span many lines; a finding on one is shown on its first line only. */
function firstLineOf(plan: ParsedPlan, range: OffsetRange): OffsetRange {
  const line = plan.lines.positionAt(range.start).line;
  return { start: range.start, end: Math.min(range.end, plan.lines.lineEnd(line)) };
}

export function issuesOfKind<K extends SchemaIssue['kind']>(
  issues: SchemaIssue[],
  kinds: readonly K[],
): Extract<SchemaIssue, { kind: K }>[] {
  return issues.filter((issue): issue is Extract<SchemaIssue, { kind: K }> => (kinds as readonly string[]).includes(issue.kind));
}

export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}
