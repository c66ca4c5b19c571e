// Completion inside can_cu / thuc_hien: typing "76", "Nghị quyết 76" or "nghi quyet 76" offers the full citation
// of the registry's documents ("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành …").

import { t } from '../i18n/messages';
import type { CompletionEntry } from '../language/completion';
import { citationTextOf } from '../registry/describe';
import type { Registry, RegistryMatch } from '../registry/registry';
import type { Language, OffsetRange } from '../types';
import { foldDiacritics } from '../util/strings';
import { formatDate, parseIsoDate } from './dates';

/** Keys whose list items are citations. */
export const CITATION_KEYS = new Set(['can_cu', 'thuc_hien']);

const NOISE = new Set(['so', 'ngay', 'cua']);

export function citationCompletions(typed: string, range: OffsetRange, registry: Registry, lang: Language, pad: string): CompletionEntry[] {
  const query = foldDiacritics(typed).trim();
  const tokens = query.split(/[\s,;]+/).filter((token) => token && !NOISE.has(token));
  const entries: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const match of registry.entries()) {
    const { entry } = match;
    const text = citationTextOf(entry);
    if (seen.has(text)) continue;
    const number = foldDiacritics(entry.symbol);
    const haystack = foldDiacritics(`${text} ${(entry.aliases ?? []).join(' ')}`);
    const matches = tokens.every((token) => (/^\d/.test(token) ? number.startsWith(token) || haystack.includes(` ${token}`) : haystack.includes(token)));
    if (!matches) continue;
    seen.add(text);
    const date = parseIsoDate(entry.date);
    const exactNumber = tokens.some((token) => /^\d+$/.test(token) && number.split(/[-/]/)[0] === token);
    const replaced = (entry.status ?? 'in-force') !== 'in-force';
    entries.push({
      label: `${entry.type} ${entry.symbol}`,
      kind: 'citation',
      detail: `${date ? formatDate(date) : entry.date} · ${entry.issuer}`,
      documentation: [entry.title, t(lang, 'completion.citation', { source: source(match, lang) })].filter(Boolean).join('\n\n'),
      insertText: pad + text,
      // The editor filters on the text typed since the start of the item: the symbol, the type word or the words.
      filterText: /^\d/.test(query) ? `${entry.symbol} ${text}` : `${text} ${foldDiacritics(text)}`,
      range,
      sortText: `${exactNumber ? 0 : 1}${replaced ? 1 : 0}${entry.symbol}`,
    });
  }
  return entries;
}

function source(match: RegistryMatch, lang: Language): string {
  const { layer, entry } = match;
  if (layer.layer === 'national') return t(lang, 'layer.national');
  if (layer.layer === 'province') return t(lang, 'layer.province', { name: layer.province?.name ?? layer.name });
  if (entry.plan) return t(lang, 'layer.planFile', { file: entry.plan.uri.replace(/\\/g, '/').split('/').pop() ?? '' });
  return t(lang, 'layer.registryFile', { file: layer.name });
}
