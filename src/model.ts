import type { BoilerplateKind } from "./types.js";

/**
 * Structural cues a block carries when it comes from HTML.
 *
 * @internal
 */
export interface BlockHints {
  /** Lower-case tag name of the block element (`p`, `h1`, `li`, `figcaption`…). */
  readonly tag: string;
  /** Heading level 1–6, or 0 when the block is not a heading. */
  readonly heading: number;
  /** Share of the block's characters that sit inside links (0–1). */
  readonly linkDensity: number;
  /** Boilerplate kind suggested by class/id tokens or landmark elements of its ancestors, if any. */
  readonly zone: BoilerplateKind | null;
  /** Whether the block sits inside `<article>` or `<main>` (or a role=main / itemprop=articleBody element). */
  readonly inArticle: boolean;
  /** The first link target inside the block, if any. */
  readonly href: string | null;
}

/**
 * One unit of input: a line of text, or a block element of HTML.
 *
 * @internal
 */
export interface Block {
  readonly index: number;
  readonly text: string;
  /** Start offset in the decoded input (text mode) or in the block text stream (HTML mode). */
  readonly start: number;
  readonly end: number;
  readonly hints?: BlockHints;
}

/**
 * The decision about one block.
 *
 * @internal
 */
export interface Label {
  /** `body`, `description`, or the boilerplate kind. */
  readonly kind: BoilerplateKind | "body" | "description";
  /** Rule id that decided, `null` for body. */
  readonly rule: string | null;
}
