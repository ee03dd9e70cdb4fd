/**
 * Unicode character classes for the hot text loops, read from a table filled lazily: each code
 * unit is classified by the Unicode property regexes the first time it is seen, then by one array
 * read. Astral code points (rare in news text) are classified through a small cache.
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{Lu}` */
export const UPPER = 2;
/** `\p{M}` */
export const MARK = 4;
/** `\p{N}` */
export const NUMBER = 8;
/** `\p{Script=Han}` */
export const HAN = 16;
/** Han, Hiragana, Katakana or Hangul: scripts written without spaces between words. */
export const CJK = 32;
/** `\s` */
export const SPACE = 64;
const KNOWN = 128;

const L = /^\p{L}$/u;
const LU = /^\p{Lu}$/u;
const M = /^\p{M}$/u;
const N = /^\p{N}$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const SPACE_CHAR = /^\s$/u;

const table = new Uint8Array(65536);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return (
    (L.test(ch) ? LETTER : 0) |
    (LU.test(ch) ? UPPER : 0) |
    (M.test(ch) ? MARK : 0) |
    (N.test(ch) ? NUMBER : 0) |
    (HAN_CHAR.test(ch) ? HAN : 0) |
    (CJK_CHAR.test(ch) ? CJK : 0) |
    (SPACE_CHAR.test(ch) ? SPACE : 0)
  );
}

/**
 * The class bits of a code point.
 *
 * @internal
 */
export function classOf(codePoint: number): number {
  if (codePoint < 65536) {
    const known = table[codePoint] as number;
    if (known !== 0) return known & ~KNOWN;
    const bits = classify(String.fromCharCode(codePoint));
    table[codePoint] = bits | KNOWN;
    return bits;
  }
  let bits = astral.get(codePoint);
  if (bits === undefined) {
    bits = classify(String.fromCodePoint(codePoint));
    if (astral.size < 4096) astral.set(codePoint, bits);
  }
  return bits;
}
