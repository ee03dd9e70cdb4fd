/**
 * newsclean: turn raw scraped news text or HTML into one clean, typed {@link Article}, and say
 * what was removed and why.
 *
 * - {@link parseArticle} sniffs HTML or text; {@link fromText} and {@link fromHtml} are the
 *   explicit forms. All are synchronous, pure and deterministic, and never throw on content.
 * - {@link toMarkdown} renders an article as Markdown.
 * - The rule packs ({@link en}, {@link de}, {@link fr}, {@link es}, {@link pl}, {@link ru},
 *   {@link el}, {@link zh}, {@link common}) are exported as data.
 *
 * For plain text without linkedom (browsers, workers, edge runtimes), import from
 * `newsclean/text` instead.
 *
 * @example
 * ```ts
 * import { parseArticle } from "newsclean";
 * const article = parseArticle("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nShare this article");
 * article.title; //=> "Storm closes harbour"
 * article.authors; //=> ["Jane Doe"]
 * article.paragraphs; //=> ["The harbour closed on Monday after the storm damaged two piers."]
 * article.removed.map((r) => r.rule); //=> ["title/structure/headline", "byline/en/by", "share/en/share-this"]
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
