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
  return countWith(text, countCjkWords);
}

/** Words of the alphabetic parts by the regex, plus `runWords` of each CJK run. */
function countWith(text: string, runWords: (run: string) => number): number {
  if (!CJK_CHAR.test(text)) return countMatches(text, WORD);
  let count = 0;
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    count += countMatches(text.slice(last, match.index), WORD);
    count += runWords(match[0]);
    last = match.index + match[0].length;
  }
  return count + countMatches(text.slice(last), WORD);
}

/** Characters per word of Chinese news text under dictionary segmentation (measured: 1.57). */
const CJK_CHARS_PER_WORD = 1.6;
const HANGUL = /^\p{Script=Hangul}/u;

/**
 * Lines up to this many UTF-16 units are segmented exactly even when they hold CJK text: labels,
 * menu items and short headlines, where word-count thresholds decide. `Intl.Segmenter` costs
 * about 10 µs per CJK run, so this bound sets most of the cost of Chinese pages; at 24 (was 48)
 * the corpus F1 and titles are unchanged in both modes, and Chinese text runs ~13% faster;
 * at 16 one Chinese page loses a paragraph.
 */
const MAX_EXACT_LENGTH = 24;

/**
 * Counts the words of a line, estimating long CJK text: as {@link countWords} for alphabetic
 * text and for short lines (labels, headlines, menus, where word-count thresholds decide), but in
 * a longer line a run of Han or Kana characters counts as its length over the mean word length
 * instead of being segmented (dictionary segmentation costs about 2 µs per character), and a
 * Hangul run, which Korean delimits by spaces, as one word. Long lines only need their size to
 * be right; the article's `wordCount` still uses {@link countWords}. With a `memo` (one per page:
 * menus repeat their labels), each distinct CJK run is segmented once.
 *
 * @internal
 */
export function estimateWords(text: string, memo?: Map<string, number>): number {
  if (text.length > MAX_EXACT_LENGTH) return countWith(text, estimateRunWords);
  if (memo === undefined) return countWith(text, countCjkWords);
  return countWith(text, (run) => {
    let count = memo.get(run);
    if (count === undefined) {
      count = countCjkWords(run);
      memo.set(run, count);
    }
    return count;
  });
}

function estimateRunWords(run: string): number {
  return HANGUL.test(run) ? 1 : Math.max(1, Math.round(codePoints(run) / CJK_CHARS_PER_WORD));
}

function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) n--;
  }
  return n;
}

/**
 * Counts the CJK characters of a text (each is a token for scoring and length features).
 *
 * @internal
 */
export function countCjkChars(text: string): number {
  if (!CJK_CHAR.test(text)) return 0;
  let count = 0;
  for (const match of text.matchAll(CJK_RUN)) count += codePoints(match[0]);
  return count;
}

/** Dictionary words of a CJK run; `containing` steps through the segments without an iterator. */
function countCjkWords(run: string): number {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const segments = segmenter.segment(run);
  let count = 0;
  for (let at = 0; at < run.length; ) {
    const segment = segments.containing(at) as Intl.SegmentData;
    if (segment.isWordLike) count++;
    at = segment.index + segment.segment.length;
  }
  return count;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}
