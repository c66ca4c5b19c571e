// Writes the imported plan as YAML text in the style of the hand-made examples: block style, plain
// scalars where they read back unchanged, double quotes otherwise, comments where the importer has
// something to say. The text is parsed back and compared with the data before it is returned.
import { parse } from 'yaml';

export type Value = string | boolean | null | Value[] | { [key: string]: Value };
export type DataMap = { [key: string]: Value };

/** Comment lines (without "# ") before a key or a list item, by JSON of its path. */
export class Comments {
  private readonly byPath = new Map<string, string[]>();

  add(path: (string | number)[], line: string): void {
    const key = JSON.stringify(path);
    const lines = this.byPath.get(key) ?? [];
    lines.push(...line.split('\n'));
    this.byPath.set(key, lines);
  }

  at(path: (string | number)[]): string[] {
    return this.byPath.get(JSON.stringify(path)) ?? [];
  }
}

export function writeYaml(data: DataMap, comments: Comments, header: string[]): string {
  const lines: string[] = header.map(comment);
  let first = true;
  for (const [key, value] of Object.entries(data)) {
    if (!first || lines.length > 0) lines.push('');
    first = false;
    entry(key, value, '', [key], comments, lines);
  }
  const text = lines.join('\n') + '\n';
  const back: unknown = parse(text) ?? {};
  if (!deepEqual(back, data)) throw new Error('kehoach import: the YAML written does not read back as the imported data');
  return text;
}

function comment(text: string): string {
  return text === '' ? '#' : `# ${text}`;
}

function entry(key: string, value: Value, indent: string, path: (string | number)[], comments: Comments, lines: string[]): void {
  for (const line of comments.at(path)) lines.push(indent + comment(line));
  if (Array.isArray(value)) {
    if (value.length === 0) {
      lines.push(`${indent}${key}: []`);
      return;
    }
    lines.push(`${indent}${key}:`);
    value.forEach((item, index) => listItem(item, `${indent}  `, [...path, index], comments, lines));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      lines.push(`${indent}${key}: {}`);
      return;
    }
    lines.push(`${indent}${key}:`);
    for (const child of keys) entry(child, value[child], `${indent}  `, [...path, child], comments, lines);
    return;
  }
  lines.push(`${indent}${key}: ${scalar(value)}`);
}

function listItem(value: Value, indent: string, path: (string | number)[], comments: Comments, lines: string[]): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
    for (const line of comments.at(path)) lines.push(indent + comment(line));
    const inner: string[] = [];
    for (const [key, child] of Object.entries(value)) entry(key, child, `${indent}  `, [...path, key], comments, inner);
    const first = inner.findIndex((line) => !line.trimStart().startsWith('#'));
    inner[first] = `${indent}- ${inner[first].slice(indent.length + 2)}`;
    lines.push(...inner);
    return;
  }
  for (const line of comments.at(path)) lines.push(indent + comment(line));
  if (Array.isArray(value)) {
    // Not produced by the importer; written in flow style to stay valid.
    lines.push(`${indent}- ${JSON.stringify(value)}`);
    return;
  }
  lines.push(`${indent}- ${value !== null && typeof value === 'object' ? '{}' : scalar(value)}`);
}

export function scalar(value: string | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  return isPlainSafe(value) ? value : doubleQuoted(value);
}

/** A plain scalar is written only when YAML reads it back as the very same string. */
function isPlainSafe(text: string): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (/:(\s|$)/.test(text) || /\s#/.test(text)) return false;
  try {
    return parse(text) === text;
  } catch {
    return false;
  }
}

function doubleQuoted(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\u0085') out += '\\N';
    else if (ch === '\u2028') out += '\\L';
    else if (ch === '\u2029') out += '\\P';
    else if (code < 0x20 || code === 0x7f || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    if (ka.length !== kb.length) return false;
    return ka.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
  }
  return false;
}
