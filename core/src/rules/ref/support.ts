// Shared by the ref/* rules: the plan's analysed citations, how to name registry layers and entries in
// messages, and edits confined to a citation's parts.

import { analyzeCitations, partRange, type CitationAnalysis, type ResolvedCitation } from '../../citations/analyze';
import { formatDate, parseIsoDate, type DateValue } from '../../citations/dates';
import type { CitationDate, CitationPart } from '../../citations/parse-citation';
import { t } from '../../i18n/messages';
import type { Registry, RegistryEntry, RegistryLayer, RegistryMatch } from '../../registry/registry';
import type { Fix, Language, TextEdit } from '../../types';
import type { RuleContext } from '../rule';

export function analysisOf(context: RuleContext): CitationAnalysis {
  return analyzeCitations(context.plan, context.registry);
}

/** "Nghị quyết 76/NQ-CP", or "Luật Tổ chức chính quyền địa phương" for a Luật cited by name. */
export function nameOf(citation: ResolvedCitation): string {
  const c = citation.citation;
  if (c.symbol) return c.symbol.parsed.compact;
  return `${c.typeWord?.text ?? 'Luật'} ${c.name?.text ?? ''}`.trim();
}

/** The registry layers searched, for ref/unknown: "sổ văn bản Trung ương, sổ văn bản của thành phố Hải Phòng và …". */
export function searchedLayers(registry: Registry, lang: Language): string {
  const parts: string[] = [];
  let provinces = 0;
  for (const layer of registry.layers) {
    if (layer.layer === 'national') parts.push(t(lang, 'layer.national'));
    else if (layer.layer === 'province') provinces++;
    else if (layer.origin === 'registry-file') parts.push(t(lang, 'layer.registryFile', { file: layer.name }));
    else if (layer.origin === 'plans' && Number(layer.name) > 0) parts.push(t(lang, 'layer.plans', { count: layer.name }));
  }
  const provinceLayers = registry.layers.filter((layer) => layer.layer === 'province');
  if (provinces === 1) parts.splice(1, 0, t(lang, 'layer.province', { name: provinceLayers[0].province?.name ?? provinceLayers[0].name }));
  else if (provinces > 1) parts.splice(1, 0, t(lang, 'layer.provinces'));
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}${t(lang, 'word.and')}${parts[parts.length - 1]}` : parts.join('');
  const hasCommuneRegistry = registry.layers.some((layer) => layer.origin === 'registry-file');
  return hasCommuneRegistry ? joined : `${joined} (${t(lang, 'layer.noCommuneRegistry')})`;
}

/** Where an entry comes from, for messages: "sổ văn bản Trung ương", "kế hoạch trong thư mục (tệp)". */
export function layerPhrase(layer: RegistryLayer, lang: Language, entry?: RegistryEntry): string {
  if (layer.layer === 'national') return t(lang, 'layer.national');
  if (layer.layer === 'province') return t(lang, 'layer.province', { name: layer.province?.name ?? layer.name });
  if (layer.origin === 'plans' && entry?.plan) return t(lang, 'layer.planFile', { file: fileName(entry.plan.uri) });
  return t(lang, 'layer.registryFile', { file: layer.name });
}

export function fileName(uri: string): string {
  const parts = uri.replace(/\\/g, '/').split('/');
  return decodeURIComponent(parts[parts.length - 1] || uri);
}

export function displayIsoDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatDate(date) : iso;
}

export function displayCitedDate(date: CitationDate): string {
  return date.text.replace(/\s+/g, ' ');
}

export { citationTextOf, isLaw } from '../../registry/describe';

/** A date written the way the citation wrote its own (short or long, same zero padding). */
export function dateLike(cited: CitationDate | undefined, value: DateValue): string {
  if (!cited) return formatDate(value);
  if (cited.form === 'year') return String(value.year);
  // Follow the citation's padding where it shows a habit (an unpadded day below 10, a padded month from 3 on, an
  // unpadded January or February); otherwise the decree's: day below 10 and months 1-2 padded.
  const day = cited.day ?? 0;
  const month = cited.month ?? 0;
  return formatDate(value, {
    form: cited.form,
    padDay: day < 10 ? cited.padDay : true,
    padMonth: cited.padMonth && month >= 3 ? true : !cited.padMonth && month >= 1 && month <= 2 ? false : (value.month ?? 0) <= 2,
  });
}

export function replaceEdit(citation: ResolvedCitation, part: CitationPart, newText: string): TextEdit {
  return { range: partRange(citation.field, part), newText };
}

/** An insertion right after a part (inside the citation's end). */
export function insertAfter(citation: ResolvedCitation, part: CitationPart, newText: string): TextEdit {
  const at = partRange(citation.field, part).end;
  return { range: { start: at, end: at }, newText };
}

export function fixOf(title: string, ...edits: TextEdit[]): Fix {
  return { title, edits };
}

/** A fix that needs a person's judgement: offered, never applied by "fix all". */
export function choiceOf(title: string, ...edits: TextEdit[]): Fix {
  return { title, edits, isPreferred: false };
}

/** Keeps the first letter's case of the word it replaces ("quyết định" stays lower case). */
export function caseLike(model: string, word: string): string {
  if (!model || !word) return word;
  const upper = model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase();
  return (upper ? word[0].toUpperCase() : word[0].toLowerCase()) + word.slice(1);
}

export function statusOf(match: RegistryMatch): 'in-force' | 'replaced' | 'expired' {
  return match.entry.status ?? 'in-force';
}
