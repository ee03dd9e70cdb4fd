import { toMarkdown } from "../format/to-markdown.js";
import type { Article } from "../types.js";

/**
 * Output formats of the command-line tool.
 *
 * @internal
 */
export type OutputFormat = "json" | "jsonl" | "text" | "markdown";

/**
 * Renders one article for the command line: pretty JSON, one JSON line (with the input path when
 * several inputs are processed), readable text, or Markdown (see `toMarkdown`; several inputs are
 * separated by a rule and an HTML comment naming the path).
 *
 * @internal
 */
export function formatArticle(article: Article, format: OutputFormat, path: string | null): string {
  if (format === "json")
    return `${JSON.stringify(path === null ? article : { path, ...article }, null, 2)}\n`;
  if (format === "jsonl")
    return `${JSON.stringify(path === null ? article : { path, ...article })}\n`;
  if (format === "markdown") {
    const markdown = toMarkdown(article);
    return path === null
      ? markdown
      : `<!-- ${path.replaceAll("--", "- -")} -->\n\n${markdown}\n---\n\n`;
  }
  const lines: string[] = [];
  if (path !== null) lines.push(`==> ${path} <==`);
  if (article.title) lines.push(article.title, "");
  const byline = [article.authors.join(", "), article.publishedAt ?? ""]
    .filter(Boolean)
    .join(" · ");
  if (byline) lines.push(byline, "");
  lines.push(article.text, "");
  return `${lines.join("\n")}\n`;
}
