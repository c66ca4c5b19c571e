// Generated numbering of a Vietnamese administrative document (domain.md §1): parts "I.", items "1.",
// points "a)" in the Vietnamese letter order, then "-" and "+" sub-points.

/** The Vietnamese alphabet used for enumeration: no f, j, w, z; "đ" comes after "d". */
export const VIETNAMESE_LETTERS: readonly string[] = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
];

/**
 * The letter of the item at zero-based `index`: a, b, c, d, đ, e, g, … y; after "y" the letters double
 * (aa, ab, …) as a spreadsheet's columns do, which a real plan never reaches.
 */
export function letterAt(index: number): string {
  const n = VIETNAMESE_LETTERS.length;
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`letter index ${index}`);
  if (index < n) return VIETNAMESE_LETTERS[index];
  return letterAt(Math.floor(index / n) - 1) + VIETNAMESE_LETTERS[index % n];
}

/** "a)", "b)", … for the item at zero-based `index`. */
export function letterMarker(index: number): string {
  return `${letterAt(index)})`;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numeral of a positive integer (1 → "I", 4 → "IV", 9 → "IX"). */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) throw new RangeError(`roman numeral ${value}`);
  let rest = value;
  let out = '';
  for (const [amount, digits] of ROMAN) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}
