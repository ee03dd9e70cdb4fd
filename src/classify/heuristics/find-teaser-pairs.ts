import type { BlockFeatures } from "../../features/block-features.js";
import type { Block } from "../../model.js";
import type { RuleMatch } from "../match-rules.js";

/** Pairs in a row that make a teaser list. */
const MIN_PAIRS = 3;
/** A teaser headline is a short line that is mostly a link. */
const MIN_LINK_DENSITY = 0.5;
const MAX_HEADLINE_WORDS = 20;
/** Its summary is one or two unlinked sentences. */
const MAX_SUMMARY_WORDS = 60;

/**
 * Finds teaser lists in HTML: three or more (linked headline, unlinked one- or two-sentence
 * summary) pairs in a row, as on section fronts and "more stories" blocks. Text input has no
 * link information, so it never matches there.
 *
 * @returns per block, whether it belongs to such a list.
 * @internal
 */
export function findTeaserPairs(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
): boolean[] {
  const marks = blocks.map(() => false);
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (isHeadline(blocks, features, matches, j) && isSummary(blocks, features, matches, j + 1))
      j += 2;
    if ((j - i) / 2 >= MIN_PAIRS) {
      for (let k = i; k < j; k++) marks[k] = true;
      i = j;
    } else {
      i++;
    }
  }
  return marks;
}

function isHeadline(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  i: number,
): boolean {
  const hints = blocks[i]?.hints;
  const f = features[i];
  return (
    hints !== undefined &&
    f !== undefined &&
    !matches[i] &&
    hints.linkDensity >= MIN_LINK_DENSITY &&
    f.words <= MAX_HEADLINE_WORDS
  );
}

function isSummary(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  i: number,
): boolean {
  const hints = blocks[i]?.hints;
  const f = features[i];
  return (
    hints !== undefined &&
    f !== undefined &&
    !matches[i] &&
    hints.linkDensity < MIN_LINK_DENSITY &&
    f.terminal &&
    f.words <= MAX_SUMMARY_WORDS
  );
}
