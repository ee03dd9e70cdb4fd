import type { BlockFeatures } from "../features/block-features.js";
import type { Block, BlockHints, Label } from "../model.js";
import { COMMENT_THREAD_RULE, STRUCTURE_IDS, TEASER_LIST_RULE } from "../rules/structure.js";
import { foldText } from "../util/fold-text.js";
import { expandSections } from "./expand-sections.js";
import { findTitle } from "./find-title.js";
import { findAnchoredRegion } from "./heuristics/find-anchored-region.js";
import { findCommentRun } from "./heuristics/find-comment-run.js";
import { findIntroducedLists } from "./heuristics/find-introduced-lists.js";
import { findMainRegion, type Region } from "./heuristics/find-main-region.js";
import { findTeaserPairs } from "./heuristics/find-teaser-pairs.js";
import { proseScore, RULE_COST } from "./heuristics/prose-score.js";
import type { RuleMatch } from "./match-rules.js";

/**
 * Every block's label, plus the structural decisions behind them.
 *
 * @internal
 */
export interface Classification {
  readonly labels: readonly Label[];
  /** The match that decided each block (own or inherited from a section heading). */
  readonly matches: readonly (RuleMatch | null)[];
  /** The match of each block's own text, without section inheritance. */
  readonly ownMatches: readonly (RuleMatch | null)[];
  /** Index of the headline block, if any. */
  readonly title: number | null;
  /** Index of the standfirst block, if any (it also stays in the body). */
  readonly description: number | null;
  /** The article's main run of blocks, if any. */
  readonly region: Region | null;
  /** Where the article run started before the headline was placed (the title search anchor). */
  readonly articleStart: number;
  /** Where the article run ended (the title search never goes past it). */
  readonly articleEnd: number;
}

/** A list item that an article sentence introduced: kept, but no evidence of prose on its own. */
const LIST_ITEM_SCORE = 1;
/** Words of prose that must come before a comments heading or copyright notice for it to end the article. */
const MIN_PROSE_BEFORE_END = 60;

/**
 * The first comments heading or copyright notice after some prose: the article ends there, so
 * long comments or teasers after it can never outweigh it.
 */
function findArticleEnd(
  matches: readonly (RuleMatch | null)[],
  scores: readonly number[],
): number | null {
  let prose = 0;
  for (let i = 0; i < matches.length; i++) {
    const scope = matches[i]?.rule.scope;
    if (
      (scope === "tail" || scope === "boundary") &&
      prose >= MIN_PROSE_BEFORE_END &&
      !inToolbar(matches, i)
    ) {
      return i;
    }
    const score = scores[i] ?? 0;
    if (score > 0) prose += score;
  }
  return null;
}

/**
 * Inside the comments tail a block keeps its own rule (a share row, a footer) unless it is an
 * author or date line: those belong to the comments, not to the article's metadata.
 */
function tailMatch(own: RuleMatch | null | undefined, tail: RuleMatch, isHead: boolean): RuleMatch {
  if (isHead || !own || own.rule.kind === "byline" || own.rule.kind === "dateline") return tail;
  return own;
}

function sum(scores: readonly number[], first: number, last: number): number {
  let total = 0;
  for (let i = first; i <= last; i++) total += scores[i] ?? 0;
  return total;
}

const TEASER_MATCH: RuleMatch = { rule: TEASER_LIST_RULE, groups: {}, at: 0 };

/** An anchored run under the declared headline replaces the best run if it pays this share of it. */
const ANCHOR_SHARE = 0.25;
const MIN_HEADLINE_WORDS = 3;

/** The first rule-free block (of 3+ words) whose text a declared page title contains. */
function findDeclaredHeadline(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  pageTitles: readonly string[],
): number | null {
  if (pageTitles.length === 0) return null;
  const titles = pageTitles.map(foldText);
  for (let i = 0; i < blocks.length; i++) {
    const text = foldText(blocks[i]?.text ?? "");
    if (matches[i] || (features[i]?.words ?? 0) < MIN_HEADLINE_WORDS) continue;
    if (titles.some((t) => t.includes(text))) return i;
  }
  return null;
}

