/**
 * Case and white-space folding for matching translations in page text: one UTF-16 code
 * unit to one, so indices into the folded text are those of the text itself.
 */

export const SPACE = 32;
// Filled as non-ASCII units are met (allocated on the first one: most text never needs them).
let foldCache: Uint16Array | null = null;
let wordCache: Uint8Array | null = null;

/** White space as JavaScript's \\s knows it (NBSP, the narrow NBSP of French typography, …). */
const SPACE_UNIT = /\s/;

/** Lower case, white space to a space, typographic apostrophes to "'". */
export function fold(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return c === 9 || c === 10 || c === 11 || c === 12 || c === 13 ? SPACE : c;
  }
  foldCache ??= new Uint16Array(0x10000);
  const cached = foldCache[c]!;
  if (cached !== 0) return cached;
  let folded = c;
  if (SPACE_UNIT.test(String.fromCharCode(c))) folded = SPACE;
  else if (c === 0x2018 || c === 0x2019 || c === 0x02bc) folded = 39;
  else {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  foldCache[c] = folded;
  return folded;
}

/** A letter or digit: a match must not start or end inside a word. */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  wordCache ??= new Uint8Array(0x10000);
  let known = wordCache[c]!;
  if (known === 0) {
    const s = String.fromCharCode(c);
    known = s.toLowerCase() !== s.toUpperCase() ? 2 : 1;
    wordCache[c] = known;
  }
  return known === 2;
}

export function foldLiteral(text: string): string {
  let out = '';
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = fold(text.charCodeAt(i));
    if (c === SPACE) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
    } else {
      out += String.fromCharCode(c);
      lastSpace = false;
    }
  }
  return out;
}

const NON_ASCII = /[^\0-\x7f]/;

/** Most English pages are pure ASCII; then only the translations written in ASCII can occur. */
export const hasNonAscii = (text: string): boolean => NON_ASCII.test(text);
export const isAscii = (text: string): boolean => !NON_ASCII.test(text);
