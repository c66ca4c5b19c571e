// A registry entry as Markdown, for hover.
import { formatDate, parseIsoDate } from '../citations/dates';
import { t } from '../i18n/messages';
import type { Language } from '../types';
import type { RegistryEntry, RegistryMatch } from './registry';

export function describeEntry({ entry, layer }: RegistryMatch, lang: Language): string {
  const date = parseIsoDate(entry.date);
  const status =
    entry.status === 'replaced'
      ? t(lang, 'status.replaced', { by: entry.replacedBy ?? '?' })
      : t(lang, entry.status === 'expired' ? 'status.expired' : 'status.inForce');
  let source: string;
  if (layer.layer === 'national') source = t(lang, 'layer.national');
  else if (layer.layer === 'province') source = t(lang, 'layer.province', { name: layer.province?.name ?? layer.name });
  else if (entry.plan) source = t(lang, 'layer.planFile', { file: baseName(entry.plan.uri) });
  else source = t(lang, 'layer.registryFile', { file: layer.name });
  const lines = [
    `**${entry.type} ${entry.symbol}**`,
    '',
    ...(entry.title ? [`${t(lang, 'hover.title')}: ${entry.title}`, ''] : []),
    `${t(lang, 'hover.issued')}: ${date ? formatDate(date) : entry.date} · ${t(lang, 'hover.issuer')}: ${entry.issuer}`,
    '',
    `${t(lang, 'hover.status')}: ${status} · ${t(lang, 'hover.registry')}: ${source}${entry.verified === false ? ` (${t(lang, 'hover.unverified')})` : ''}`,
  ];
  if (entry.note) lines.push('', `${t(lang, 'hover.note')}: ${entry.note}`);
  return lines.join('\n');
}

function baseName(uri: string): string {
  const parts = uri.replace(/\\/g, '/').split('/');
  return decodeURIComponent(parts[parts.length - 1] || uri);
}

/** The citation of an entry as a plan writes it: "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ …". */
export function citationTextOf(entry: RegistryEntry, withTitle = true, withLawNumber = false): string {
  const date = parseIsoDate(entry.date);
  if (isLaw(entry.type) && entry.title) {
    // A Luật is cited by its name and date: "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025".
    const name = /^(?:Bộ luật|Luật)\s/u.test(entry.title) ? entry.title : `${entry.type} ${entry.title}`;
    const long = date ? formatDate(date, { form: 'long', padDay: false, padMonth: false }) : entry.date;
    return `${name}${withLawNumber ? ` số ${entry.symbol}` : ''} ngày ${long}`;
  }
  const dateText = date ? formatDate(date) : entry.date;
  const title = withTitle && entry.title ? ` ${entry.title}` : '';
  return `${entry.type} số ${entry.symbol} ngày ${dateText} của ${entry.issuer}${title}`;
}

export function isLaw(type: string): boolean {
  return /^(?:bộ luật|luật)$/iu.test(type.trim());
}
