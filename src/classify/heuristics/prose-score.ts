import type { BlockFeatures } from "../../features/block-features.js";

/** A block this long (in words) that reads like prose is strong evidence of article text. */
const GOOD_WORDS = 12;
/** Stop-word share below which a long line is more likely a list of names or links than prose. Low, because inflected languages without articles (Russian, Polish) write prose with few function words. */
const MIN_STOP_RATIO = 0.06;
/** Cost of a short, non-sentence line (menu item, teaser headline) inside a candidate region. */
const SHORT_LINE_COST = 4;
/** Cost of a block a rule recognised as boilerplate. */
export const RULE_COST = 6;

/**
 * Scores how much a block looks like article prose: positive for sentences, negative for short
 * menu-like lines. The main region is the run of blocks with the largest total score.
 *
 * @param hasStopWords - whether the active language has a stop-word list (CJK scripts use characters).
 * @internal
 */
export function proseScore(f: BlockFeatures, hasStopWords: boolean): number {
  const stopOk = !hasStopWords || f.stopRatio >= MIN_STOP_RATIO;
  // CJK prose carries sentence punctuation (。！？); long lines without it are headline lists.
  const sentenceLike = f.terminal || f.sentences > 0 || (f.words >= 25 && f.cjk === 0);
  if (f.words >= GOOD_WORDS && sentenceLike && stopOk) {
    return f.words;
  }
  if (f.terminal && f.words >= 3 && stopOk) return f.words * 0.5;
  if (f.words >= GOOD_WORDS && stopOk && f.cjk === 0) return f.words * 0.25;
  return -SHORT_LINE_COST;
}
