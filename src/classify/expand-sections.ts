import type { BlockFeatures } from "../features/block-features.js";
import type { RuleMatch } from "./match-rules.js";

/** A section heading ("Related stories") claims at most this many following blocks. */
const MAX_SECTION_BLOCKS = 40;
/** A block at least this long that ends like a sentence ends a section: the article resumes. */
const PROSE_WORDS = 15;

/**
 * Lets section headings ("Related stories", "You may also like") claim the run of short,
 * non-prose blocks that follows them, so a teaser list is removed with the heading that
 * introduced it. The run stops at prose, at a block another rule matched, or after 40 blocks.
 *
 * @returns per block, the match it inherits from a section heading, or `null`.
 * @internal
 */
export function expandSections(
  matches: readonly (RuleMatch | null)[],
  features: readonly BlockFeatures[],
): (RuleMatch | null)[] {
  const inherited: (RuleMatch | null)[] = matches.map(() => null);
  for (let i = 0; i < matches.length; i++) {
    const head = matches[i];
    if (head?.rule.scope !== "section") continue;
    let j = i + 1;
    for (; j < matches.length && j <= i + MAX_SECTION_BLOCKS; j++) {
      const f = features[j];
      if (matches[j] || !f || (f.terminal && f.words >= PROSE_WORDS)) break;
      inherited[j] = head;
    }
    i = j - 1;
  }
  return inherited;
}
