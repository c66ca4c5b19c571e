// The benchmark's typing: where each keystroke goes in a generated plan. Shared by the LSP benchmark (bench.ts)
// and the in-process profiler (profile.ts), so that both measure the same edits.

/** End offset of the line holding the n-th occurrence of `needle` (typing appends to that line). */
export function lineEndOf(text: string, needle: string, occurrence: number): number {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`no ${needle} #${occurrence}`);
  }
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}

export interface Keystroke {
  offset: number;
  char: string;
}

/** Where the i-th of `count` keystrokes goes: 0 a task's name, 1 a lead unit, 2 a top-level paragraph (by thirds). */
export function editSite(i: number, count: number): number {
  const third = Math.ceil(count / 3);
  return i < third ? 0 : i < 2 * third ? 1 : 2;
}

/**
 * 50 single-character insertions, as a user types: a word into the middle task's name, then into another
 * task's lead unit, then into a top-level paragraph (kinh_phi). Offsets refer to the text as it is then.
 */
export function editScript(tasks: number, count: number): (text: string, i: number) => Keystroke {
  const typed = ' cải cách hành chính nhà nước';
  return (text, i) => {
    const site = editSite(i, count);
    const offset =
      site === 0 ? lineEndOf(text, '  - ten: ', Math.floor(tasks / 2)) : site === 1 ? lineEndOf(text, '    chu_tri: ', Math.floor((tasks * 3) / 4)) : lineEndOf(text, 'kinh_phi: ', 0);
    return { offset, char: typed[i % typed.length] };
  };
}

export function apply(text: string, key: Keystroke): string {
  return text.slice(0, key.offset) + key.char + text.slice(key.offset);
}
