import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './plan-validators.generated';
import planSchemaJson from '../../../schemas/plan.schema.json';
import type { Language } from '../types';
import type { YamlPath } from '../model/yaml-nodes';

/** A JSON Schema node, as far as kehoach reads it. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  'x-title-en'?: string;
  'x-description-en'?: string;
  'x-hint'?: { vi: string; en: string };
  /** How completion inserts the key: 'text' puts the value on the key's line even if a list is allowed. */
  'x-insert'?: 'text';
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  additionalProperties?: boolean | SchemaNode;
  definitions?: Record<string, SchemaNode>;
  [keyword: string]: unknown;
}

export const planSchema = planSchemaJson as unknown as SchemaNode;

// The validators are code generated from the schema (scripts/validators.ts, `npm run docs`): nothing is compiled
// at run time.
const validatePlan = generated.plan as unknown as ValidateFunction;
const branchValidators = generated.branches as unknown as Record<string, ValidateFunction | undefined>;

/** Validates with the whole plan schema. */
export function validateWithPlanSchema(data: unknown): ErrorObject[] {
  return validatePlan(data) ? [] : [...(validatePlan.errors ?? [])];
}

/** Validates against one union branch of the plan schema, addressed by its JSON pointer (see unionBranchPointers). */
export function validateWithSubschema(pointer: string, data: unknown): ErrorObject[] {
  const validate = branchValidators[pointer];
  if (!validate) throw new Error(`no validator for ${pointer}: run \`npm run docs\``);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/**
 * The pointers of every union branch ("#/definitions/task/properties/chu_tri/anyOf/1"): resolving a union's errors
 * validates the value against the branch its type fits (schema-issues.ts), so each has a validator.
 */
export function unionBranchPointers(): string[] {
  const branches: string[] = [];
  pointerOf(planSchema as object);
  for (const [node, pointer] of pointers ?? []) {
    const anyOf = (node as { anyOf?: unknown }).anyOf;
    if (Array.isArray(anyOf)) anyOf.forEach((_, index) => branches.push(`${pointer}/anyOf/${index}`));
  }
  return branches;
}

let unionPointers: Map<string, string> | undefined;

/**
 * The JSON pointer of a union (a schema node with anyOf), given the node or a copy of it: the generated validators'
 * errors carry copies of the schema, not its nodes. Equal unions at two places give the first one's pointer (their
 * branches are equal too).
 */
export function unionPointerOf(node: object): string | undefined {
  if (!unionPointers) {
    const found = new Map<string, string>();
    pointerOf(planSchema as object);
    for (const [candidate, pointer] of pointers ?? []) {
      if (!Array.isArray((candidate as { anyOf?: unknown }).anyOf)) continue;
      const key = JSON.stringify(candidate);
      if (!found.has(key)) found.set(key, pointer);
    }
    unionPointers = found;
  }
  return pointerOf(node) ?? unionPointers.get(JSON.stringify(node));
}

let pointers: Map<object, string> | undefined;

/** The JSON pointer ("#/definitions/task") of a node of the plan schema, found by identity. */
export function pointerOf(node: object): string | undefined {
  if (!pointers) {
    const found = new Map<object, string>();
    const walk = (value: unknown, pointer: string) => {
      if (value === null || typeof value !== 'object' || found.has(value)) return;
      found.set(value, pointer);
      for (const [key, child] of Object.entries(value)) {
        walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    };
    walk(planSchema, '#');
    pointers = found;
  }
  return pointers.get(node);
}

/** Follows `$ref`s (local pointers only). */
export function resolveSchema(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let guard = 0; current?.$ref && guard < 16; guard++) {
    current = schemaAtPointer(current.$ref);
  }
  return current;
}

export function schemaAtPointer(pointer: string): SchemaNode | undefined {
  const hash = pointer.indexOf('#');
  const parts = pointer.slice(hash + 1).split('/').filter(Boolean).map(unescapePointer);
  let current: unknown = planSchema;
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current as SchemaNode | undefined;
}

function unescapePointer(part: string): string {
  return decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
}

export function schemaTitle(node: SchemaNode | undefined, lang: Language): string | undefined {
  if (!node) return undefined;
  const own = lang === 'en' ? (node['x-title-en'] ?? node.title) : node.title;
  return own ?? (node.$ref ? schemaTitle(resolveSchema(node), lang) : undefined);
}

export function schemaDescription(node: SchemaNode | undefined, lang: Language): string | undefined {
  if (!node) return undefined;
  const own = lang === 'en' ? (node['x-description-en'] ?? node.description) : node.description;
  return own ?? (node.$ref ? schemaDescription(resolveSchema(node), lang) : undefined);
}

/** Object shapes a value at this schema may take (an object schema itself, or its object branches). */
export function objectShapes(node: SchemaNode | undefined): SchemaNode[] {
  const resolved = resolveSchema(node);
  if (!resolved) return [];
  const shapes: SchemaNode[] = [];
  if (resolved.properties) shapes.push(resolved);
  for (const branch of resolved.anyOf ?? []) shapes.push(...objectShapes(branch));
  return shapes;
}

/** Item schemas of the list shapes a value at this schema may take. */
function itemShapes(node: SchemaNode | undefined): SchemaNode[] {
  const resolved = resolveSchema(node);
  if (!resolved) return [];
  const shapes: SchemaNode[] = [];
  if (resolved.items) shapes.push(resolved.items);
  for (const branch of resolved.anyOf ?? []) shapes.push(...itemShapes(branch));
  return shapes;
}

/**
 * The schemas that may describe the value at `path` (several when unions allow several shapes).
 * Property schemas are returned unresolved, so their own title and description are kept.
 */
export function schemasAtPath(path: YamlPath): SchemaNode[] {
  let current: SchemaNode[] = [planSchema];
  for (const segment of path) {
    const next: SchemaNode[] = [];
    for (const node of current) {
      if (typeof segment === 'number') {
        next.push(...itemShapes(node));
      } else {
        for (const shape of objectShapes(node)) {
          const property = shape.properties?.[segment];
          if (property) next.push(property);
        }
      }
    }
    if (next.length === 0) return [];
    current = next;
  }
  return current;
}

/** JSON type names a schema node accepts ("string", "array", …); empty when unconstrained. */
export function acceptedTypes(node: SchemaNode | undefined): string[] {
  const resolved = resolveSchema(node);
  if (!resolved) return [];
  if (resolved.anyOf) return [...new Set(resolved.anyOf.flatMap((branch) => acceptedTypes(branch)))];
  if (resolved.type) return Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (resolved.enum) return [...new Set(resolved.enum.map((value) => jsonType(value)))];
  if (resolved.properties) return ['object'];
  return [];
}

export function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}
