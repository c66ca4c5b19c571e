// Reads a registry file (the commune's .kehoach/van-ban.yaml, a file given with --registry, or a bundled pack):
// YAML or JSON text, validated against schemas/registry.schema.json. Data only; a bad file gives located
// problems and the entries that are valid, never an exception.

import type { ErrorObject, ValidateFunction } from 'ajv';
import { registry as generatedValidator } from './registry-validator.generated';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import registrySchemaJson from '../../../schemas/registry.schema.json';
import { dateProblem, parseIsoDate } from '../citations/dates';
import { compactSymbol } from '../citations/symbol';
import { t, type MessageKey } from '../i18n/messages';
import { nodeAtPath, nodeRange, type YamlPath } from '../model/yaml-nodes';
import { LineIndex } from '../text/line-index';
import type { Language, OffsetRange, Range } from '../types';
import type { DocumentStatus, RegistryEntry } from './registry';

export interface RegistryProblem {
  range: OffsetRange;
  /** The same range as line/character positions in the file. */
  position: Range;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

export interface RegistryFile {
  uri: string;
  text: string;
  /** `ten`: the registry's display name. */
  name?: string;
  /** `tinh`: the province of the commune (or of a province pack). */
  province?: string;
  /** `ten_goi_khac`: other names of that province. */
  provinceAliases: string[];
  entries: RegistryEntry[];
  problems: RegistryProblem[];
  /** Parsed YAML, kept to compute edits (adding an entry); undefined when the text is not valid YAML. */
  doc?: Document.Parsed;
  lines: LineIndex;
}

export interface RawDocument {
  loai: string;
  so: string;
  ngay: string;
  co_quan: string;
  trich_yeu?: string;
  hieu_luc?: 'con-hieu-luc' | 'da-thay-the' | 'het-hieu-luc';
  thay_the_boi?: string;
  pham_vi?: string;
  ten_goi_khac?: string[];
  da_kiem_chung?: boolean;
  nguon?: string;
  ghi_chu?: string;
}

export interface RawRegistry {
  ten?: string;
  tinh?: string;
  ten_goi_khac?: string[];
  van_ban: RawDocument[];
}

export const registrySchema = registrySchemaJson as unknown as Record<string, unknown>;

/** Code generated from the schema (scripts/validators.ts, `npm run docs`). */
const validator = generatedValidator as unknown as ValidateFunction;

function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

const STATUS: Record<string, DocumentStatus> = { 'con-hieu-luc': 'in-force', 'da-thay-the': 'replaced', 'het-hieu-luc': 'expired' };

/** Reads a registry file's text. `uri` names the file in problems and in entry sources. */
export function readRegistryFile(uri: string, text: string): RegistryFile {
  const lines = new LineIndex(text);
  const file: RegistryFile = { uri, text, provinceAliases: [], entries: [], problems: [], lines };
  const problem = (range: OffsetRange, messageKey: MessageKey, params: Record<string, string | number> = {}) => {
    file.problems.push({ range, position: lines.rangeOf(range), messageKey, params });
  };

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    problem({ start: 0, end: 0 }, 'registry.yaml', { detail: String((error as Error)?.message ?? error) });
    return file;
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 5)) {
      const [start, end] = error.pos ?? [0, 0];
      problem({ start, end: Math.max(start, end) }, 'registry.yaml', { detail: error.message.split('\n')[0] });
    }
    return file;
  }
  file.doc = doc;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 10 });
  } catch {
    problem({ start: 0, end: 0 }, 'registry.alias');
    return file;
  }
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    problem(rootRange(doc, text), 'registry.root');
    return file;
  }

  const badItems = new Set<number>();
  let rootBroken = false;
  for (const error of validate(data)) {
    const path = pointerPath(error.instancePath);
    if (path[0] === 'van_ban' && typeof path[1] === 'number') badItems.add(path[1]);
    else rootBroken = rootBroken || path.length === 0 || path[0] === 'van_ban';
    reportSchemaError(doc, text, error, path, problem);
  }
  const raw = data as Partial<RawRegistry>;
  if (typeof raw.ten === 'string') file.name = raw.ten;
  if (typeof raw.tinh === 'string') file.province = raw.tinh;
  if (Array.isArray(raw.ten_goi_khac)) file.provinceAliases = raw.ten_goi_khac.filter((a): a is string => typeof a === 'string');
  if (rootBroken || !Array.isArray(raw.van_ban)) return file;

  const seen = new Map<string, number>();
  raw.van_ban.forEach((item, index) => {
    if (badItems.has(index)) return;
    const itemNode = nodeAtPath(doc.contents as Node, ['van_ban', index])?.node;
    const range = itemNode ? nodeRange(itemNode) : rootRange(doc, text);
    const valueRange = (key: string) => {
      const node = nodeAtPath(doc.contents as Node, ['van_ban', index, key])?.node;
      return node ? nodeRange(node) : range;
    };
    const date = parseIsoDate(item.ngay);
    if (!date || dateProblem(date)) {
      problem(valueRange('ngay'), 'registry.invalidDate', { date: item.ngay });
      return;
    }
    const symbol = compactSymbol(item.so);
    const scopeKey = `${symbol.toUpperCase()}|${(item.pham_vi ?? item.co_quan).normalize('NFC').toLowerCase()}`;
    const earlier = seen.get(scopeKey);
    if (earlier !== undefined) {
      problem(valueRange('so'), 'registry.duplicate', { symbol, line: earlier + 1 });
      return;
    }
    seen.set(scopeKey, lines.positionAt(range.start).line);
    file.entries.push(entryFromRaw(item, { uri, range: lines.rangeOf(range), offsets: range }));
  });
  return file;
}

