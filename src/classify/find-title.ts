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
const LOOKBACK = 30;
/** How far into the article run the headline may sit (a teaser above it can start the run). */
const LOOKAHEAD = 3;
const MAX_TITLE_WORDS = 40;
const MAX_INNER_TITLE_WORDS = 20;
/** Score lost per candidate line between a line and the article start. */
const DISTANCE_COST = 0.7;

/** Bonus for a line whose content words all recur in the opening paragraphs. */
const OVERLAP_WEIGHT = 8;
/** Blocks from the article start whose words make up the lead vocabulary. */
const LEAD_BLOCKS = 6;
const CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;
const HAN_PAIR = /\p{Script=Han}(?=(\p{Script=Han}))/gu;

/** A line above the pick must look at least this much like a headline to take its place. */
const STACKED_MIN_SHAPE = 3;

const SENTENCE_END = /[.;:,]["'”’»)]*$/u;
const TIME_OR_DATE = /\b\d{1,2}:\d{2}\b|\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/u;
const SEPARATORS = /[|/•·»›>]/gu;
const LABEL = /^[\p{L} ]{1,20} ?:(?: |$)/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
// "Jane Doe and John Roe": capitalised words joined by "and" / "&" only.
const NAME_LIST =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)* (?:and|&) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*$/u;
// Two or more spaces inside a line: link texts that a scraper glued together.
const LINK_RUN = /\S {2,}\S/u;
const COMMA = /,/gu;

/**
 * Picks the headline: the line that best looks like a headline (a short non-sentence, neither a
 * date, a label nor a menu row), near the start of the article text, preferring lines repeated
 * elsewhere on the page (a headline often appears twice), and skipping lines rules recognised.
 *
 * @internal
 */
export function findTitle(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  bodyStart: number,
): TitleChoice | null {
  const copies = repeats(blocks);
  const lead = leadVocabulary(blocks, bodyStart);
  let best: TitleChoice | null = null;
  let bestScore = 0;
  const from = Math.max(0, bodyStart - LOOKBACK);
  const to = Math.min(blocks.length - 1, bodyStart + LOOKAHEAD);
  for (let i = from; i <= to; i++) {
    const block = blocks[i];
    const f = features[i];
    if (!block || !f || matches[i]) continue;
    // Inside the article run only a short non-sentence can be the headline (a teaser was above it).
    if (i >= bodyStart && (f.terminal || f.words > MAX_INNER_TITLE_WORDS)) continue;
    const shape = headlineShape(block.text, f);
    if (shape === Number.NEGATIVE_INFINITY) continue;
    const distance = Math.abs(bodyStart - i);
    const after = i >= bodyStart ? 3 : 0;
    const repeated = (copies.get(block.text.toLowerCase()) ?? 0) > 1 ? 3 : 0;
    const isLead = i >= bodyStart && i < bodyStart + LEAD_BLOCKS;
    const overlap = OVERLAP_WEIGHT * sharedShare(block.text, lead, isLead);
    const score = 12 + shape + repeated + overlap - after - distance * DISTANCE_COST;
    if (score > bestScore) {
      best = { index: i };
      bestScore = score;
    }
  }
  return best ? preferStackedHeadline(blocks, features, matches, best) : null;
}

/**
 * Of two stacked headline-shaped lines, the first is the headline and the second its deck
 * ("Windies seal historic win" above "West Indies win by 128 runs").
 */
function preferStackedHeadline(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  choice: TitleChoice,
): TitleChoice {
  const above = choice.index - 1;
  const block = blocks[above];
  const f = features[above];
  const chosen = features[choice.index];
  if (!block || !f || !chosen || matches[above]) return choice;
  if (headlineShape(block.text, f) < STACKED_MIN_SHAPE) return choice;
  return f.words <= chosen.words ? { index: above } : choice;
}

function headlineShape(text: string, f: BlockFeatures): number {
  const size = f.cjk > 0 ? f.cjk / 2 : f.words;
  if (size < 2 || f.words > MAX_TITLE_WORDS) return Number.NEGATIVE_INFINITY;
  let score = 0;
  if (size >= 4 && size <= 20) score += 3;
  else if (size > 25) score -= 3;
  if (SENTENCE_END.test(text)) score -= 6;
  if (f.sentences > 1) score -= 4;
  if (TIME_OR_DATE.test(text)) score -= 4;
  if (LABEL.test(text)) score -= 4;
  const separators = text.match(SEPARATORS)?.length ?? 0;
  if (separators >= 2) score -= 4 * Math.min(separators, 3);
  if (f.upperRatio > 0.8 && size <= 3) score -= 5;
  if (f.cjk === 0 && !CAPITALISED.test(text)) score -= 3;
  if (f.cjk === 0 && f.stopRatio === 0 && size <= 4) score -= 2;
  if (f.cjk === 0 && (text.match(WORD)?.length ?? 0) <= 4 && allCapitalised(text)) score -= 2;
  if (f.cjk === 0 && NAME_LIST.test(text)) score -= 3;
  if (LINK_RUN.test(text)) score -= 3;
  if ((text.match(COMMA)?.length ?? 0) >= 2) score -= 2;
  return score;
}

function allCapitalised(text: string): boolean {
  const words = text.match(WORD) ?? [];
  return words.length > 0 && words.every((w) => CAPITALISED.test(w));
}

/** For each token of the first article blocks, the number of those blocks that contain it. */
function leadVocabulary(blocks: readonly Block[], bodyStart: number): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (let i = bodyStart; i < Math.min(blocks.length, bodyStart + LEAD_BLOCKS); i++) {
    for (const token of new Set(tokens(blocks[i]?.text ?? ""))) {
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Share of a line's tokens found in the lead blocks (0–1), not counting the line itself when it
 * is one of them.
 */
function sharedShare(text: string, lead: ReadonlyMap<string, number>, isLead: boolean): number {
  const own = new Set(tokens(text));
  if (own.size === 0) return 0;
  let shared = 0;
  for (const token of own) if ((lead.get(token) ?? 0) > (isLead ? 1 : 0)) shared++;
  return shared / own.size;
}

function tokens(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [...(lower.match(CONTENT_WORD) ?? [])];
  for (const match of lower.matchAll(HAN_PAIR)) out.push(`${match[0]}${match[1] ?? ""}`);
  return out;
}

/** How many times each line (case-folded) occurs on the page. */
function repeats(blocks: readonly Block[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const key = block.text.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}
