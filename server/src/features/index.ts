import type { Feature } from '../context';
import { citationNavigationFeature } from './citation-navigation';
import { codeActionsFeature } from './code-actions';
import { codeLensFeature } from './code-lens';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';
import { renameFeature } from './rename';
import { symbolsFeature } from './symbols';
import { unitNavigationFeature } from './unit-navigation';

/** Request handlers, one module per feature. */
export const features: readonly Feature[] = [
  completionFeature,
  hoverFeature,
  symbolsFeature,
  codeActionsFeature,
  renameFeature,
  unitNavigationFeature,
  codeLensFeature,
  citationNavigationFeature,
];
