import type { BlockFeatures } from "../features/block-features.js";
import type { RuleMatch } from "./match-rules.js";

/** A section heading ("Related stories") claims at most this many following blocks. */
const MAX_SECTION_BLOCKS = 40;
/** A block at least this long that ends like a sentence ends a section: the article resumes. */
const PROSE_WORDS = 15;
/** A teaser summary is one or two sentences. */
const MAX_SUMMARY_WORDS = 60;

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
      if (matches[j] || !f) break;
      if (
        f.terminal &&
        f.words >= PROSE_WORDS &&
        !isTeaserSummary(matches, features, inherited, j)
      ) {
        break;
      }
      inherited[j] = head;
    }
    i = j - 1;
  }
  return inherited;
}

/**
 * A prose block inside a teaser list: the block before it is already in the section, and the
 * (headline, summary) rhythm goes on for another pair after it ending in a headline or the page
 * end. A single teaser box inside a story ("Read also: X", then the story) does not qualify.
 */
function isTeaserSummary(
  matches: readonly (RuleMatch | null)[],
  features: readonly BlockFeatures[],
  inherited: readonly (RuleMatch | null)[],
  j: number,
): boolean {
  if (!inherited[j - 1]) return false;
  return (
    isShortLine(matches, features, j + 1) &&
    isSummary(matches, features, j + 2) &&
    (j + 3 >= features.length || isShortLine(matches, features, j + 3))
  );
}

function isShortLine(
  matches: readonly (RuleMatch | null)[],
  features: readonly BlockFeatures[],
  i: number,
): boolean {
  const f = features[i];
  return f !== undefined && !matches[i] && !f.terminal && f.words < PROSE_WORDS;
}

function isSummary(
  matches: readonly (RuleMatch | null)[],
  features: readonly BlockFeatures[],
  i: number,
): boolean {
  const f = features[i];
  return f !== undefined && !matches[i] && f.terminal && f.words <= MAX_SUMMARY_WORDS;
}
