import { sniffInput } from "./decode/sniff-input.js";
import { fromHtml } from "./from-html.js";
import { fromText } from "./from-text.js";
import { describe, type ParseOptions } from "./options.js";
import type { Article } from "./types.js";

/**
 * Extracts the article from scraped input, deciding by itself whether it is HTML or plain text.
 *
 * Input that starts with a doctype, a comment or a structural tag, or that has `<html>`,
 * `<head>` or `<body>` tags in its first 4 KB, is read as HTML ({@link fromHtml}); anything else
 * as text ({@link fromText}).
 *
 * @param input - The scraped page, as HTML or plain text.
 * @param options - Optional settings; see {@link ParseOptions}.
 * @returns The article.
 * @throws TypeError when `input` is not a string or an option is invalid.
 * @example
 * ```ts
 * import { parseArticle } from "newsclean";
 * parseArticle("Headline\n\nThe first paragraph of the story.").paragraphs;
 * //=> ["The first paragraph of the story."]
 * parseArticle("<!doctype html><h1>Headline</h1><p>The first paragraph of the story.</p>").title;
 * //=> "Headline"
 * ```
 */
export function parseArticle(input: string, options?: ParseOptions | null): Article {
  if (typeof input !== "string") {
    throw new TypeError(`newsclean: \`input\` must be a string, got ${describe(input)}`);
  }
  return sniffInput(input) === "html" ? fromHtml(input, options) : fromText(input, options);
}
