import { truncateInput } from "./decode/normalize-text.js";
import { parseHtml } from "./html/parse-html.js";
import type { PageMetadata } from "./html/read-page-metadata.js";
import { readPageMetadata } from "./html/read-page-metadata.js";
import { renderBlocks } from "./html/to-blocks.js";
import { describe, type ParseOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { runBlocks } from "./pipeline.js";
import type { Article } from "./types.js";

/**
 * Extracts the article from an HTML page, parsed with linkedom.
 *
 * The page is rendered to text block by block (scripts, styles, templates, form controls and
 * hidden elements left out) and the text pipeline runs on it, with DOM cues (landmarks, class
 * names, link density, `<figcaption>`). The page's declared metadata (JSON-LD, OpenGraph,
 * Twitter cards, Dublin Core, parsely, `article:*`, `<time>`, `<title>`, the canonical link and
 * `<html lang>`) fills the fields the text lacks, and wins for dates, authors, the site name,
 * the URL and the image; {@link Article.provenance} says which source gave each field. Offsets
 * in `removed` refer to that rendering, which is the blocks joined by blank lines.
 *
 * @param html - The page's HTML.
 * @param options - Optional settings; see {@link ParseOptions}.
 * @returns The article, with `url`, `image` and `tags` filled from the page when it declares them.
 * @throws TypeError when `html` is not a string or an option is invalid.
 * @example
 * ```ts
 * import { fromHtml } from "newsclean";
 * const article = fromHtml(`<!doctype html><html lang="en"><head>
 *   <title>Storm closes harbour | Harbour Times</title>
 *   <link rel="canonical" href="https://example.com/storm">
 *   <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-06-19T10:12:00+01:00", "author": {"@type": "Person", "name": "Jane Doe"}}</script>
 * </head><body>
 *   <nav><a href="/">Home</a> <a href="/world">World</a></nav>
 *   <article><h1>Storm closes harbour</h1>
 *   <p>The harbour closed on Monday after the storm damaged two piers.</p>
 *   <p>Read more: <a href="/ferries">Ferry timetable changes for the summer</a></p></article>
 *   <footer>© 2024 Harbour Times</footer>
 * </body></html>`);
 * article.title; //=> "Storm closes harbour"
 * article.authors; //=> ["Jane Doe"]
 * article.publishedAt; //=> "2024-06-19T10:12:00+01:00"
 * article.paragraphs; //=> ["The harbour closed on Monday after the storm damaged two piers."]
 * article.related;
 * //=> [{ title: "Ferry timetable changes for the summer", label: "Read more", url: "https://example.com/ferries" }]
 * article.removed.map((r) => r.rule);
 * //=> ["nav/html/zone", "title/structure/headline", "related/en/read-more-colon", "footer/en/copyright"]
 * article.provenance;
 * //=> { title: "text", authors: "json-ld", publishedAt: "json-ld", language: "text", url: "link" }
 * ```
 */
export function fromHtml(html: string, options?: ParseOptions | null): Article {
  if (typeof html !== "string") {
    throw new TypeError(`newsclean: \`html\` must be a string, got ${describe(html)}`);
  }
  const resolved = resolveOptions(options);
  const { decoded, document, rendered } = readHtml(html, resolved);
  const page = readPageMetadata(document, resolved.maxJsonLdLength, resolved.maxDepth);
  const warnings =
    rendered.tooDeep > 0
      ? [
          ...decoded.warnings,
          `elements nested deeper than maxDepth (${resolved.maxDepth}) were not read: ${rendered.tooDeep} subtree(s)`,
        ]
      : decoded.warnings;
  const article = runBlocks(rendered.blocks, resolved, warnings, {
    titles: page.titles,
    url: page.url,
    image: page.image,
    tags: page.tags,
    language: page.language,
  });
  return mergePageMetadata(article, page);
}

/**
 * The first steps of {@link fromHtml}: the input cut at `maxInputLength`, parsed, and rendered to
 * blocks. The rendering's `text` is the string that `removed[].start`/`end` index into (the
 * playground highlights on it).
 *
 * @internal
 */
export function readHtml(
  html: string,
  options: ResolvedOptions,
): {
  readonly decoded: ReturnType<typeof truncateInput>;
  readonly document: Document;
  readonly rendered: ReturnType<typeof renderBlocks>;
} {
  const decoded = truncateInput(html, options.maxInputLength);
  const document = parseHtml(decoded.text);
  return { decoded, document, rendered: renderBlocks(document, options.maxDepth) };
}

/**
 * Fills the article from the page's declared metadata. The visible headline and standfirst stay
 * when the text has them (they are what a reader sees); dates, authors and the site name prefer
 * the declared values, which are machine-readable and rarely wrong.
 */
function mergePageMetadata(article: Article, page: PageMetadata): Article {
  const provenance: Record<string, string> = { ...article.provenance };
  const from = (field: string, value: unknown): void => {
    const source = page.provenance[field];
    if (source !== undefined && value !== null) provenance[field] = source;
  };
  // `declaredFirst`: the page's declared value wins; otherwise it only fills a gap in the text's.
  const prefer = <T>(
    field: string,
    declared: T | null,
    visible: T | null,
    declaredFirst: boolean,
  ): T | null => {
    if (declared !== null && (declaredFirst || visible === null)) {
      from(field, declared);
      return declared;
    }
    return visible;
  };
  const authors =
    page.authors.length > 0 ? page.authors : article.authors.length > 0 ? article.authors : [];
  if (page.authors.length > 0) from("authors", page.authors);
  const result: Article = {
    ...article,
    title: prefer("title", page.title, article.title, false),
    siteName: prefer("siteName", page.siteName, article.siteName, true),
    authors,
    publishedAt: prefer("publishedAt", page.publishedAt, article.publishedAt, true),
    modifiedAt: prefer("modifiedAt", page.modifiedAt, article.modifiedAt, true),
    description: prefer("description", page.description, article.description, false),
    url: prefer("url", page.url, article.url, true),
    image: prefer("image", page.image, article.image, true),
    tags: page.tags.length > 0 ? page.tags : article.tags,
    related: article.related.map((link) => ({ ...link, url: absolute(link.url, page.url) })),
    provenance,
  };
  if (page.tags.length > 0) from("tags", page.tags);
  return { ...result, provenance: inSchemaOrder(provenance) };
}

const FIELD_ORDER = [
  "title",
  "siteName",
  "authors",
  "publishedAt",
  "modifiedAt",
  "description",
  "readingTime",
  "language",
  "url",
  "image",
  "tags",
];

/** Provenance keys in the order the fields appear in the Article, as in text mode. */
function inSchemaOrder(record: Record<string, string>): Record<string, string> {
  const ordered: Record<string, string> = {};
  for (const key of FIELD_ORDER) {
    const source = record[key];
    if (source !== undefined) ordered[key] = source;
  }
  return ordered;
}

/** Resolves a link against the page's canonical URL when both parse; otherwise keeps it as written. */
function absolute(href: string | null, base: string | null): string | null {
  if (href === null || base === null) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
