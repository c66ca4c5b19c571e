import type { Rule } from '../rule';
import { refUnknown } from './unknown';

export const refRules: readonly Rule[] = [refUnknown];