/** A registry entry from one item of `van_ban` (already valid against the schema). */
export function entryFromRaw(item: RawDocument, source?: RegistryEntry['source']): RegistryEntry {
  return {
    type: item.loai.trim(),
    symbol: compactSymbol(item.so),
    date: item.ngay,
    issuer: item.co_quan.trim(),
    title: item.trich_yeu?.trim() || undefined,
    status: item.hieu_luc ? STATUS[item.hieu_luc] : 'in-force',
    replacedBy: item.thay_the_boi ? compactSymbol(item.thay_the_boi) : undefined,
    scope: item.pham_vi?.trim() || undefined,
    aliases: item.ten_goi_khac?.map((alias) => alias.trim()).filter(Boolean),
    verified: item.da_kiem_chung !== false,
    source,
    note: item.ghi_chu,
  };
}

/** A problem's message in the user's language. */
export function registryProblemMessage(problem: RegistryProblem, lang: Language): string {
  return t(lang, problem.messageKey, problem.params);
}

function rootRange(doc: Document.Parsed, text: string): OffsetRange {
  const contents = doc.contents as Node | null;
  if (contents?.range) return nodeRange(contents);
  const firstLineEnd = text.indexOf('\n');
  return { start: 0, end: firstLineEnd === -1 ? text.length : firstLineEnd };
}

function pointerPath(pointer: string): YamlPath {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function reportSchemaError(
  doc: Document.Parsed,
  text: string,
  error: ErrorObject,
  path: YamlPath,
  problem: (range: OffsetRange, key: MessageKey, params?: Record<string, string | number>) => void,
): void {
  const at = nodeAtPath(doc.contents as Node, path);
  const node = at?.node;
  let range = node ? nodeRange(node) : rootRange(doc, text);
  const key = String(path[path.length - 1] ?? '');
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      problem(firstKeyRange(node) ?? range, path.length === 0 ? 'registry.root' : 'registry.required', { key: missing });
      return;
    }
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const pairNode = isMap(node) ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === extra) : undefined;
      if (pairNode && isScalar(pairNode.key)) range = nodeRange(pairNode.key as Node);
      const allowed = Object.keys(
        (path.length === 0 ? (registrySchema.properties as object) : ((registrySchema.definitions as { document: { properties: object } }).document.properties)) ?? {},
      ).join(', ');
      problem(range, 'registry.unknownKey', { key: extra, allowed });
      return;
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type);
      const word = expected === 'array' ? 'list' : expected === 'object' ? 'map' : expected === 'boolean' ? 'boolean' : 'text';
      problem(range, `registry.type.${word}` as MessageKey, { key: key || 'van_ban' });
      return;
    }
    case 'enum':
      problem(range, 'registry.enum', { key, values: ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ') });
      return;
    case 'pattern':
      problem(range, key === 'ngay' ? 'registry.pattern.date' : 'registry.pattern.symbol', { key, value: scalarText(node) });
      return;
    case 'minLength':
      problem(range, 'registry.empty', { key });
      return;
    case 'if':
      return; // the failing `then` reports the missing key itself
    default:
      problem(range, 'registry.invalid', { key: key || 'van_ban', detail: error.message ?? error.keyword });
  }
}

function firstKeyRange(node: Node | undefined): OffsetRange | undefined {
  if (!isMap(node) || node.items.length === 0) return undefined;
  const key = node.items[0].key;
  return isScalar(key) ? nodeRange(key as Node) : undefined;
}

function scalarText(node: Node | undefined): string {
  return isScalar(node) ? String(node.value) : isSeq(node) ? '[…]' : '';
}
