import type { Rule } from '../rule';
import { textOutdatedLevel } from './outdated-level';

export const textRules: readonly Rule[] = [textOutdatedLevel];
