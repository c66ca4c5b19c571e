import { analyzeCitations, citationsOfPlan, partRange, type ResolvedCitation } from '../../citations/analyze';
import { dateProblem, sameDate } from '../../citations/dates';
import { titlesDiffer } from '../../citations/titles';
import { t } from '../../i18n/messages';
import { excerpt } from '../../util/strings';
import type { Rule, RuleContext } from '../rule';
import { analysisOf, fileName, nameOf } from './support';
import type { Workspace } from '../../workspace/workspace';

export const refInconsistent: Rule = {
  meta: {
    id: 'ref/inconsistent',
    category: 'ref',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Cùng một văn bản được dẫn với hai ngày hoặc hai trích yếu khác nhau, trong một kế hoạch hoặc giữa các kế hoạch.',
      en: 'The same document is cited with two dates or two titles, within one plan or across the plans of the workspace.',
    },
    docs: {
      vi: [
        'Với văn bản có trong sổ, ngày và trích yếu được so với sổ (ref/date-mismatch, ref/title-mismatch). Với văn bản',
        'chưa có trong sổ (thường là văn bản của xã), kehoach so các lần dẫn với nhau: trong cùng kế hoạch, và với các kế',
        'hoạch khác trong thư mục. Hai ngày khác nhau thì ít nhất một ngày sai; hãy đối chiếu văn bản gốc rồi bổ sung văn',
        'bản vào sổ văn bản của xã.',
        '',
        '```yaml',
        'can_cu:',
        '  - Kế hoạch số 50/KH-UBND ngày 26/9/2025 của Ủy ban nhân dân xã Tiên Lãng ...',
        'noi_dung:',
        '  - ... Kế hoạch số 50/KH-UBND ngày 26/10/2025 của Ủy ban nhân dân xã Tiên Lãng ...   # báo: 26/9/2025 ở dòng trên',
        '```',
      ].join('\n'),
      en: [
        'Known documents are compared with the registry (ref/date-mismatch, ref/title-mismatch). For documents the registry',
        'does not have (usually the commune\'s own), kehoach compares the mentions with each other, within the plan and with',
        'the other plans of the workspace. Two dates mean at least one is wrong: check the original, then add it to the registry.',
      ].join('\n'),
    },
  },
  check(context) {
    const analysis = analysisOf(context);
    const groups = new Map<string, ResolvedCitation[]>();
    for (const c of analysis.citations) {
      const entry = c.resolution.match?.entry;
      if (entry && entry.title) continue;
      const list = groups.get(c.key) ?? [];
      list.push(c);
      groups.set(c.key, list);
    }
    for (const list of groups.values()) {
      const known = list[0].resolution.match !== undefined;
      if (!known) checkDates(context, list);
      checkTitles(context, list);
    }
    checkAcrossPlans(context, groups);
  },
};

function validDate(c: ResolvedCitation) {
  const date = c.citation.date;
  return date && date.form !== 'year' && !dateProblem(date) ? date : undefined;
}

function lineOf(context: RuleContext, offset: number): number {
  return context.plan.lines.positionAt(offset).line + 1;
}

function checkDates(context: RuleContext, list: ResolvedCitation[]): void {
  const reference = list.find(validDate);
  if (!reference) return;
  const referenceDate = validDate(reference)!;
  for (const c of list) {
    const date = validDate(c);
    if (!date || c === reference || sameDate(date, referenceDate)) continue;
    context.report({
      range: partRange(c.field, date),
      message: t(context.lang, 'ref.inconsistentDate', {
        symbol: nameOf(c),
        date: date.text.replace(/\s+/g, ' '),
        other: referenceDate.text.replace(/\s+/g, ' '),
        where: t(context.lang, 'ref.where.line', { line: lineOf(context, partRange(reference.field, referenceDate).start) }),
      }),
    });
  }
}

function checkTitles(context: RuleContext, list: ResolvedCitation[]): void {
  const reference = list.find((c) => c.citation.title);
  if (!reference || reference.citation.kind !== 'number') return;
  const referenceTitle = reference.citation.title!;
  for (const c of list) {
    const title = c.citation.title;
    if (!title || c === reference || !titlesDiffer(title.text, referenceTitle.text)) continue;
    context.report({
      range: partRange(c.field, title),
      message: t(context.lang, 'ref.inconsistentTitle', {
        symbol: nameOf(c),
        other: excerpt(referenceTitle.text, 120),
        where: t(context.lang, 'ref.where.line', { line: lineOf(context, partRange(reference.field, referenceTitle).start) }),
      }),
    });
  }
}

/** The first dated mention of an unknown document against the other plans' mentions of it. */
function checkAcrossPlans(context: RuleContext, groups: Map<string, ResolvedCitation[]>): void {
  const { registry } = context;
  const workspace = registry.workspace;
  if (!workspace) return;
  // Only the plans that mention one of this plan's unknown symbols are analysed (their citations are parsed once).
  const unknownSymbols = new Set(
    [...groups.values()].filter((list) => !list[0].resolution.match).flatMap((list) => list.map((c) => c.citation.symbol?.parsed.key ?? '')),
  );
  if (unknownSymbols.size === 0) return;
  const bySymbol = plansBySymbol(workspace.plans);
  const citing = new Set<WorkspacePlan>();
  for (const symbol of unknownSymbols) for (const plan of bySymbol.get(symbol) ?? []) if (plan.uri !== registry.selfUri) citing.add(plan);
  // In workspace order, as the plans are listed.
  const others = workspace.plans.filter((plan) => citing.has(plan));
  if (others.length === 0) return;
  for (const list of groups.values()) {
    if (list[0].resolution.match) continue;
    const mine = list.find(validDate);
    if (!mine) continue;
    const myDate = validDate(mine)!;
    search: for (const other of others) {
      const theirs = analyzeCitations(other.parsed, registry).citations.filter((c) => c.crossKey === mine.crossKey && !c.resolution.match);
      for (const c of theirs) {
        const date = validDate(c);
        if (!date || sameDate(date, myDate)) continue;
        context.report({
          range: partRange(mine.field, myDate),
          message: t(context.lang, 'ref.inconsistentDate', {
            symbol: nameOf(mine),
            date: myDate.text.replace(/\s+/g, ' '),
            other: date.text.replace(/\s+/g, ' '),
            where: t(context.lang, 'ref.where.file', {
              file: fileName(other.uri),
              line: other.parsed.lines.positionAt(partRange(c.field, date).start).line + 1,
            }),
          }),
        });
        break search;
      }
    }
  }
}

type WorkspacePlan = Workspace['plans'][number];

/** The plans of a workspace by the symbols they cite: made once per workspace state, not once per plan checked. */
const symbolIndexes = new WeakMap<readonly WorkspacePlan[], Map<string, WorkspacePlan[]>>();

function plansBySymbol(plans: readonly WorkspacePlan[]): Map<string, WorkspacePlan[]> {
  let index = symbolIndexes.get(plans);
  if (!index) {
    index = new Map();
    for (const plan of plans) {
      for (const pc of citationsOfPlan(plan.parsed)) {
        const key = pc.citation.symbol?.parsed.key;
        if (key === undefined) continue;
        const list = index.get(key);
        if (!list) index.set(key, [plan]);
        else if (list[list.length - 1] !== plan) list.push(plan);
      }
    }
    symbolIndexes.set(plans, index);
  }
  return index;
}
