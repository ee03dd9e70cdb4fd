import { sniffInput } from "./decode/sniff-input.js";
import { fromHtml } from "./from-html.js";
import { fromText } from "./from-text.js";
import { describe, type ParseOptions } from "./options.js";
import type { Article } from "./types.js";

/**
 * Extracts the article from scraped input, deciding by itself whether it is HTML or plain text.
 *
 * Input that starts with a doctype, a comment or a structural tag (`<html>`, `<head>`,
 * `<body>`, `<meta>`, `<title>`, `<article>`, `<div>`, `<p>`, `<section>`, `<main>`, `<?xml`),
 * that has `<html>`, `<head>` or `<body>` tags in its first 4 KB, or that starts with a tag and
 * has at least 8 tags in its first 4 KB, is read as HTML ({@link fromHtml}); anything else as
 * text ({@link fromText}). Text that merely mentions a tag ("use the <p> element") stays text.
 *
 * @param input - The scraped page, as HTML or plain text.
 * @param options - Optional settings; see {@link ParseOptions}.
 * @returns The article, as {@link fromHtml} or {@link fromText} returns it.
 * @throws TypeError when `input` is not a string or an option is invalid.
 * @example
 * ```ts
 * import { parseArticle } from "newsclean";
 * // Plain text: one block per line.
 * parseArticle("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.").paragraphs;
 * //=> ["The harbour closed on Monday after the storm damaged two piers."]
 * // HTML: read with fromHtml.
 * parseArticle("<!doctype html><h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p>").title;
 * //=> "Storm closes harbour"
 * ```
 */
export function parseArticle(input: string, options?: ParseOptions | null): Article {
  if (typeof input !== "string") {
    throw new TypeError(`newsclean: \`input\` must be a string, got ${describe(input)}`);
  }
  return sniffInput(input) === "html" ? fromHtml(input, options) : fromText(input, options);
}