/** Share of a block's text inside links above which it is navigation or a teaser, not prose. */
const MAX_PROSE_LINK_DENSITY = 0.5;
/** Prose inside `<article>`, `<main>` or an articleBody element counts this much more. */
const ARTICLE_BOOST = 1.5;

/**
 * DOM cues (HTML input only): mostly-linked text is not prose; prose inside the article element
 * counts more. Class/id zones are not used here: measured on the development corpus they removed
 * real article text (wrappers named "sidebar", "tools"…) more often than they removed boilerplate.
 */
function adjustForHints(score: number, hints: BlockHints): number {
  if (hints.linkDensity > MAX_PROSE_LINK_DENSITY) {
    return Math.min(score, -RULE_COST);
  }
  return hints.inArticle && score > 0 ? score * ARTICLE_BOOST : score;
}

/** A "Comments" link between share buttons is a toolbar item, not the heading of a comment section. */
function inToolbar(matches: readonly (RuleMatch | null)[], i: number): boolean {
  return matches[i - 1]?.rule.kind === "share" || matches[i + 1]?.rule.kind === "share";
}

/** A block that ends the article (comments heading, copyright notice): no run can pay to cross it. */
const BOUNDARY_COST = 1e9;
/** Short lines outside the article are navigation; longer ones are just "other". */
const MAX_NAV_WORDS = 6;
const DESCRIPTION_MIN_WORDS = 8;
const DESCRIPTION_MAX_WORDS = 80;

/**
 * Labels every block as body, description or a kind of boilerplate.
 *
 * Rules decide first; section headings claim the teaser lists under them; the article is the run
 * of blocks with the largest prose score; the headline is picked just above it; a comments
 * heading ends the article; everything else outside the article is navigation or other.
 *
 * @internal
 */
export function classifyBlocks(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  ownMatches: readonly (RuleMatch | null)[],
  hasStopWords: boolean,
  pageTitles: readonly string[] = [],
): Classification {
  const inherited = expandSections(ownMatches, features);
  const teasers = findTeaserPairs(blocks, features, ownMatches);
  const matches: (RuleMatch | null)[] = ownMatches.map(
    (m, i) => m ?? inherited[i] ?? (teasers[i] ? TEASER_MATCH : null),
  );
  const listed = findIntroducedLists(blocks, features);
  const scores = blocks.map((_, i) => {
    const match = matches[i];
    const f = features[i];
    if (listed[i] && !match) return LIST_ITEM_SCORE;
    if (match) {
      const scope = match === ownMatches[i] ? match.rule.scope : "line";
      if (scope === "tail" || scope === "boundary") return -BOUNDARY_COST;
      return -RULE_COST;
    }
    const score = f ? proseScore(f, hasStopWords) : 0;
    const hints = blocks[i]?.hints;
    return hints ? adjustForHints(score, hints) : score;
  });
  const end = findArticleEnd(ownMatches, scores);
  let region = findMainRegion(end === null ? scores : scores.slice(0, end));
  // HTML pages declare their title: the story starts under the line that repeats it.
  const headline = findDeclaredHeadline(blocks, features, ownMatches, pageTitles);
  if (headline !== null && region && (headline < region.first - 1 || headline > region.last)) {
    const anchored = findAnchoredRegion(scores, headline, end ?? blocks.length);
    const total = sum(scores, region.first, region.last);
    if (anchored && anchored.total >= total * ANCHOR_SHARE) region = anchored.region;
  }
  // A comments heading after the article start ends the article: the rest is comments.
  let tail: RuleMatch | null = null;
  let tailFrom = blocks.length;
  if (region) {
    for (let i = region.first + 1; i < blocks.length; i++) {
      const match = ownMatches[i];
      if (match?.rule.scope === "tail" && !inToolbar(ownMatches, i)) {
        tail = match;
        tailFrom = i;
        break;
      }
    }
    // So does a thread of posts with author/date lines, even without a heading.
    const thread = findCommentRun(ownMatches, scores, region);
    if (thread !== null && thread < tailFrom) {
      tail = { rule: COMMENT_THREAD_RULE, groups: {}, at: 0 };
      tailFrom = thread;
    }
    if (tailFrom <= region.last)
      region = tailFrom > region.first ? { first: region.first, last: tailFrom - 1 } : null;
  }
  // No article, no headline: a section front has neither.
  const articleStart = region ? region.first : blocks.length;
  const articleEnd = region ? region.last : blocks.length - 1;
  const title = region
    ? (findTitle(blocks, features, matches, ownMatches, articleStart, articleEnd, pageTitles)
        ?.index ?? null)
    : null;
  // The story starts under its headline: what the run held above it was a teaser or promo,
  // provided the part below the headline carries most of the run's prose.
  if (region && title !== null && title >= region.first) {
    const above = sum(scores, region.first, title - 1);
    const below = sum(scores, title + 1, region.last);
    if (below > above) region = { first: title + 1, last: region.last };
  }
  const labels: Label[] = blocks.map((_, i): Label => {
    if (i === title) return { kind: "title", rule: STRUCTURE_IDS.title };
    const match =
      i >= tailFrom && tail ? tailMatch(ownMatches[i], tail, i === tailFrom) : matches[i];
    if (match) return { kind: match.rule.kind, rule: match.rule.id };
    const hints = blocks[i]?.hints;
    if (hints?.tag === "figcaption") return { kind: "caption", rule: STRUCTURE_IDS.figcaption };
    if (region && i >= region.first && i <= region.last) return { kind: "body", rule: null };
    if (hints?.zone) return { kind: hints.zone, rule: `${hints.zone}/html/zone` };
    const f = features[i];
    if (f && f.words <= MAX_NAV_WORDS && !f.terminal)
      return { kind: "nav", rule: STRUCTURE_IDS.nav };
    return { kind: "other", rule: STRUCTURE_IDS.other };
  });
  attachCreditLines(blocks, features, matches, labels);
  dropRepeatedParagraphs(blocks, features, labels);
  const description = findDescription(labels, features);
  if (description !== null) labels[description] = { kind: "description", rule: null };
  return { labels, matches, ownMatches, title, description, region, articleStart, articleEnd };
}

