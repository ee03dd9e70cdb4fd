import type { BlockFeatures } from "../features/block-features.js";
import { classOf, NUMBER, UPPER } from "../features/char-class.js";
import type { Block } from "../model.js";
import { foldText } from "../util/fold-text.js";
import type { RuleMatch } from "./match-rules.js";
import { TITLE_WEIGHTS, type TitleEvidence, type TitleFeature } from "./title-weights.js";

/**
 * The chosen headline block.
 *
 * @internal
 */
export interface TitleChoice {
  readonly index: number;
}

/** How far above the article start the headline is looked for, in blocks. */
const LOOKBACK = 50;
/** How far into the article run the headline may sit (a teaser above it can start the run). */
const LOOKAHEAD = 10;
const MAX_TITLE_WORDS = 40;
const MAX_INNER_TITLE_WORDS = 20;
/** Base score a candidate must keep above zero after its penalties. */
const BASE_SCORE = 12;
/** Blocks from the article start whose words make up the lead vocabulary. */
const LEAD_BLOCKS = 6;
const MAX_DISTANCE = 50;

const SENTENCE_END = /[.;:,]["'”’»)]*$/u;
const TIME_OR_DATE = /\b\d{1,2}:\d{2}\b|\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/u;
const SEPARATOR_UNITS: ReadonlySet<number> = new Set([..."|/•·»›>"].map((c) => c.charCodeAt(0)));
const LABEL = /^[\p{L} ]{1,20} ?:(?: |$)/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
// "Jane Doe and John Roe": capitalised words joined by "and" / "&" only.
const NAME_LIST =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)* (?:and|&) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*$/u;
// Two or more spaces inside a line: link texts that a scraper glued together.
const LINK_RUN = /\S {2,}\S/u;
const QUESTION_END = /[?!？！]["'”’»)]*$/u;
const META_KINDS: ReadonlySet<string> = new Set(["byline", "dateline", "readingTime"]);
const MAX_RANK = 10;
/** How much lower a shorter line directly above the pick may score and still be the headline. */
const DECK_MARGIN = 2;
/** Only lines of at least this many words count as quoted elsewhere (short ones recur by chance). */
const MIN_QUOTED_WORDS = 3;
const MAX_QUOTING_LENGTH = 400;
const CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;
const HAN_PAIR = /\p{Script=Han}(?=(\p{Script=Han}))/gu;

/**
 * A headline candidate with its evidence.
 *
 * @internal
 */
export interface TitleCandidate {
  readonly index: number;
  readonly evidence: TitleEvidence;
  readonly score: number;
}

/**
 * Lists the headline candidates around the start of the article text, with their evidence and
 * score. Lines that rules recognised, and lines too short or too long, are not candidates.
 *
 * @internal
 */
export function titleCandidates(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  ownMatches: readonly (RuleMatch | null)[],
  bodyStart: number,
  bodyEnd: number = blocks.length - 1,
  pageTitles: readonly string[] = [],
): TitleCandidate[] {
  const declaredTitles = pageTitles.map(foldText).filter((t) => t.length > 0);
  // Lower-cased once: the repeat count and the "quoted elsewhere" check both compare lines.
  const lower = blocks.map((b) => b.text.toLowerCase());
  const copies = repeats(lower);
  const lead = leadVocabulary(blocks, bodyStart);
  const out: TitleCandidate[] = [];
  const from = Math.max(0, bodyStart - LOOKBACK);
  const to = Math.min(blocks.length - 1, bodyEnd, bodyStart + LOOKAHEAD);
  // Each line's shape is needed by itself and by its neighbours: computed once per line.
  const shapes = new Map<number, { evidence: Record<ShapeFeature, number>; score: number }>();
  const shapeOf = (i: number) => {
    let shape = shapes.get(i);
    if (shape === undefined) {
      const f = features[i] as BlockFeatures;
      const evidence = shapeEvidence((blocks[i] as Block).text, f, f.cjk > 0 ? f.cjk / 2 : f.words);
      shape = { evidence, score: shapeScore(evidence) };
      shapes.set(i, shape);
    }
    return shape;
  };
  const quoting = new QuoteIndex(lower);
  // Headline-shaped lines counted from the article start upwards.
  const shapedBelow = new Map<number, number>();
  let shaped = 0;
  for (let i = Math.min(to, bodyStart - 1); i >= from; i--) {
    shapedBelow.set(i, shaped);
    const f = features[i];
    const block = blocks[i];
    if (f && block && !matches[i] && shapeOf(i).score >= 0) shaped++;
  }
  for (let i = from; i <= to; i++) {
    const block = blocks[i];
    const f = features[i];
    if (!block || !f || ownMatches[i]) continue;
    // Inside the article run only a short non-sentence can be the headline (a teaser was above it).
    if (i >= bodyStart && (SENTENCE_END.test(block.text) || f.words > MAX_INNER_TITLE_WORDS))
      continue;
    const size = f.cjk > 0 ? f.cjk / 2 : f.words;
    if (size < 2 || f.words > MAX_TITLE_WORDS) continue;
    const isLead = i >= bodyStart && i < bodyStart + LEAD_BLOCKS;
    const shape = shapeOf(i).evidence;
    const below = shapedBelow.get(i) ?? 0;
    const distance = Math.abs(bodyStart - i);
    // One literal with every field (no spread), so that all evidence objects share one shape.
    const evidence: Record<TitleFeature, number> = {
      usualLength: shape.usualLength,
      long: shape.long,
      sentenceEnd: shape.sentenceEnd,
      sentences: shape.sentences,
      dateLike: shape.dateLike,
      label: shape.label,
      separators: shape.separators,
      shortCaps: shape.shortCaps,
      lowerStart: shape.lowerStart,
      bareShort: shape.bareShort,
      capitalisedShort: shape.capitalisedShort,
      nameList: shape.nameList,
      linkRun: shape.linkRun,
      commas: shape.commas,
      capitalShare: shape.capitalShare,
      question: shape.question,
      distance: Math.min(distance, MAX_DISTANCE),
      inside: i >= bodyStart ? 1 : 0,
      repeated: (copies.get(lower[i] ?? "") ?? 0) > 1 ? 1 : 0,
      overlap: sharedShare(block.text, lead, isLead),
      metaBelow: META_KINDS.has(matches[i + 1]?.rule.kind ?? "") ? 1 : 0,
      chromeAbove: matches[i - 1] ? 1 : 0,
      rank: Math.min(below, MAX_RANK),
      inSection: matches[i] ? 1 : 0,
      near2: distance <= 2 ? 1 : 0,
      near5: distance <= 5 ? 1 : 0,
      near10: distance <= 10 ? 1 : 0,
      firstShaped: below === 0 ? 1 : 0,
      quoted: f.words >= MIN_QUOTED_WORDS && quoting.quotes(lower[i] ?? "") ? 1 : 0,
      words2to3: size < 4 ? 1 : 0,
      words4to8: size >= 4 && size <= 8 ? 1 : 0,
      words9to14: size > 8 && size <= 14 ? 1 : 0,
      shapedNeighbours: shapedNeighbours(features, ownMatches, i, shapeOf),
      metaNear:
        META_KINDS.has(ownMatches[i + 1]?.rule.kind ?? "") ||
        META_KINDS.has(ownMatches[i + 2]?.rule.kind ?? "") ||
        META_KINDS.has(ownMatches[i + 3]?.rule.kind ?? "")
          ? 1
          : 0,
      bestOverlap: 0,
      declared: isDeclared(block.text, f.words, declaredTitles) ? 1 : 0,
    };
    out.push({ index: i, evidence, score: 0 });
  }
  // Relative evidence: which candidate shares the most words with the lead.
  let maxOverlap = 0;
  for (const c of out) maxOverlap = Math.max(maxOverlap, c.evidence.overlap);
  return out.map((c) => {
    const evidence = c.evidence as Record<TitleFeature, number>;
    evidence.bestOverlap = maxOverlap > 0 && evidence.overlap === maxOverlap ? 1 : 0;
    return { index: c.index, evidence, score: BASE_SCORE + weigh(evidence) };
  });
}

/**
 * Picks the headline: the best-scoring candidate with a positive score.
 *
 * @internal
 */
export function findTitle(
  blocks: readonly Block[],
  features: readonly BlockFeatures[],
  matches: readonly (RuleMatch | null)[],
  ownMatches: readonly (RuleMatch | null)[],
  bodyStart: number,
  bodyEnd: number = blocks.length - 1,
  pageTitles: readonly string[] = [],
): TitleChoice | null {
  let best: TitleCandidate | null = null;
  const candidates = titleCandidates(
    blocks,
    features,
    matches,
    ownMatches,
    bodyStart,
    bodyEnd,
    pageTitles,
  );
  for (const candidate of candidates) {
    if (candidate.score > 0 && (best === null || candidate.score > best.score)) best = candidate;
  }
  if (best === null) return null;
  // A headline sits directly on top of its deck: a shorter candidate right above, scoring almost
  // as well, is the headline and the pick is its deck.
  const pick = best;
  const above = candidates.find((c) => c.index === pick.index - 1);
  const aboveWords = features[pick.index - 1]?.words ?? 0;
  if (
    above &&
    above.score >= pick.score - DECK_MARGIN &&
    aboveWords < (features[pick.index]?.words ?? 0)
  ) {
    return { index: above.index };
  }
  return { index: pick.index };
}

/** The weights as pairs, in their declaration order (which fixes the order of the sum). */
const WEIGHTS = Object.entries(TITLE_WEIGHTS) as ReadonlyArray<readonly [TitleFeature, number]>;

function weigh(evidence: TitleEvidence): number {
  let score = 0;
  for (const [key, weight] of WEIGHTS) score += weight * evidence[key];
  return score;
}

type ShapeFeature = Exclude<
  TitleFeature,
  | "distance"
  | "inside"
  | "repeated"
  | "overlap"
  | "metaBelow"
  | "chromeAbove"
  | "rank"
  | "inSection"
  | "near2"
  | "near5"
  | "near10"
  | "firstShaped"
  | "quoted"
  | "words2to3"
  | "words4to8"
  | "words9to14"
  | "shapedNeighbours"
  | "metaNear"
  | "bestOverlap"
  | "declared"
>;

function shapeEvidence(text: string, f: BlockFeatures, size: number): Record<ShapeFeature, number> {
  const alphabetic = f.cjk === 0;
  let words = 0;
  let capitalised = 0;
  if (alphabetic) {
    for (const match of text.matchAll(WORD)) {
      words++;
      if (classOf(match[0].codePointAt(0) as number) & (UPPER | NUMBER)) capitalised++;
    }
  }
  const { separators, commas } = countMarks(text);
  return {
    usualLength: size >= 4 && size <= 20 ? 1 : 0,
    long: size > 25 ? 1 : 0,
    sentenceEnd: SENTENCE_END.test(text) ? 1 : 0,
    sentences: f.sentences > 1 ? 1 : 0,
    dateLike: TIME_OR_DATE.test(text) ? 1 : 0,
    label: LABEL.test(text) ? 1 : 0,
    separators: separators >= 2 ? Math.min(separators, 3) : 0,
    shortCaps: f.upperRatio > 0.8 && size <= 3 ? 1 : 0,
    lowerStart: alphabetic && !CAPITALISED.test(text) ? 1 : 0,
    bareShort: alphabetic && f.stopRatio === 0 && size <= 4 ? 1 : 0,
    capitalisedShort: alphabetic && words > 0 && words <= 4 && capitalised === words ? 1 : 0,
    nameList: alphabetic && NAME_LIST.test(text) ? 1 : 0,
    linkRun: LINK_RUN.test(text) ? 1 : 0,
    commas: commas >= 2 ? 1 : 0,
    capitalShare: alphabetic && words > 0 ? capitalised / words : 0,
    question: QUESTION_END.test(text) ? 1 : 0,
  };
}

/** Separator marks (`| / • · » › >`) and commas in a line. */
function countMarks(text: string): { separators: number; commas: number } {
  let separators = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 44) commas++;
    else if (SEPARATOR_UNITS.has(unit)) separators++;
  }
  return { separators, commas };
}

