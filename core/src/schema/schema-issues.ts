import type { ErrorObject } from 'ajv';
import {
  acceptedTypes,
  jsonType,
  schemasAtPath,
  unionPointerOf,
  validateWithPlanSchema,
  validateWithSubschema,
  type SchemaNode,
} from './plan-schema';
import type { YamlPath } from '../model/yaml-nodes';

/** A structural problem, reduced from ajv's raw errors to what a drafter needs to see. */
export type SchemaIssue =
  | { kind: 'required'; path: YamlPath; missing: string }
  | { kind: 'unknown-key'; path: YamlPath; key: string; allowed: string[] }
  | { kind: 'type'; path: YamlPath; expected: string[]; actual: string; data: unknown }
  | { kind: 'enum'; path: YamlPath; allowed: unknown[]; data: unknown }
  | { kind: 'pattern'; path: YamlPath; hint?: { vi: string; en: string }; data: unknown }
  | { kind: 'empty'; path: YamlPath }
  | { kind: 'duplicate'; path: YamlPath }
  | { kind: 'doan-and-muc'; path: YamlPath }
  | { kind: 'other'; path: YamlPath; detail: string };

export function collectSchemaIssues(data: unknown): SchemaIssue[] {
  // A document that is not a mapping is reported once by yaml/syntax; the schema would only add noise.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const errors = resolveUnions(validateWithPlanSchema(data));
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = toIssue(error, data);
    if (!issue) continue;
    const key = JSON.stringify(issue, (k, v) => (k === 'data' ? undefined : v));
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * A union (anyOf) that fails reports every branch's errors, which reads as noise. Keep instead the
 * errors of the branch whose type fits the value, or, when none fits, one type error for the union.
 */
function resolveUnions(errors: ErrorObject[]): ErrorObject[] {
  let remaining = errors;
  const unions = errors
    .filter((error) => error.keyword === 'anyOf')
    .sort((a, b) => depth(a.instancePath) - depth(b.instancePath));
  for (const union of unions) {
    if (!remaining.includes(union)) continue;
    const base = union.instancePath;
    remaining = remaining.filter((e) => e.instancePath !== base && !e.instancePath.startsWith(base + '/'));
    const branches = (union.schema as SchemaNode[]) ?? [];
    const actual = jsonType(union.data);
    const fitting = branches
      .map((branch, index) => ({ branch, index }))
      .filter(({ branch }) => typeFits(acceptedTypes(branch), actual));
    if (fitting.length === 0) {
      remaining.push({
        ...union,
        keyword: 'type',
        params: { type: [...new Set(branches.flatMap((branch) => acceptedTypes(branch)))] },
      });
      continue;
    }
    // ajv's schemaPath is relative to the referenced definition; find the union's absolute pointer.
    const unionPointer = union.parentSchema ? unionPointerOf(union.parentSchema) : undefined;
    if (!unionPointer) {
      remaining.push(union);
      continue;
    }
    let best: ErrorObject[] | undefined;
    for (const { index } of fitting) {
      const branchErrors = validateWithSubschema(`${unionPointer}/anyOf/${index}`, union.data);
      if (!best || branchErrors.length < best.length) best = branchErrors;
    }
    remaining.push(
      ...resolveUnions(best ?? []).map((error) => ({ ...error, instancePath: base + error.instancePath })),
    );
  }
  return remaining;
}

function typeFits(accepted: string[], actual: string): boolean {
  if (accepted.length === 0) return true;
  return accepted.includes(actual) || (actual === 'integer' && accepted.includes('number'));
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}

function toIssue(error: ErrorObject, root: unknown): SchemaIssue | undefined {
  const path = toYamlPath(error.instancePath, root);
  const parent = error.parentSchema as SchemaNode | undefined;
  switch (error.keyword) {
    case 'required':
      return { kind: 'required', path, missing: String(error.params.missingProperty) };
    case 'additionalProperties': {
      const allowed = Object.keys(parent?.properties ?? schemasAtPath(path)[0]?.properties ?? {});
      return { kind: 'unknown-key', path, key: String(error.params.additionalProperty), allowed };
    }
    case 'type': {
      const expected = error.params.type;
      return {
        kind: 'type',
        path,
        expected: Array.isArray(expected) ? expected : String(expected).split(','),
        actual: jsonType(error.data),
        data: error.data,
      };
    }
    case 'enum':
      return { kind: 'enum', path, allowed: (error.params.allowedValues as unknown[]) ?? [], data: error.data };
    case 'pattern':
      return { kind: 'pattern', path, hint: parent?.['x-hint'], data: error.data };
    case 'minProperties':
      return { kind: 'empty', path };
    case 'uniqueItems':
      return { kind: 'duplicate', path };
    case 'not':
      return { kind: 'doan-and-muc', path };
    case 'if':
      return undefined; // the failing then/else branch reports its own errors
    default:
      return { kind: 'other', path, detail: error.message ?? error.keyword };
  }
}

/** Converts an ajv instance path ("/nhiem_vu/0/ten") to keys and indices, using the data's shape. */
function toYamlPath(pointer: string, root: unknown): YamlPath {
  if (!pointer) return [];
  const path: YamlPath = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(part);
      path.push(index);
      current = current[index];
    } else {
      path.push(part);
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
    }
  }
  return path;
}
