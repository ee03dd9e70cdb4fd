import { describe, type ParseOptions, resolveOptions } from "./options.js";
import { runText } from "./pipeline.js";
import type { Article } from "./types.js";

/**
 * Extracts the article from plain scraped text (a page flattened to text, one block per line).
 *
 * Each non-blank line is one block (blank lines between them are optional); each block becomes a
 * paragraph of the body, a field of the metadata, or an entry of `removed`. Never throws on
 * content: any string gives a valid {@link Article}, with warnings when the input was empty,
 * truncated, or had no article body. Also exported by `newsclean/text`, which has no DOM code.
 *
 * @param text - The scraped text.
 * @param options - Optional settings; see {@link ParseOptions}.
 * @returns The article, with every removed line logged in `removed` (kind, rule id and offsets).
 * @throws TypeError when `text` is not a string or an option is invalid.
 * @example
 * ```ts
 * import { fromText } from "newsclean";
 * const article = fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nShare this article");
 * article.title; //=> "Storm closes harbour"
 * article.authors; //=> ["Jane Doe"]
 * article.paragraphs; //=> ["The harbour closed on Monday after the storm damaged two piers."]
 * article.removed.map((r) => r.kind); //=> ["title", "byline", "share"]
 * article.removed[2];
 * //=> { text: "Share this article", kind: "share", rule: "share/en/share-this", start: 100, end: 118 }
 * ```
 *
 * @example
 * ```ts
 * // The same function without linkedom, for browsers and edge runtimes:
 * import { fromText } from "newsclean/text";
 * fromText("Storm closes harbour\nBy Jane Doe\nThe harbour closed on Monday after the storm damaged two piers.").authors;
 * //=> ["Jane Doe"]
 * // Content never throws; only a programmer error does:
 * fromText("").warnings; //=> ["empty input: no text to extract"]
 * let message = "";
 * try {
 *   fromText(42 as unknown as string);
 * } catch (error) {
 *   message = (error as TypeError).message;
 * }
 * message; //=> "newsclean: `text` must be a string, got the number 42"
 * ```
 */
export function fromText(text: string, options?: ParseOptions | null): Article {
  if (typeof text !== "string") {
    throw new TypeError(`newsclean: \`text\` must be a string, got ${describe(text)}`);
  }
  return runText(text, resolveOptions(options));
}
