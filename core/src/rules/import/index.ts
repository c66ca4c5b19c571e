import type { Rule } from '../rule';
import { importUnplacedText } from './unplaced-text';

export const importRules: readonly Rule[] = [importUnplacedText];
