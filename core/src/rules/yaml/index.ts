import type { Rule } from '../rule';
import { yamlSyntax } from './syntax';

export const yamlRules: readonly Rule[] = [yamlSyntax];
