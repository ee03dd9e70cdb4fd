import type { Block } from "../model.js";
import { countCjkChars, countWords } from "./count-words.js";

/**
 * Shallow text features of one block that survive flattening a page to text.
 *
 * @internal
 */
export interface BlockFeatures {
  /** Words (CJK segmented with `Intl.Segmenter`). */
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

const TERMINAL = /[.!?…。！？;；:]["'”’»)\]」』]*$/u;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]」』]*(?:\s|$)/gu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const CJK = /[\p{Script=Han}]/gu;
const UPPER_CHAR = /^\p{Lu}$/u;
const LETTER_CHAR = /^\p{L}$/u;

/**
 * Computes {@link BlockFeatures} for every block.
 *
 * @internal
 */
export function computeFeatures(
  blocks: readonly Block[],
  stopWords: ReadonlySet<string>,
): BlockFeatures[] {
  return blocks.map((block) => featuresOf(block.text, stopWords));
}

function featuresOf(text: string, stopWords: ReadonlySet<string>): BlockFeatures {
  const words = countWords(text);
  const cjk = countCjkChars(text);
  let stops = 0;
  let total = 0;
  if (cjk > 0) {
    for (const match of text.matchAll(CJK)) {
      total++;
      if (stopWords.has(match[0])) stops++;
    }
  } else {
    for (const match of text.matchAll(WORD)) {
      total++;
      if (stopWords.has(match[0].toLowerCase())) stops++;
    }
  }
  const { letters, upper } = countLetters(text);
  return {
    words,
    cjk,
    terminal: TERMINAL.test(text),
    sentences: count(text, SENTENCE_END),
    stopRatio: total === 0 ? 0 : stops / total,
    upperRatio: letters === 0 ? 0 : upper / letters,
  };
}

/** Letters and upper-case letters in one pass; ASCII is checked by code, the rest by property. */
function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        letters++;
        upper++;
      } else if (code >= 97 && code <= 122) letters++;
    } else if (LETTER_CHAR.test(ch)) {
      letters++;
      if (UPPER_CHAR.test(ch)) upper++;
    }
  }
  return { letters, upper };
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}
