// The text of one section (Mục đích, Nội dung tuyên truyền, a unit's duties…) as the plan format's
// section: lettered items a), b)… with "-" points and "+" sub-points, or "-" items with "+" points,
// and unnumbered paragraphs (`doan`). Letters are generated on export; a source whose letters repeat
// or skip one gets a comment at the item.
import { t } from '../i18n/messages';
import type { Language } from '../types';
import type { Line } from './normalize';
import type { SourceLocation } from './types';
import { dashItem, LETTERS, letterItem, plusItem } from './patterns';
import type { Value } from './yaml-writer';

export type ItemStyle = 'chu' | 'gach';

export type SectionBlock = string | { doan: string } | { muc: string; y: (string | { muc: string; y: string[] })[] };

export interface ParsedSection {
  blocks: SectionBlock[];
  /** `chu` when the section has lettered items, `gach` when its items are "-", none when it is only paragraphs. */
  style?: ItemStyle;
  /** Comments before blocks, by block index. */
  comments: Map<number, string[]>;
  /** Where the commented blocks are in the source. */
  places?: Map<number, SourceLocation | undefined>;
}

type Kind = 'letter' | 'dash' | 'plus' | 'plain';

interface Classified {
  kind: Kind;
  letter?: string;
  text: string;
  line: Line;
}

function classify(line: Line, italicPlain: (line: Line) => string): Classified {
  if (line.list) {
    if (line.list.ordered && line.list.level === 0) return { kind: 'letter', text: line.text, line };
    return { kind: line.list.level === 0 ? 'dash' : 'plus', text: line.text, line };
  }
  const letter = letterItem(line.text);
  if (letter) return { kind: 'letter', letter: letter.letter, text: letter.rest, line };
  const dash = dashItem(line.text);
  if (dash !== undefined) return { kind: 'dash', text: dash, line };
  const plus = plusItem(line.text);
  if (plus !== undefined) return { kind: 'plus', text: plus, line };
  return { kind: 'plain', text: italicPlain(line), line };
}

/** A paragraph in italics as a whole keeps its "*…*" markers in the plan's text. */
export function bodyText(line: Line): string {
  return line.italic ? `*${line.text}*` : line.text;
}

export function parseSection(lines: readonly Line[], lang: Language): ParsedSection {
  const items = lines.map((line) => classify(line, bodyText));
  const style: ItemStyle | undefined = items.some((item) => item.kind === 'letter') ? 'chu' : items.some((item) => item.kind === 'dash') ? 'gach' : undefined;
  const blocks: SectionBlock[] = [];
  const comments = new Map<number, string[]>();
  const places = new Map<number, SourceLocation | undefined>();
  let current: Line | undefined;
  const comment = (index: number, text: string) => {
    comments.set(index, [...(comments.get(index) ?? []), text]);
    places.set(index, current?.at);
  };

  const itemKind: Kind = style === 'chu' ? 'letter' : 'dash';
  const pointKind: Kind = style === 'chu' ? 'dash' : 'plus';
  // The current item, and its current point, that later points attach to.
  let item: number | undefined;
  let point: number | undefined;
  let expected = 0;
  const seen: string[] = [];

  for (const entry of items) {
    current = entry.line;
    if (style && entry.kind === itemKind) {
      blocks.push(entry.text);
      item = blocks.length - 1;
      point = undefined;
      if (entry.letter) {
        const index = LETTERS.indexOf(entry.letter);
        const generated = LETTERS[Math.min(seen.length, LETTERS.length - 1)];
        if (index !== expected) {
          const sequence = [...seen, entry.letter].join(' ');
          if (index < expected) comment(item, t(lang, 'import.letterRepeated', { letter: entry.letter, sequence, generated }));
          else {
            const previous = seen[seen.length - 1] ?? '';
            const skipped = LETTERS.slice(expected, index).map((letter) => `${letter})`).join(', ');
            comment(item, t(lang, 'import.letterSkipped', { letter: entry.letter, previous: previous || '-', skipped, generated }));
          }
        }
        seen.push(entry.letter);
        // A repeated letter takes the next place (a b c d d e: the second d stands for đ); a skip moves on.
        expected = index < expected ? expected + 1 : index + 1;
      } else {
        seen.push(LETTERS[Math.min(seen.length, LETTERS.length - 1)]);
        expected = seen.length;
      }
      continue;
    }
    const pointLike = style === 'chu' ? entry.kind === 'dash' || entry.kind === 'plus' : entry.kind === 'plus';
    if (style && pointLike && item !== undefined) {
      const target = asItemWithPoints(blocks, item);
      if (style === 'chu' && entry.kind === 'plus' && point !== undefined) {
        const parent = target.y[point];
        const sub = typeof parent === 'string' ? { muc: parent, y: [] as string[] } : parent;
        sub.y.push(entry.text);
        target.y[point] = sub;
        continue;
      }
      target.y.push(entry.text);
      point = entry.kind === pointKind || style === 'gach' ? target.y.length - 1 : point;
      continue;
    }
    // A paragraph, or a point with no item before it: an unnumbered paragraph, printed as written.
    const text = entry.kind === 'plain' ? entry.text : `${markerOf(entry)} ${entry.text}`;
    blocks.push({ doan: text });
    item = undefined;
    point = undefined;
  }
  return { blocks, style, comments, places };
}

function markerOf(entry: Classified): string {
  if (entry.kind === 'letter') return `${entry.letter ?? ''})`;
  if (entry.kind === 'plus') return '+';
  return '-';
}

function asItemWithPoints(blocks: SectionBlock[], index: number): { muc: string; y: (string | { muc: string; y: string[] })[] } {
  const block = blocks[index];
  if (typeof block === 'string') {
    const converted = { muc: block, y: [] as (string | { muc: string; y: string[] })[] };
    blocks[index] = converted;
    return converted;
  }
  return block as { muc: string; y: (string | { muc: string; y: string[] })[] };
}

/**
 * The section as the value of its key, given the plan's item style: one paragraph stays a string; a
 * section whose style differs from the plan's, or that keeps its own heading, takes the object form.
 * Returns the path prefix of the blocks (for comments).
 */
export function sectionValue(section: ParsedSection, planStyle: ItemStyle, title?: string): { value: Value; blocksPath: (string | number)[] } | undefined {
  if (section.blocks.length === 0) return title ? { value: { tieu_de: title, cac_muc: [] }, blocksPath: ['cac_muc'] } : undefined;
  const blocks = section.blocks as Value[];
  const ownStyle = section.style !== undefined && section.style !== planStyle;
  if (!title && !ownStyle) {
    if (section.blocks.length === 1 && section.style === undefined) {
      const only = section.blocks[0] as { doan: string };
      return { value: only.doan, blocksPath: [] };
    }
    return { value: blocks, blocksPath: [] };
  }
  const value: { [key: string]: Value } = {};
  if (title) value.tieu_de = title;
  if (ownStyle) value.kieu_muc = section.style!;
  value.cac_muc = blocks;
  return { value, blocksPath: ['cac_muc'] };
}
