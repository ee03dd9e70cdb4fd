import type { BlockFeatures } from "../features/block-features.js";
import type { Block } from "../model.js";
import type { RuleMatch } from "./match-rules.js";

/**
 * The chosen headline block.
 *
 * @internal
 */
export interface TitleChoice {
  readonly index: number;
}

/** How far above the article start the headline is looked for, in blocks. */
const LOOKBACK = 15;
const MAX_TITLE_WORDS = 40;
const SENTENCE_END = /[.;:]["'”’»)]*$/u;

/**
 * Picks the headline: a short, non-sentence line just above (or at) the start of the article
 * text, preferring lines that also appear elsewhere on the page (a repeated headline) and
 * penalising all-caps labels and lines that rules recognised as boilerplate.
 *
 * @internal
 */
export function findTitle(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  bodyStart: number,
): TitleChoice | null {
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const key = block.text.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let best: TitleChoice | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let distance = 0;
  for (let i = Math.min(bodyStart, blocks.length - 1); i >= 0 && i >= bodyStart - LOOKBACK; i--) {
    const block = blocks[i];
    const f = features[i];
    if (!block || !f) continue;
    const match = matches[i];
    if (match && match.rule.kind !== "masthead") {
      continue;
    }
    const score = titleScore(block.text, f, distance, seen.get(block.text.toLowerCase()) ?? 1);
    distance++;
    if (score > bestScore) {
      best = { index: i };
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : null;
}

function titleScore(text: string, f: BlockFeatures, distance: number, copies: number): number {
  const size = f.cjk > 0 ? f.cjk / 2 : f.words;
  if (size < 2 || f.words > MAX_TITLE_WORDS) return Number.NEGATIVE_INFINITY;
  let score = 10 - distance * 1.2;
  if (SENTENCE_END.test(text)) score -= 6;
  if (size >= 4 && size <= 20) score += 2;
  if (f.upperRatio > 0.8 && size <= 3) score -= 4;
  if (copies > 1) score += 2;
  if (f.sentences > 1) score -= 3;
  return score;
}
