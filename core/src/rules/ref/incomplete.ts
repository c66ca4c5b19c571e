import { partRange, type AliasMention, type ResolvedCitation } from '../../citations/analyze';
import { formatDate, parseIsoDate } from '../../citations/dates';
import { analyzeIssuer, nameOfIssuerCode } from '../../citations/issuer';
import { t } from '../../i18n/messages';
import type { Fix, Language, TextEdit } from '../../types';
import type { Rule, RuleContext } from '../rule';
import { analysisOf, citationTextOf, fixOf, insertAfter, nameOf, replaceEdit } from './support';
import { fullIssuer, properPlaceName } from './unknown';

export const refIncomplete: Rule = {
  meta: {
    id: 'ref/incomplete',
    category: 'ref',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Lần dẫn đầu tiên của một văn bản thiếu ngày ban hành hoặc cơ quan ban hành (hoặc không ghi tên địa phương).',
      en: 'The first mention of a document lacks its date or issuer (or does not name the place).',
    },
    docs: {
      vi: [
        'Lần đầu dẫn một văn bản phải ghi đủ: tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu; các lần',
        'sau có thể chỉ ghi tên loại và số. kehoach báo lần dẫn đầu tiên (theo thứ tự trong văn bản) khi:',
        '',
        '- thiếu ngày ban hành hoặc cơ quan ban hành ("Nghị quyết số 1669/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội");',
        '- cơ quan ban hành chỉ ghi cấp mà không ghi tên địa phương ("của Ủy ban nhân dân thành phố", "của Ủy ban nhân dân xã");',
        '- văn bản chỉ được gọi bằng tên tắt ("Đề án 06 của Chính phủ") mà chưa được dẫn đầy đủ;',
        '- ở căn cứ, một Luật dẫn theo tên mà không có ngày ban hành.',
        '',
        'Sửa nhanh: thêm ngày, cơ quan ban hành theo sổ văn bản; ghi đủ tên địa phương theo sổ hoặc theo cơ quan ban hành',
        'của kế hoạch.',
        '',
        '```yaml',
        'noi_dung:',
        '  - ... Nghị quyết số 1669/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội ...   # báo: thiếu ngày ban hành',
        'can_cu:',
        '  - Quyết định số 3470/QĐ-UBND ngày 27/8/2025 của Ủy ban nhân dân thành phố ...   # báo: thành phố nào?',
        '  - Quyết định số 3470/QĐ-UBND ngày 27/8/2025 của Ủy ban nhân dân thành phố Hải Phòng ...   # đúng',
        '```',
      ].join('\n'),
      en: [
        'The first mention of a document must be complete (type, number, date, issuer, title); later mentions may give the type',
        'and number only. kehoach reports the first mention (in document order) when it lacks the date or the issuer, when the',
        'issuer names only a level ("của Ủy ban nhân dân thành phố"), when the document is only called by a short name',
        '("Đề án 06 của Chính phủ"), or, in a legal basis, when a Luật is cited by name without its date.',
        'Quick fix: add the date and issuer from the registry; complete the place from the registry or the plan\'s issuer.',
      ].join('\n'),
    },
  },
  check(context) {
    const analysis = analysisOf(context);
    for (const mention of analysis.first.values()) {
      if ('kind' in mention && mention.kind === 'alias') reportAlias(context, mention);
      else checkCitation(context, mention as ResolvedCitation, analysis.planIssuer);
    }
  },
};

function reportAlias(context: RuleContext, mention: AliasMention): void {
  context.report({
    range: mention.range,
    message: t(context.lang, 'ref.incompleteAlias', { alias: mention.alias, citation: citationTextOf(mention.match.entry, false) }),
  });
}

function checkCitation(context: RuleContext, c: ResolvedCitation, planIssuer: string | undefined): void {
  const { lang, registry } = context;
  const { citation } = c;
  const entry = c.resolution.match?.entry;
  const known = entry ? parseIsoDate(entry.date) : undefined;
  if (citation.kind === 'name') {
    if (!c.inLegalBasis || !citation.name || (citation.date && citation.date.form !== 'year')) return;
    const fixes: Fix[] = [];
    if (known && known.day !== undefined && !citation.date) {
      const long = formatDate(known, { form: 'long', padDay: false, padMonth: false });
      fixes.push(fixOf(t(lang, 'ref.fix.addDate', { date: long }), insertAfter(c, citation.name, ` ngày ${long}`)));
    }
    context.report({
      range: partRange(c.field, citation.name),
      message: t(lang, 'ref.incompleteLaw', { name: nameOf(c), example: entry ? citationTextOf(entry) : t(lang, 'ref.exampleDate') }),
      fixes: fixes.length > 0 ? fixes : undefined,
    });
    return;
  }
  const symbol = citation.symbol;
  if (!symbol) return;
  const missing: string[] = [];
  if (!citation.date) missing.push(t(lang, 'ref.missing.date'));
  if (!citation.issuer) missing.push(t(lang, 'ref.missing.issuer'));
  if (missing.length > 0) {
    const edits: TextEdit[] = [];
    const issuerName = entry?.issuer ?? nameOfIssuerCode(symbol.parsed.issuerCode);
    if (!citation.date && known) {
      const dateText = formatDate(known);
      const tail = !citation.issuer && issuerName ? ` ngày ${dateText} của ${issuerName}` : ` ngày ${dateText}`;
      edits.push(insertAfter(c, symbol, tail));
    } else if (citation.date && !citation.issuer && issuerName) {
      edits.push(insertAfter(c, citation.date, ` của ${issuerName}`));
    }
    context.report({
      range: partRange(c.field, symbol),
      message: t(lang, 'ref.incomplete', { symbol: symbol.parsed.compact, missing: joinWords(missing, lang) }),
      fixes: edits.length > 0 ? [fixOf(t(lang, 'ref.fix.complete', { text: edits.map((e) => e.newText.trim()).join(' ') }), ...edits)] : undefined,
    });
    return;
  }
  const issuer = citation.issuer!;
  if (!analyzeIssuer(issuer.text).generic) return;
  const full = entry ? entry.issuer : fullIssuer(issuer.text, registry, planIssuer);
  const place = full ? properPlaceName(full) : undefined;
  const completed = place && !issuer.text.endsWith(place) ? `${issuer.text.replace(/\s+/g, ' ')} ${place}` : undefined;
  context.report({
    range: partRange(c.field, issuer),
    message: completed
      ? t(lang, 'ref.incompleteIssuer', { issuer: issuer.text.replace(/\s+/g, ' '), full: completed })
      : t(lang, 'ref.incompleteIssuerUnknown', { issuer: issuer.text.replace(/\s+/g, ' ') }),
    fixes: completed && !issuer.shared ? [fixOf(t(lang, 'ref.fix.issuer', { issuer: completed }), replaceEdit(c, issuer, completed))] : undefined,
  });
}

function joinWords(words: string[], lang: Language): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')}${t(lang, 'word.and')}${words[words.length - 1]}` : words[0];
}
