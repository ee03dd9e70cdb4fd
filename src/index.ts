/**
 * newsclean: turn raw scraped news text or HTML into one clean, typed {@link Article}, and say
 * what was removed and why.
 *
 * @example
 * ```ts
 * import { parseArticle } from "newsclean";
 * const article = parseArticle(scrapedText);
 * console.log(article.title, article.paragraphs.length, article.removed.length);
 * ```
 *
 * @module newsclean
 */

export { toMarkdown } from "./format/to-markdown.js";
export { fromHtml } from "./from-html.js";
export { fromText } from "./from-text.js";
export type { ParseOptions } from "./options.js";
export { parseArticle } from "./parse-article.js";
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
