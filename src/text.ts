/**
 * The DOM-free entry point, `newsclean/text`: plain-text extraction without linkedom, for
 * browsers, workers and edge runtimes.
 *
 * It exports {@link fromText}, {@link toMarkdown}, the rule packs and the types: everything in
 * `newsclean` except `fromHtml` and `parseArticle`, which need an HTML parser. Its
 * module graph never reaches linkedom (a test checks this).
 *
 * @example
 * ```ts
 * import { fromText, toMarkdown } from "newsclean/text";
 * const article = fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.");
 * article.title; //=> "Storm closes harbour"
 * toMarkdown(article); //=> "# Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.\n"
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
