import type { LineIndex } from '../text/line-index';
import type { YamlPath } from '../model/yaml-nodes';

/**
 * What the cursor is on, read from indentation rather than from the syntax tree, because while
 * typing the document is usually incomplete or invalid YAML.
 */
export type CursorContext =
  | {
      kind: 'key';
      path: YamlPath;
      prefix: string;
      replaceStart: number;
      /** Column of the keys of this mapping, to find the keys already written. */
      column: number;
      /** Set when the cursor starts a list item ("- par"), which may be a text value rather than a key. */
      listKey?: string;
    }
  | { kind: 'value'; path: YamlPath; key: string; prefix: string; replaceStart: number }
  | { kind: 'none' };

export interface LineShape {
  indent: number;
  /** Column where the content starts after any "- " markers. */
  contentIndent: number;
  /** Number of "- " markers at the start. */
  dashes: number;
  key?: string;
  /** Text after "key:" (trimmed), when the line has a key. */
  valueText?: string;
  blank: boolean;
}

const KEY_LINE = /^([\p{L}\p{N}_-]+)\s*:(?:\s+(.*))?$/u;

export function shapeOf(line: string): LineShape {
  const indent = line.length - line.trimStart().length;
  let rest = line.slice(indent);
  let contentIndent = indent;
  let dashes = 0;
  while (/^-(\s+|$)/.test(rest)) {
    const marker = /^-\s*/.exec(rest)![0];
    rest = rest.slice(marker.length);
    contentIndent += marker.length;
    dashes++;
  }
  const trimmed = rest.replace(/\s+#.*$/, '').trimEnd();
  const blank = trimmed === '' && dashes === 0 || rest.startsWith('#');
  const match = KEY_LINE.exec(trimmed);
  return { indent, contentIndent, dashes, key: match?.[1], valueText: match ? (match[2] ?? '') : undefined, blank };
}

export function cursorContext(lines: LineIndex, offset: number): CursorContext {
  const position = lines.positionAt(offset);
  const lineText = lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return { kind: 'none' };
  const lineStart = lines.lineStart(position.line);
  const shape = shapeOf(before);

  let path: YamlPath;
  if (shape.key !== undefined && shape.valueText !== undefined) {
    // "key: partial value" — a value of `key`.
    const parentPath = parentPathOf(lines, position.line, shape.contentIndent);
    const valueStart = before.length - (shape.valueText ?? '').length;
    const prefix = stripQuote(before.slice(valueStart));
    const start = lineStart + valueStart + (before.slice(valueStart).length - prefix.length);
    path = [...parentPath, ...dashPath(shape.dashes)];
    return { kind: 'value', path: [...path, shape.key], key: shape.key, prefix, replaceStart: start };
  }

  const word = /[\p{L}\p{N}_]*$/u.exec(before)![0];
  const content = before.slice(shape.contentIndent);
  if (shape.dashes > 0 && content !== word) {
    // "- partial text" — a list item value.
    const parentPath = parentPathOf(lines, position.line, shape.indent);
    const listKey = parentPath[parentPath.length - 1];
    const prefix = stripQuote(content);
    return {
      kind: 'value',
      path: [...parentPath, ...dashPath(shape.dashes)],
      key: typeof listKey === 'string' ? listKey : '',
      prefix,
      replaceStart: lineStart + before.length - prefix.length,
    };
  }
  if (content !== word) return { kind: 'none' };
  if (shape.dashes > 0) {
    // "- par" could start a mapping item (e.g. a task) or a text item: offer keys of the item.
    const parentPath = parentPathOf(lines, position.line, shape.indent);
    const listKey = parentPath[parentPath.length - 1];
    return {
      kind: 'key',
      path: [...parentPath, ...dashPath(shape.dashes)],
      prefix: word,
      replaceStart: offset - word.length,
      column: shape.contentIndent,
      listKey: typeof listKey === 'string' ? listKey : undefined,
    };
  }
  const parentPath = parentPathOf(lines, position.line, shape.indent);
  return { kind: 'key', path: parentPath, prefix: word, replaceStart: offset - word.length, column: shape.indent };
}

function stripQuote(text: string): string {
  return text.replace(/^["']/, '');
}

function dashPath(dashes: number): YamlPath {
  return Array.from({ length: dashes }, () => 0);
}

/**
 * The path of the mapping or list that contains content starting at `column` on `line`,
 * found by walking up to less-indented lines. List indices are reported as 0: completion only
 * needs the shape, not which item.
 */
function parentPathOf(lines: LineIndex, line: number, column: number): YamlPath {
  const path: YamlPath = [];
  let limit = column;
  for (let l = line - 1; l >= 0 && limit > 0; l--) {
    const shape = shapeOf(lines.lineText(l));
    if (shape.blank) continue;
    if (shape.contentIndent < limit && shape.key !== undefined && shape.valueText === '') {
      // "key:" opening a nested block; if it sits in a list item ("- key:"), the list comes first.
      path.unshift(shape.key);
      path.unshift(...dashPath(shape.dashes));
      limit = shape.indent;
    } else if (shape.dashes > 0 && shape.contentIndent <= limit && shape.indent < limit) {
      // A sibling key inside the same list item ("- ten: …" above "  chu_tri"): we are in that item.
      path.unshift(...dashPath(shape.dashes));
      limit = shape.indent;
    } else if (shape.indent < limit) {
      limit = shape.indent;
    }
  }
  return path;
}