/**
 * Answers "does another line of the page contain this line's text inside a longer line?". Lines
 * longer than 400 characters are not searched, which keeps the check linear in the page size; the
 * searched lines are joined once so that each question is one native substring search.
 */
class QuoteIndex {
  private readonly joined: string;
  /** Start offset of each searched line in `joined`, ascending, and its length. */
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];

  constructor(lower: readonly string[]) {
    const parts: string[] = [];
    let at = 0;
    for (const text of lower) {
      if (text.length > MAX_QUOTING_LENGTH) continue;
      this.starts.push(at);
      this.lengths.push(text.length);
      parts.push(text);
      at += text.length + 1;
    }
    // NUL never occurs in normalized text, so no match spans two lines.
    this.joined = parts.join("\u0000");
  }

  quotes(needle: string): boolean {
    if (needle.length === 0) return false;
    for (let at = this.joined.indexOf(needle); at >= 0; at = this.joined.indexOf(needle, at + 1)) {
      if ((this.lengths[this.lineAt(at)] as number) > needle.length) return true;
    }
    return false;
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Whether a declared page title contains the line (lines of two words or more). */
function isDeclared(text: string, words: number, declared: readonly string[]): boolean {
  if (words < 2 || declared.length === 0) return false;
  const line = foldText(text);
  return declared.some((title) => title.includes(line));
}

/** Headline-shaped, rule-free lines among the two blocks above and the two below `i`. */
function shapedNeighbours(
  features: readonly BlockFeatures[],
  ownMatches: readonly (RuleMatch | null)[],
  i: number,
  shapeOf: (j: number) => { score: number },
): number {
  let count = 0;
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    const f = features[j];
    if (f && !ownMatches[j] && !f.terminal && shapeOf(j).score > 0) count++;
  }
  return Math.min(count, 4);
}

/** How much a line looks like a headline by its shape alone. */
function shapeScore(shape: Record<ShapeFeature, number>): number {
  let score = 0;
  for (const [key, weight] of SHAPE_WEIGHTS) score += weight * shape[key];
  return score;
}

/** Every shape feature (the type makes the list complete), in the order `shapeEvidence` lists them. */
const SHAPE_KEYS: Readonly<Record<ShapeFeature, true>> = {
  usualLength: true,
  long: true,
  sentenceEnd: true,
  sentences: true,
  dateLike: true,
  label: true,
  separators: true,
  shortCaps: true,
  lowerStart: true,
  bareShort: true,
  capitalisedShort: true,
  nameList: true,
  linkRun: true,
  commas: true,
  capitalShare: true,
  question: true,
};
/** The weights of the shape features as pairs, in that order (which fixes the order of the sum). */
const SHAPE_WEIGHTS = (Object.keys(SHAPE_KEYS) as ShapeFeature[]).map(
  (key) => [key, TITLE_WEIGHTS[key]] as const,
);

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
function repeats(lower: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const key of lower) seen.set(key, (seen.get(key) ?? 0) + 1);
  return seen;
}
