import nationalData from '../../data/registry-national.json';
import haiPhongData from '../../data/registry-hai-phong.json';
import { normalizeSymbol } from '../citations/symbol';

export type DocumentStatus = 'in-force' | 'replaced' | 'expired';
export type LayerKind = 'national' | 'province' | 'workspace';

export interface RegistryEntry {
  /** Type word as cited, e.g. "Nghị quyết". */
  type: string;
  /** Number and symbol, e.g. "76/NQ-CP". */
  symbol: string;
  /** ISO date of issue. */
  date: string;
  issuer: string;
  title: string;
  status?: DocumentStatus;
  replacedBy?: string;
  /** False for facts the registry has not verified against an official source. */
  verified?: boolean;
}

export interface RegistryLayer {
  layer: LayerKind;
  name: string;
  entries: RegistryEntry[];
}

export interface RegistryMatch {
  entry: RegistryEntry;
  layer: RegistryLayer;
}

/** Known documents, searched layer by layer (national, then province packs, then the commune's own). */
export class Registry {
  private readonly index = new Map<string, RegistryMatch>();

  constructor(readonly layers: readonly RegistryLayer[]) {
    for (const layer of layers) {
      for (const entry of layer.entries) {
        const key = normalizeSymbol(entry.symbol);
        if (!this.index.has(key)) this.index.set(key, { entry, layer });
      }
    }
  }

  lookup(symbol: string): RegistryMatch | undefined {
    return this.index.get(normalizeSymbol(symbol));
  }

  entries(): RegistryMatch[] {
    return [...this.index.values()];
  }

  layerKinds(): LayerKind[] {
    return [...new Set(this.layers.map((layer) => layer.layer))];
  }
}

export const bundledLayers: readonly RegistryLayer[] = [nationalData as RegistryLayer, haiPhongData as RegistryLayer];

let bundled: Registry | undefined;

export function defaultRegistry(): Registry {
  return (bundled ??= new Registry(bundledLayers));
}
