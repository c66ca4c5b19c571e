import { isAlias, isMap, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { LineIndex } from '../text/line-index';
import { buildPlanModel, type PlanModel } from '../model/plan-model';
import { reparsePlan } from './incremental';
import type { OffsetRange } from '../types';

/** Aliases are expanded at most this many times when building plain data (guards alias bombs). */
export const MAX_ALIAS_EXPANSIONS = 100;

export interface DataProblem {
  kind: 'alias-limit' | 'unresolved-alias' | 'unreadable';
  range: OffsetRange;
  detail?: string;
}

export interface ParsedPlan {
  text: string;
  lines: LineIndex;
  doc: Document.Parsed;
  /** Errors reported by the YAML parser itself. */
  yamlErrors: YAMLError[];
  /** Plain data for schema validation; undefined when it could not be built safely. */
  data: unknown;
  dataProblems: DataProblem[];
  model: PlanModel;
}

/**
 * Parses a plan. Never throws: should the YAML library itself fail, the plan is empty and the
 * failure is kept as a data problem (reported by yaml/syntax). With `previous` (the plan of an earlier
 * version of the same document, which must not be used afterwards), unchanged parts are re-used when safe.
 */
export function parsePlan(text: string, previous?: ParsedPlan): ParsedPlan {
  if (previous) {
    // Only the changed section or rows are parsed again; the previous plan is consumed (parse/incremental.ts).
    try {
      const spliced = reparsePlan(previous, text);
      if (spliced) return spliced;
    } catch {
      // a full parse below
    }
  }
  try {
    return parseUnguarded(text);
  } catch (error) {
    const plan = unparsedPlan(text);
    plan.dataProblems.push({ kind: 'unreadable', range: { start: 0, end: plan.lines.lineEnd(0) }, detail: String((error as Error)?.message ?? error) });
    return plan;
  }
}

/** A plan whose text is not parsed (too large to check, or unreadable): positions work, the model is empty. */
export function unparsedPlan(text: string): ParsedPlan {
  const doc = parseDocument('');
  return { text, lines: new LineIndex(text), doc, yamlErrors: [], data: undefined, dataProblems: [], model: buildPlanModel(doc, '') };
}

function parseUnguarded(text: string): ParsedPlan {
  const doc = parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
  });
  const dataProblems: DataProblem[] = [];
  // An alias is written with "*": most plans have none, and the walk over every node is skipped.
  if (text.includes('*')) visit(doc, {
    Alias(_key, alias) {
      if (!alias.resolve(doc)) {
        const [start, end] = alias.range ?? [0, 0];
        dataProblems.push({ kind: 'unresolved-alias', range: { start, end } });
      }
    },
  });
  let data: unknown;
  if (dataProblems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    } catch {
      data = undefined;
      const firstAlias = findFirstAlias(doc);
      dataProblems.push({ kind: 'alias-limit', range: firstAlias ?? { start: 0, end: 0 } });
    }
  }
  return {
    text,
    lines: new LineIndex(text),
    doc,
    yamlErrors: doc.errors,
    data,
    dataProblems,
    model: buildPlanModel(doc, text),
  };
}

function findFirstAlias(doc: Document.Parsed): OffsetRange | undefined {
  let found: OffsetRange | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) && node.range) {
        found = { start: node.range[0], end: node.range[1] };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function rootMap(plan: ParsedPlan) {
  return isMap(plan.doc.contents) ? plan.doc.contents : undefined;
}
