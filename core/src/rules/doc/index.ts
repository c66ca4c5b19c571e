import type { Rule } from '../rule';
import { docAppendixUnreferenced } from './appendix-unreferenced';
import { docArchiveMissing } from './archive-missing';
import { docDate } from './date';
import { docMissingSection } from './missing-section';
import { docSigner } from './signer';
import { docSymbolType } from './symbol-type';
import { docUnbalancedQuote } from './unbalanced-quote';

export const docRules: readonly Rule[] = [
  docMissingSection,
  docAppendixUnreferenced,
  docSigner,
  docArchiveMissing,
  docSymbolType,
  docUnbalancedQuote,
  docDate,
];
