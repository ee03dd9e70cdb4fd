import type { BlockFeatures } from "../../features/block-features.js";
import type { Block } from "../../model.js";

const LIST_ITEM = /^(?:[*•·▪◦‣-]|\d{1,3}[.)])\s/u;
const INTRO = /:["'”’»)]*$/u;
/** A line that introduces a list is prose of at least this many words ending in a colon. */
const MIN_INTRO_WORDS = 5;

/**
 * Marks list items that a sentence of the article introduces ("Below is the list of players
 * invited:"): the run of bullet or numbered lines right after a prose line that ends in a colon.
 * They are article content even though each line is short.
 *
 * @returns per block, whether it is such a list item.
 * @internal
 */
export function findIntroducedLists(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
): boolean[] {
  const marks = blocks.map(() => false);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const f = features[i];
    if (!block || !f || f.words < MIN_INTRO_WORDS || !INTRO.test(block.text)) continue;
    let j = i + 1;
    while (j < blocks.length && LIST_ITEM.test(blocks[j]?.text ?? "")) {
      marks[j] = true;
      j++;
    }
    i = j - 1;
  }
  return marks;
}
