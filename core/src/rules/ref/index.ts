import type { Rule } from '../rule';
import { refDateMismatch } from './date-mismatch';
import { refFutureDated } from './future-dated';
import { refIncomplete } from './incomplete';
import { refInconsistent } from './inconsistent';
import { refInvalidDate } from './invalid-date';
import { refIssuerMismatch } from './issuer-mismatch';
import { refMalformedSymbol } from './malformed-symbol';
import { refSuperseded } from './superseded';
import { refTitleMismatch } from './title-mismatch';
import { refTypeMismatch } from './type-mismatch';
import { refUnknown } from './unknown';

export const refRules: readonly Rule[] = [
  refUnknown,
  refDateMismatch,
  refTitleMismatch,
  refTypeMismatch,
  refIssuerMismatch,
  refFutureDated,
  refInvalidDate,
  refIncomplete,
  refMalformedSymbol,
  refSuperseded,
  refInconsistent,
];
