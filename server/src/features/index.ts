import type { Feature } from '../context';
import { codeActionsFeature } from './code-actions';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';
import { symbolsFeature } from './symbols';

/** Request handlers, one module per feature. */
export const features: readonly Feature[] = [completionFeature, hoverFeature, symbolsFeature, codeActionsFeature];
