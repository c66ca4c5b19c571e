import type { Rule } from '../rule';
import { yamlSyntax } from './syntax';
import { yamlTooLarge } from './too-large';

export const yamlRules: readonly Rule[] = [yamlSyntax, yamlTooLarge];
