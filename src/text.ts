/**
 * The DOM-free entry point, `newsclean/text`: plain-text extraction without linkedom, for
 * browsers, workers and edge runtimes.
 *
 * @example
 * ```ts
 * import { fromText } from "newsclean/text";
 * fromText("Headline\n\nThe first paragraph of the story.").title; //=> "Headline"
 * ```
 *
 * @module newsclean/text
 */

export { toMarkdown } from "./format/to-markdown.js";
export { fromText } from "./from-text.js";
export type { ParseOptions } from "./options.js";
export { common, de, el, en, es, fr, pl, ru, zh } from "./rules/index.js";
export type { Rule, RuleKind, RulePack } from "./rules/types.js";
export type {
  Article,
  BoilerplateKind,
  Caption,
  ReadingTime,
  RelatedLink,
  Removal,
} from "./types.js";
