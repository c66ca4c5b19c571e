// The known units of a commune (domain.md §3), as data: core/data/units-*.json. The base pack lists the
// offices and actors after the 2025 reform and the outdated names; province packs add local names.
import communePack from '../../data/units-commune.json';
import haiPhongPack from '../../data/units-hai-phong.json';
import { unitTokens, type UnitToken } from './normalize';

export type UnitKind =
  /** A commune office or centre: one accountable unit. */
  | 'office'
  /** A body the People's Committee works with (Mặt trận, Đảng ủy, Tổ Công nghệ số cộng đồng…). */
  | 'actor'
  /** The commune's web portal: named like a unit in plans. */
  | 'platform'
  /** A set of units ("Các thôn", "Các phòng chuyên môn"): not one accountable unit. */
  | 'collective'
  /** The usual joint block "Ủy ban Mặt trận … và các tổ chức chính trị - xã hội". */
  | 'compound'
  /** A name that no longer exists after 1 July 2025. */
  | 'outdated';

export interface UnitEntry {
  id: string;
  /** Canonical spelling. */
  name: string;
  kind: UnitKind;
  /** Family of the unit ("phong", "trung-tam"), for collectives that cover it. */
  group?: string;
  /** Groups a collective stands for ("Các phòng chuyên môn" covers every "phong"). */
  covers?: string[];
  /** Units a compound block is made of. */
  members?: string[];
  /** For an outdated name: the unit that replaced it. */
  replacedBy?: string;
  /** Only a unit when followed by "xã" (so "Văn phòng UBND thành phố" is not read as the commune office). */
  needsCommuneWord?: boolean;
  /** Other correct spellings (not reported). */
  spellings?: string[];
  /** Wrong spellings that still name this unit (reported, fixed to `name`). */
  aliases?: string[];
  /** Abbreviations: recognised only in unit fields (a lead, a partner, a block), never in running text. */
  abbreviations?: string[];
}

export interface UnitPack {
  name: string;
  units: UnitEntry[];
}

export const bundledUnitPacks: readonly UnitPack[] = [communePack as UnitPack, haiPhongPack as UnitPack];

export type MatchMode = 'cell' | 'text';

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: { entry: UnitEntry; inText: boolean }[];
}

export interface RegistryMatch {
  /** Exclusive token index where the name ends. */
  end: number;
  entries: UnitEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

export class UnitRegistry {
  readonly entries: readonly UnitEntry[];
  private readonly byId = new Map<string, UnitEntry>();
  private readonly root = newNode();

  constructor(readonly packs: readonly UnitPack[]) {
    const entries: UnitEntry[] = [];
    for (const pack of packs) {
      for (const entry of pack.units) {
        if (this.byId.has(entry.id)) continue;
        this.byId.set(entry.id, entry);
        entries.push(entry);
        for (const form of [entry.name, ...(entry.spellings ?? []), ...(entry.aliases ?? [])]) this.add(form, entry, entry.kind !== 'collective');
        for (const form of entry.abbreviations ?? []) this.add(form, entry, false);
      }
    }
    this.entries = entries;
  }

  private add(form: string, entry: UnitEntry, inText: boolean): void {
    const tokens = unitTokens(form);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let next = node.next.get(token.norm);
      if (!next) node.next.set(token.norm, (next = newNode()));
      node = next;
    }
    const existing = node.entries.find((candidate) => candidate.entry === entry);
    if (existing) existing.inText ||= inText;
    else node.entries.push({ entry, inText });
  }

  /** Every registered name starting at token `from`, longest first. */
  matches(tokens: readonly UnitToken[], from: number, mode: MatchMode): RegistryMatch[] {
    const found: RegistryMatch[] = [];
    let node: TrieNode | undefined = this.root;
    for (let i = from; i < tokens.length && node; i++) {
      node = node.next.get(tokens[i].norm);
      if (!node) break;
      const entries = node.entries.filter((candidate) => mode === 'cell' || candidate.inText).map((candidate) => candidate.entry);
      if (entries.length) found.push({ end: i + 1, entries });
    }
    return found.reverse();
  }

  entry(id: string): UnitEntry | undefined {
    return this.byId.get(id);
  }

  /** For an outdated name, the unit that replaced it; otherwise the entry itself. */
  current(entry: UnitEntry): UnitEntry | undefined {
    if (entry.kind !== 'outdated') return entry;
    return entry.replacedBy ? this.byId.get(entry.replacedBy) : undefined;
  }

  /** Spellings that are not reported as variants. */
  accepted(entry: UnitEntry): string[] {
    return [entry.name, ...(entry.spellings ?? [])];
  }

  /** Canonical names to offer in completion: current offices, actors and the usual collectives. */
  canonicalNames(): string[] {
    return this.entries.filter((entry) => entry.kind !== 'outdated').map((entry) => entry.name);
  }
}

let bundled: UnitRegistry | undefined;

export function defaultUnitRegistry(): UnitRegistry {
  return (bundled ??= new UnitRegistry(bundledUnitPacks));
}
