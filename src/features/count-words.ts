// Han, Hiragana, Katakana, Hangul syllables: scripts written without spaces between words.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// A word elsewhere is a run of letters, digits and marks, with inner apostrophes, hyphens or dots.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

let segmenter: Intl.Segmenter | null = null;

/**
 * Counts the words of a text. Runs of CJK characters are segmented with `Intl.Segmenter`
 * (dictionary-based word breaks); everything else is counted by a linear regex, which is far
 * faster than segmenting the whole text.
 *
 * @internal
 */
export function countWords(text: string): number {
  if (!CJK_CHAR.test(text)) return countMatches(text, WORD);
  let count = 0;
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    count += countMatches(text.slice(last, match.index), WORD);
    count += countCjkWords(match[0]);
    last = match.index + match[0].length;
  }
  return count + countMatches(text.slice(last), WORD);
}

/**
 * Counts the CJK characters of a text (each is a token for scoring and length features).
 *
 * @internal
 */
export function countCjkChars(text: string): number {
  if (!CJK_CHAR.test(text)) return 0;
  let count = 0;
  for (const match of text.matchAll(CJK_RUN)) count += [...match[0]].length;
  return count;
}

function countCjkWords(run: string): number {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  let count = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) count++;
  return count;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}
