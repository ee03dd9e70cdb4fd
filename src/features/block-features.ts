import type { Block } from "../model.js";
import type { WordTable } from "../util/word-table.js";
import { classOf, HAN, LETTER, MARK, NUMBER, SPACE, UPPER } from "./char-class.js";
import { countCjkChars, estimateWords } from "./count-words.js";

/**
 * Shallow text features of one block that survive flattening a page to text.
 *
 * @internal
 */
export interface BlockFeatures {
  /** Words (Han and Kana runs estimated from their length: see `estimateWords`). */
  readonly words: number;
  /** CJK characters. */
  readonly cjk: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, `。` and friends, before closing quotes/brackets. */
  readonly terminal: boolean;
  /** Sentence-ending punctuation marks inside the block. */
  readonly sentences: number;
  /** Share of words that are stop words of the active packs (0–1). */
  readonly stopRatio: number;
  /** Share of letters that are upper-case (0–1). */
  readonly upperRatio: number;
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Bits of the punctuation table, one array read per code unit in the scan. */
const SENTENCE_MARK = 1;
const TERMINAL_MARK = 2;
const CLOSER = 4;
const WORD_JOINER = 8;
const TOKEN_JOINER = 16;
const MARKS = new Uint8Array(65536);
const mark = (chars: string, bit: number): void => {
  for (const c of chars) {
    const unit = c.charCodeAt(0);
    MARKS[unit] = (MARKS[unit] as number) | bit;
  }
};
// Marks that end a sentence, and (for `terminal`) the clause marks that end a line like one.
mark(".!?…。！？", SENTENCE_MARK | TERMINAL_MARK);
mark(";；:", TERMINAL_MARK);
// Closing quotes and brackets that may follow the final mark.
mark("\"'”’»)]」』", CLOSER);
// Joiners inside a counted word (`don't`, `U.S.`, `well-known`) and inside a stop-word token.
mark("'’.-", WORD_JOINER);
mark("'’", TOKEN_JOINER);
const WORD_CHAR = LETTER | NUMBER | MARK;
const TOKEN_CHAR = LETTER | MARK;

/**
 * Computes {@link BlockFeatures} for every block.
 *
 * @internal
 */
export function computeFeatures(blocks: readonly Block[], stopWords: WordTable): BlockFeatures[] {
  const memo = new Map<string, number>();
  return blocks.map((block) => featuresOf(block.text, stopWords, memo));
}

/**
 * One pass over the code points: letters and capitals, stop-word tokens (`[\p{L}\p{M}]+` joined by
 * apostrophes, or single Han characters in CJK text) and sentence ends. Word counts of text
 * without CJK come from the same pass; text with CJK is estimated by {@link estimateWords}.
 */
function featuresOf(text: string, stopWords: WordTable, memo: Map<string, number>): BlockFeatures {
  const hasCjk = CJK_CHAR.test(text);
  const lookUp = stopWords.size > 0;
  const lower = lookUp && !hasCjk ? text.toLowerCase() : "";
  const sameLength = lower.length === text.length;
  let letters = 0;
  let upper = 0;
  let words = 0;
  let inWord = false;
  let tokens = 0;
  let stops = 0;
  let tokenStart = -1;
  let sentences = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const bits = classOf(cp);
    if (bits & LETTER) {
      letters++;
      if (bits & UPPER) upper++;
    }
    if (hasCjk) {
      if (bits & HAN) {
        tokens++;
        if (lookUp && stopWords.has(text, i, i + width)) stops++;
      }
    } else {
      // Counted words: `[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*`.
      if (bits & WORD_CHAR) {
        if (!inWord) words++;
        inWord = true;
      } else if (!(inWord && isMark(cp, WORD_JOINER) && nextIs(text, i + 1, WORD_CHAR)))
        inWord = false;
      // Stop-word tokens: `[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`.
      if (bits & TOKEN_CHAR) {
        if (tokenStart < 0) tokenStart = i;
      } else if (
        tokenStart >= 0 &&
        !(isMark(cp, TOKEN_JOINER) && nextIs(text, i + 1, TOKEN_CHAR))
      ) {
        tokens++;
        if (lookUp && isStop(text, lower, sameLength, tokenStart, i, stopWords)) stops++;
        tokenStart = -1;
      }
    }
    if (isMark(cp, SENTENCE_MARK) && endsSentence(text, i + 1)) sentences++;
    i += width;
  }
  if (tokenStart >= 0) {
    tokens++;
    if (lookUp && isStop(text, lower, sameLength, tokenStart, n, stopWords)) stops++;
  }
  return {
    words: hasCjk ? estimateWords(text, memo) : words,
    cjk: hasCjk ? countCjkChars(text) : 0,
    terminal: endsLikeSentence(text),
    sentences,
    stopRatio: tokens === 0 ? 0 : stops / tokens,
    upperRatio: letters === 0 ? 0 : upper / letters,
  };
}

function isMark(codePoint: number, bit: number): boolean {
  return codePoint < 65536 && ((MARKS[codePoint] as number) & bit) !== 0;
}

function nextIs(text: string, at: number, mask: number): boolean {
  return at < text.length && (classOf(text.codePointAt(at) as number) & mask) !== 0;
}

function isStop(
  text: string,
  lower: string,
  sameLength: boolean,
  start: number,
  end: number,
  stopWords: WordTable,
): boolean {
  if (sameLength) return stopWords.has(lower, start, end);
  const token = text.slice(start, end).toLowerCase();
  return stopWords.has(token, 0, token.length);
}

/** After a sentence mark: closing quotes or brackets, then white space or the end. */
function endsSentence(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && isMark(text.charCodeAt(j), CLOSER)) j++;
  return j === text.length || (classOf(text.charCodeAt(j)) & SPACE) !== 0;
}

/** The text ends with a sentence or clause mark, maybe inside closing quotes or brackets. */
function endsLikeSentence(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && isMark(text.charCodeAt(j), CLOSER)) j--;
  return j >= 0 && isMark(text.charCodeAt(j), TERMINAL_MARK);
}
