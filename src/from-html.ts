import { normalizeText } from "./decode/normalize-text.js";
import { readMetaHints } from "./html/meta-hints.js";
import { parseHtml } from "./html/parse-html.js";
import { renderBlocks } from "./html/to-blocks.js";
import { describe, type ParseOptions, resolveOptions } from "./options.js";
import { runBlocks } from "./pipeline.js";
import type { Article } from "./types.js";

/**
 * Extracts the article from an HTML page, parsed with linkedom.
 *
 * The page is rendered to text block by block (scripts, styles, forms and hidden elements left
 * out) and the text pipeline runs on it; page metadata (`og:*`, `<title>`, canonical link,
 * `<html lang>`) fills the fields the text lacks. Offsets in `removed` refer to that rendering,
 * which is the blocks joined by blank lines.
 *
 * @param html - The page's HTML.
 * @param options - Optional settings; see {@link ParseOptions}.
 * @returns The article.
 * @throws TypeError when `html` is not a string or an option is invalid.
 * @example
 * ```ts
 * import { fromHtml } from "newsclean";
 * const article = fromHtml("<html><body><h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p></body></html>");
 * article.title; //=> "Storm closes harbour"
 * article.paragraphs; //=> ["The harbour closed on Monday after the storm damaged two piers."]
 * ```
 */
export function fromHtml(html: string, options?: ParseOptions | null): Article {
  if (typeof html !== "string") {
    throw new TypeError(`newsclean: \`html\` must be a string, got ${describe(html)}`);
  }
  const resolved = resolveOptions(options);
  const decoded = normalizeText(html, resolved.maxInputLength);
  const document = parseHtml(decoded.text);
  const hints = readMetaHints(document);
  const rendered = renderBlocks(document);
  const article = runBlocks(rendered.blocks, resolved, decoded.warnings, hints);
  return {
    ...article,
    title: article.title ?? hints.title,
    siteName: article.siteName ?? hints.siteName,
    description: article.description ?? hints.description,
  };
}
