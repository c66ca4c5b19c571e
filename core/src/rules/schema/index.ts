import type { Rule } from '../rule';
import { schemaRequired } from './required';
import { schemaType } from './type';
import { schemaUnknownKey } from './unknown-key';
import { schemaValue } from './value';

export const schemaRules: readonly Rule[] = [schemaRequired, schemaUnknownKey, schemaType, schemaValue];
