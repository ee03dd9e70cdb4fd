/**
 * Named evidence about one headline candidate. Each value is 0/1 or a small number; the score is
 * their weighted sum.
 *
 * @internal
 */
export type TitleEvidence = Readonly<Record<TitleFeature, number>>;

/** @internal */
export type TitleFeature = keyof typeof TITLE_WEIGHTS;

/**
 * Weights of the headline evidence. Fitted as a conditional logit (softmax over each page's
 * candidates) on the development corpus's tune split, then rounded; every feature is a general
 * property of headlines, never of a site (see scripts/fit-title-weights.py).
 *
 * @internal
 */
export const TITLE_WEIGHTS = {
  /** Blocks between the line and the start of the article text (capped at 30). */
  distance: -0.07,
  /** The line sits inside the article run (a teaser started the run above it). */
  inside: -1.77,
  /** 4–20 words (CJK: 8–40 characters): the usual headline length. */
  usualLength: 0.83,
  /** More than 25 words. */
  long: -0.05,
  /** Ends like a sentence or clause (`.`, `;`, `:`, `,`). */
  sentenceEnd: -1.84,
  /** Holds more than one sentence. */
  sentences: 1.78,
  /** Contains a clock time, a year or a numeric date. */
  dateLike: -1.12,
  /** Starts with a short label and a colon ("Director: …"). */
  label: 0.21,
  /** Number of separators (`|`, `/`, `•`, `»`…) when two or more, capped at 3. */
  separators: -1.5,
  /** Three words or fewer, in capitals. */
  shortCaps: 0.71,
  /** Does not start with a capital letter or digit (alphabetic scripts). */
  lowerStart: -0.73,
  /** Four words or fewer and no stop word (alphabetic scripts). */
  bareShort: -0.16,
  /** Four words or fewer, all capitalised (a name or a label). */
  capitalisedShort: -1.16,
  /** Capitalised names joined by "and" / "&". */
  nameList: -0.85,
  /** Two or more spaces inside the line: link texts glued together. */
  linkRun: -1.32,
  /** Two or more commas. */
  commas: -2.02,
  /** The same line occurs elsewhere on the page. */
  repeated: 1.44,
  /** Share of the line's content words found in the first article blocks (0–1). */
  overlap: 3.56,
  /** The next block is a byline, date line or reading time: headlines sit on top of those. */
  metaBelow: 1.0,
  /** The block above is navigation, a share row or another rule-recognised line. */
  chromeAbove: 0.33,
  /** Ends with a question or exclamation mark. */
  question: 1.28,
  /** Headline-shaped candidates between this line and the article start (capped at 10). */
  rank: 0.13,
  /** The line sits under a section heading ("Most read") that claimed it as a teaser. */
  inSection: -1.13,
  /** At most 2 blocks from the article start. */
  near2: -0.14,
  /** At most 5 blocks from the article start. */
  near5: 0.39,
  /** At most 10 blocks from the article start. */
  near10: 0.73,
  /** No headline-shaped line between it and the article start. */
  firstShaped: -0.16,
  /** Another line of the page contains this one ("Headline | Site", "News > Headline"). */
  quoted: 0.46,
  /** 2–3 words (CJK: 4–7 characters). */
  words2to3: -0.04,
  /** 4–8 words. */
  words4to8: 1.14,
  /** 9–14 words. */
  words9to14: 1.02,
  /** Headline-shaped lines among the two above and two below (teaser lists have many; capped at 4). */
  shapedNeighbours: -0.49,
  /** A byline, date line or reading time within the three blocks below. */
  metaNear: 1.33,
  /** Has the highest lead overlap of all candidates (and some overlap). */
  bestOverlap: 0.2,
  /** Share of words that start with a capital letter (alphabetic scripts). */
  capitalShare: -1.36,
  /**
   * The page's declared title (`<title>`, `og:title`; HTML only) contains the line. Set by hand,
   * not fitted: the fit data is text-only.
   */
  declared: 8,
} as const;
