import type { Language } from '../types';

import { commonMessages } from './catalogue/common';
import { configMessages } from './catalogue/config';
import { docMessages } from './catalogue/doc';
import { importMessages } from './catalogue/import';
import { planMessages } from './catalogue/plan';
import { refMessages } from './catalogue/ref';
import { schemaMessages } from './catalogue/schema';
import { taskMessages } from './catalogue/task';
import { textMessages } from './catalogue/text';
import { unitMessages } from './catalogue/unit';
import { yamlMessages } from './catalogue/yaml';

// The one catalogue of user-facing text, assembled from one file per area (catalogue/*.ts).
// Vietnamese first; English for editors running in English. Placeholders are written {name} and filled by `t`.
const catalogue = {
  ...commonMessages,
  ...configMessages,
  ...docMessages,
  ...importMessages,
  ...planMessages,
  ...refMessages,
  ...schemaMessages,
  ...taskMessages,
  ...textMessages,
  ...unitMessages,
  ...yamlMessages,
};

export type MessageKey = keyof typeof catalogue;

export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = catalogue[key][lang] ?? catalogue[key].vi;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Both languages of a text, for metadata that is rendered later in either language. */
export interface Bilingual {
  vi: string;
  en: string;
}

export function pick(lang: Language, text: Bilingual): string {
  return text[lang] ?? text.vi;
}
