// Writing small YAML fragments for insertion: scalars quoted only when they must be.

/** A YAML scalar for `text`: plain when safe, else double-quoted. */
export function yamlScalar(text: string): string {
  const needsQuotes =
    text === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) ||
    /:\s|\s#|:$|\s$/.test(text) ||
    /^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(text) ||
    /[\u0000-\u001f]/.test(text);
  if (!needsQuotes) return text;
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}

/** A value as YAML lines (without the key), indented by `indent` per level. */
export type YamlValue = string | boolean | YamlValue[] | { [key: string]: YamlValue };

export function yamlBlock(key: string, value: YamlValue, indent = '  '): string[] {
  if (typeof value === 'string') return [`${key}: ${yamlScalar(value)}`];
  if (typeof value === 'boolean') return [`${key}: ${value}`];
  return [`${key}:`, ...yamlBody(value, indent).map((line) => indent + line)];
}

function yamlBody(value: YamlValue[] | { [key: string]: YamlValue }, indent: string): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string' || typeof item === 'boolean') {
        lines.push(`- ${typeof item === 'string' ? yamlScalar(item) : item}`);
      } else {
        const inner = Array.isArray(item) ? yamlBody(item, indent) : Object.entries(item).flatMap(([k, v]) => yamlBlock(k, v, indent));
        inner.forEach((line, i) => lines.push((i === 0 ? '- ' : '  ') + line));
      }
    }
  } else {
    for (const [key, child] of Object.entries(value)) lines.push(...yamlBlock(key, child, indent));
  }
  return lines;
}
