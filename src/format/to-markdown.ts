import type { Article } from "../types.js";

// Characters that Markdown reads as inline syntax, escaped with a backslash wherever they occur.
const INLINE = /[\\`*_[\]<>|~]/gu;
// Line starts that Markdown reads as a heading, quote, list item, rule or table.
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[>+=-]|\d{1,9}(?=[.)]))/u;

/**
 * Escapes text so that Markdown renders it as written: inline syntax characters anywhere, and
 * heading, quote, list and rule markers at the start of the text.
 */
function escapeText(text: string): string {
  return text.replace(INLINE, "\\$&").replace(BLOCK_START, "$1\\$2");
}

/** Escapes a link target: spaces and parentheses would end it early. */
function escapeUrl(url: string): string {
  return url.replace(
    /[\s()<>]/gu,
    // encodeURIComponent leaves parentheses alone.
    (ch) => (ch === "(" ? "%28" : ch === ")" ? "%29" : encodeURIComponent(ch)),
  );
}

/**
 * Renders an article as Markdown (CommonMark): the headline as a level-1 heading; a byline and
 * date line in italics; the lead image with the first caption as its alt text, then each caption
 * with its credit; the body paragraphs; and the related links as a list under "Related". Every
 * piece of article text is escaped, so the output never gains markup the page did not have.
 * Empty parts are left out; an empty article gives an empty string. Also exported by
 * `newsclean/text`; the CLI's `--format markdown` uses it.
 *
 * @param article - An article from {@link fromText}, {@link fromHtml} or {@link parseArticle}.
 * @returns The Markdown text, ending with a newline unless it is empty.
 *
 * @example
 * ```ts
 * import { fromText, toMarkdown } from "newsclean";
 * toMarkdown(fromText("Harbour reopens\n\nThe harbour reopened on Monday after the storm."));
 * //=> "# Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n"
 * toMarkdown(fromText(""));
 * //=> ""
 * ```
 *
 * @example
 * ```ts
 * import { fromText, toMarkdown } from "newsclean/text";
 * const article = fromText([
 *   "Storm closes harbour",
 *   "By Jane Doe",
 *   "Published: June 19, 2024",
 *   "The harbour closed on Monday after the storm damaged two piers, the port authority said.",
 *   "Boats tied up in the inner basin(File photo)",
 *   "Read more: Ferry timetable changes for the summer season",
 * ].join("\n"));
 * toMarkdown(article).split("\n\n");
 * //=> [
 * //   "# Storm closes harbour",
 * //   "*By Jane Doe · 2024-06-19*",
 * //   "*Boats tied up in the inner basin* (File photo)",
 * //   "The harbour closed on Monday after the storm damaged two piers, the port authority said.",
 * //   "## Related",
 * //   "- Ferry timetable changes for the summer season\n",
 * // ]
 * ```
 */
export function toMarkdown(article: Article): string {
  const parts: string[] = [];
  if (article.title) parts.push(`# ${escapeText(article.title)}`);
  const byline = [
    article.authors.length > 0 ? `By ${article.authors.join(", ")}` : "",
    article.publishedAt ?? "",
  ]
    .filter((part) => part !== "")
    .join(" · ");
  if (byline) parts.push(`*${escapeText(byline)}*`);
  const [first] = article.captions;
  if (article.image) parts.push(`![${escapeText(first?.text ?? "")}](${escapeUrl(article.image)})`);
  for (const caption of article.captions) {
    const credit = caption.credit ? ` (${escapeText(caption.credit)})` : "";
    parts.push(`*${escapeText(caption.text)}*${credit}`);
  }
  for (const paragraph of article.paragraphs) parts.push(escapeText(paragraph));
  if (article.related.length > 0) {
    const items = article.related.map((link) =>
      link.url
        ? `- [${escapeText(link.title)}](${escapeUrl(link.url)})`
        : `- ${escapeText(link.title)}`,
    );
    parts.push(`## Related\n\n${items.join("\n")}`);
  }
  return parts.length === 0 ? "" : `${parts.join("\n\n")}\n`;
}
