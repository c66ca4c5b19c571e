/** Canonical form of a number and symbol, for comparison: NFC, no spaces, one kind of hyphen, upper case. */
export function normalizeSymbol(symbol: string): string {
  return symbol
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00D0/g, '\u0110') // Icelandic eth looks like Đ
    .toUpperCase();
}
