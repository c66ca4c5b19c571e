import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { t } from '../i18n/messages';
import { findPair, nodeRange, scalarKey } from '../model/yaml-nodes';
import { allRules } from '../rules';
import type { Language, OffsetRange, Severity } from '../types';
import { closestMatch } from '../util/strings';

export const CONFIG_FILE_NAME = '.kehoach.yaml';
const LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type RuleLevel = (typeof LEVELS)[number];

export interface ConfigProblem {
  range: OffsetRange;
  message: string;
}

export interface KehoachConfig {
  /** Severity by rule id; 'off' turns a rule off. */
  severities: Record<string, Severity | 'off'>;
  /** Problems in the file itself, located; a malformed entry is skipped, the rest still applies. */
  problems: ConfigProblem[];
}

/**
 * Reads a `.kehoach.yaml` project file:
 *   rules:
 *     ref/unknown: off
 *     task/missing-partner: warning
 * A rule id may end in "/*" to set a whole category.
 */
export function parseConfig(text: string, lang: Language = 'vi'): KehoachConfig {
  const severities: Record<string, Severity | 'off'> = {};
  const problems: ConfigProblem[] = [];
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    problems.push({ range: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) }, message: t(lang, 'config.syntax', { detail: error.message }) });
  }
  const root = doc.contents;
  if (root === null || problems.length > 0) return { severities, problems };
  if (!isMap(root)) {
    problems.push({ range: nodeRange(root), message: t(lang, 'config.root') });
    return { severities, problems };
  }
  for (const pair of root.items) {
    const key = scalarKey(pair);
    if (key !== 'rules' && isScalar(pair.key)) problems.push({ range: nodeRange(pair.key), message: t(lang, 'config.unknownSection', { key: String(key) }) });
  }
  const rules = findPair(root, 'rules')?.value;
  if (rules === undefined || rules === null) return { severities, problems };
  if (!isMap(rules)) {
    problems.push({ range: nodeRange(rules as never), message: t(lang, 'config.rulesMapping') });
    return { severities, problems };
  }
  const ids = allRules.map((rule) => rule.meta.id);
  const categories = [...new Set(ids.map((id) => id.split('/')[0] + '/*'))];
  for (const pair of rules.items) {
    const id = scalarKey(pair);
    if (id === undefined || !isScalar(pair.key)) continue;
    const keyRange = nodeRange(pair.key);
    const level = isScalar(pair.value) ? String(pair.value.value) : '';
    if (!ids.includes(id) && !categories.includes(id)) {
      const suggestion = closestMatch(id, [...ids, ...categories]);
      problems.push({
        range: keyRange,
        message: suggestion ? t(lang, 'config.unknownRuleSuggest', { id, suggestion }) : t(lang, 'config.unknownRule', { id }),
      });
      continue;
    }
    if (!(LEVELS as readonly string[]).includes(level)) {
      problems.push({
        range: pair.value && isScalar(pair.value) ? nodeRange(pair.value) : keyRange,
        message: t(lang, 'config.level', { id, value: level, allowed: LEVELS.join(', ') }),
      });
      continue;
    }
    if (id.endsWith('/*')) {
      for (const ruleId of ids.filter((ruleId) => ruleId.startsWith(id.slice(0, -1)))) severities[ruleId] ??= level as RuleLevel;
    } else {
      severities[id] = level as RuleLevel;
    }
  }
  return { severities, problems };
}
