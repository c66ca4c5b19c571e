import { isMap, isScalar, isSeq } from 'yaml';
import { findPair } from '../model/yaml-nodes';
import type { ParsedPlan } from '../parse/parse-plan';
import { DRAFTING_UNIT_ABBREVIATIONS, type ClauseContext } from './library';

const stringAt = (plan: ParsedPlan, key: string): string | undefined => {
  const root = plan.model.root;
  const value = root ? findPair(root, key)?.value : undefined;
  return isScalar(value) && typeof value.value === 'string' ? value.value.trim() : undefined;
};

/** "Lưu: VT, VHXH" entries of the plan's (or its decision's) distribution list. */
export function archiveAbbreviation(plan: ParsedPlan): string | undefined {
  const root = plan.model.root;
  const lists = [root && findPair(root, 'noi_nhan')?.value];
  const decision = root && findPair(root, 'quyet_dinh')?.value;
  if (isMap(decision)) lists.push(findPair(decision, 'noi_nhan')?.value);
  for (const list of lists) {
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      const text = isScalar(item) ? String(item.value ?? '') : '';
      const match = /^Lưu\s*:\s*VT\s*,\s*([^.;]+)/u.exec(text.trim());
      if (match) return match[1].trim();
    }
  }
  return undefined;
}

/** What the clause placeholders become for this plan; sensible defaults where the plan is silent. */
export function clauseContext(plan: ParsedPlan): ClauseContext {
  const body = stringAt(plan, 'co_quan') ?? '';
  const commune = /((?:xã|phường|đặc khu)\s+.+)$/iu.exec(body)?.[1] ?? 'xã';
  const subject = stringAt(plan, 'trich_yeu') ?? '';
  const year =
    /năm\s+(\d{4})/u.exec(stringAt(plan, 'ky') ?? '')?.[1] ??
    /năm\s+(\d{4})/u.exec(subject)?.[1] ??
    /^(\d{4})/.exec(stringAt(plan, 'ngay') ?? '')?.[1] ??
    '';
  const abbreviation = archiveAbbreviation(plan);
  const knownUnit = abbreviation ? DRAFTING_UNIT_ABBREVIATIONS[abbreviation] : undefined;
  return {
    xa: commune,
    nam: year,
    don_vi: knownUnit ?? 'Phòng Văn hóa - Xã hội',
    viet_tat: knownUnit ? abbreviation! : 'VHXH',
    ten: subject ? subject.charAt(0).toLocaleLowerCase('vi') + subject.slice(1) : '',
  };
}
