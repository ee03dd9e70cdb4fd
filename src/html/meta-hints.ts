import type { PageExtras } from "../pipeline.js";

/**
 * Page metadata read from `<head>`: title, site name, canonical URL, image, tags and language.
 *
 * @internal
 */
export interface MetaHints extends PageExtras {
  readonly title: string | null;
  readonly siteName: string | null;
  readonly description: string | null;
}

const SPACE_RUN = /\s+/gu;

/**
 * Reads the page's metadata from OpenGraph and standard meta tags, `<title>`, `rel=canonical`
 * and `<html lang>`.
 *
 * @internal
 */
export function readMetaHints(document: Document): MetaHints {
  const meta = (names: readonly string[]): string | null => {
    for (const name of names) {
      const el =
        document.querySelector(`meta[property="${name}"]`) ??
        document.querySelector(`meta[name="${name}"]`);
      const content = el?.getAttribute("content")?.replace(SPACE_RUN, " ").trim();
      if (content) return content;
    }
    return null;
  };
  const titleEl = document.querySelector("title:not(svg title)");
  const lang = document.documentElement?.getAttribute("lang")?.trim().toLowerCase() ?? "";
  const keywords = meta(["keywords", "news_keywords"]);
  const documentTitle = titleEl?.textContent?.replace(SPACE_RUN, " ").trim() || null;
  const ogTitle = meta(["og:title", "twitter:title"]);
  return {
    titles: [ogTitle, documentTitle].filter((t): t is string => t !== null),
    title: ogTitle ?? documentTitle,
    siteName: meta(["og:site_name", "application-name"]),
    description: meta(["og:description", "description", "twitter:description"]),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(["og:url"]),
    image: meta(["og:image", "twitter:image"]),
    tags: keywords
      ? keywords
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean)
      : [],
    language: /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/u.test(lang) ? lang : null,
  };
}