/** Paragraphs at least this long that occur twice in the body are a repeated copy of the story. */
const MIN_REPEATED_WORDS = 8;

/** A page that holds the story twice (a print or mobile copy) keeps its first copy only. */
function dropRepeatedParagraphs(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  labels: Label[],
): void {
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    if (labels[i]?.kind !== "body" || (features[i]?.words ?? 0) < MIN_REPEATED_WORDS) continue;
    const text = blocks[i]?.text ?? "";
    if (seen.has(text)) labels[i] = { kind: "other", rule: STRUCTURE_IDS.duplicate };
    else seen.add(text);
  }
}

/** A caption line above a lone credit line is at most this long. */
const MAX_CAPTION_WORDS = 30;

/**
 * A credit on a line of its own ("Photo: Reuters") makes the short line just above it a caption,
 * which otherwise reads like any sentence of the story.
 */
function attachCreditLines(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: (RuleMatch | null)[],
  labels: Label[],
): void {
  for (let i = 1; i < blocks.length; i++) {
    const match = matches[i];
    const text = blocks[i]?.text ?? "";
    if (match?.rule.kind !== "caption" || text.slice(0, match.at).trim() !== "") continue;
    const previous = labels[i - 1];
    const f = features[i - 1];
    if (!previous || !f || f.words > MAX_CAPTION_WORDS || f.sentences > 1 || matches[i - 1])
      continue;
    if (previous.kind !== "body" && previous.kind !== "other" && previous.kind !== "nav") continue;
    labels[i - 1] = { kind: "caption", rule: match.rule.id };
    matches[i - 1] = { rule: match.rule, groups: {}, at: (blocks[i - 1]?.text ?? "").length };
  }
}

function findDescription(
  labels: readonly Label[],
  features: readonly BlockFeatures[],
): number | null {
  const first = labels.findIndex((l) => l.kind === "body");
  const f = features[first];
  if (first < 0 || !f || f.terminal) return null;
  if (f.words < DESCRIPTION_MIN_WORDS || f.words > DESCRIPTION_MAX_WORDS) return null;
  return first;
}
