import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { insertMapEntryFirst } from '../../clauses/insert';
import { t } from '../../i18n/messages';
import { findPair, nodeRange } from '../../model/yaml-nodes';
import type { Fix } from '../../types';
import type { Rule } from '../rule';
import { decisionMap, isDecision } from './support';

const text = (map: YAMLMap, key: string): string | undefined => {
  const value = findPair(map, key)?.value;
  return isScalar(value) && typeof value.value === 'string' && value.value.trim() ? value.value.trim() : undefined;
};

const isDeputy = (title: string) => /^PHÓ(?![\p{L}\p{M}])/iu.test(title);

export const docSigner: Rule = {
  meta: {
    id: 'doc/signer',
    category: 'doc',
    defaultSeverity: 'error',
    fixable: true,
    description: {
      vi: 'Khối chữ ký phải đúng thẩm quyền: TM. cho văn bản của tập thể UBND, KT. kèm chức vụ cấp phó.',
      en: 'The signature block must state the authority right: TM. for a committee document, KT. with a deputy\'s title.',
    },
    docs: {
      vi: [
        'Theo Nghị định 30/2020/NĐ-CP: kế hoạch của Ủy ban nhân dân ký "TM. ỦY BAN NHÂN DÂN" rồi "CHỦ TỊCH"',
        '(hoặc "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"); "KT." phải đi với chức vụ cấp phó; cấp phó ký thì phải có "KT.";',
        'quyết định của Chủ tịch (thẩm quyền "CHỦ TỊCH ỦY BAN NHÂN DÂN …") không ký "TM.".',
        '',
        '```yaml',
        'nguoi_ky:            # báo: thiếu thay_mat (TM.)',
        '  chuc_vu: CHỦ TỊCH',
        '  ho_ten: Nguyễn Văn A',
        '```',
      ].join('\n'),
      en: [
        'Decree 30/2020/NĐ-CP: a committee plan is signed "TM. ỦY BAN NHÂN DÂN" then "CHỦ TỊCH" (or "KT. CHỦ TỊCH" /',
        '"PHÓ CHỦ TỊCH"); "KT." goes with a deputy\'s title and a deputy signs with "KT."; a decision of the',
        'Chairperson is not signed "TM.".',
      ].join('\n'),
    },
  },
  check(context) {
    const { plan, lang } = context;
    const root = plan.model.root;
    if (!root) return;
    const body = isScalar(findPair(root, 'co_quan')?.value) ? String((findPair(root, 'co_quan')!.value as { value: unknown }).value) : '';
    const committee = /^(ủy|uỷ)\s+ban\s+nhân\s+dân|^ubnd\b/iu.test(body.trim());

    const check = (signerPair: ReturnType<typeof findPair>, requireTM: boolean, forbidTM: boolean) => {
      const signer = signerPair?.value;
      if (!signerPair || !isMap(signer)) return;
      const keyRange = nodeRange(signerPair.key as Node);
      const onBehalf = text(signer, 'thay_mat');
      const signingFor = text(signer, 'ky_thay');
      const title = text(signer, 'chuc_vu') ?? '';
      if (requireTM && !onBehalf) {
        const edit = insertMapEntryFirst(plan, signer, 'thay_mat', 'ỦY BAN NHÂN DÂN');
        const fixes: Fix[] = edit ? [{ title: t(lang, 'doc.fix.addTM'), edits: [edit] }] : [];
        context.report({ range: keyRange, message: t(lang, 'doc.signerNoTM'), fixes });
      }
      if (forbidTM && onBehalf) {
        context.report({ range: nodeRange(findPair(signer, 'thay_mat')!.key as Node), message: t(lang, 'doc.signerDecisionTM') });
      }
      if (signingFor && title && !isDeputy(title)) {
        const pair = findPair(signer, 'chuc_vu')!;
        context.report({ range: nodeRange(pair.value as Node), message: t(lang, 'doc.signerKtNotDeputy', { head: signingFor, title }) });
      }
      if (!signingFor && isDeputy(title)) {
        const head = title.replace(/^PHÓ\s+/iu, '');
        // KT. sits between TM. and the title: insert it just before chuc_vu.
        const titlePair = findPair(signer, 'chuc_vu')!;
        const keyStart = nodeRange(titlePair.key as Node).start;
        const lineStart = plan.lines.lineStart(plan.lines.positionAt(keyStart).line);
        const prefix = plan.text.slice(lineStart, keyStart);
        const nl = plan.text.includes('\r\n') ? '\r\n' : '\n';
        const fixes: Fix[] =
          prefix.trim() === '' ? [{ title: t(lang, 'doc.fix.addKT', { head }), edits: [{ range: { start: lineStart, end: lineStart }, newText: `${prefix}ky_thay: ${head}${nl}` }] }] : [];
        context.report({ range: nodeRange(titlePair.value as Node), message: t(lang, 'doc.signerDeputyNoKt', { head }), fixes });
      }
    };

    if (isDecision(plan)) {
      const decision = decisionMap(plan);
      if (!decision) return;
      const authority = text(decision, 'tham_quyen') ?? '';
      check(findPair(decision, 'nguoi_ky'), false, /^CHỦ\s+TỊCH(?![\p{L}\p{M}])/iu.test(authority));
    } else {
      check(findPair(root, 'nguoi_ky'), committee, false);
    }
  },
};
