import { describe, type ParseOptions, resolveOptions } from "./options.js";
import { runText } from "./pipeline.js";
import type { Article } from "./types.js";

/**
 * Extracts the article from plain scraped text (a page flattened to text, one block per line).
 *
 * Never throws on content: any string gives a valid {@link Article}, with warnings when the input
 * was empty, truncated, or had no article body.
 *
 * @param text - The scraped text.
 * @param options - Optional settings; see {@link ParseOptions}.
 * @returns The article, with every removed line logged in `removed`.
 * @throws TypeError when `text` is not a string or an option is invalid.
 * @example
 * ```ts
 * import { fromText } from "newsclean";
 * const article = fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nShare this article");
 * article.title; //=> "Storm closes harbour"
 * article.authors; //=> ["Jane Doe"]
 * article.paragraphs; //=> ["The harbour closed on Monday after the storm damaged two piers."]
 * article.removed.map((r) => r.kind); //=> ["title", "byline", "share"]
 * ```
 */
export function fromText(text: string, options?: ParseOptions | null): Article {
  if (typeof text !== "string") {
    throw new TypeError(`newsclean: \`text\` must be a string, got ${describe(text)}`);
  }
  return runText(text, resolveOptions(options));
}
