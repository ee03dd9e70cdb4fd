import { describe, expect, it } from "vitest";
import { readJsonLd } from "../../src/html/json-ld.js";
import { parseHtml } from "../../src/html/parse-html.js";

const MAX = 100_000;

/** A page whose head holds one JSON-LD script per entry, each written as given. */
function page(...scripts: string[]): Document {
  const tags = scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join("");
  return parseHtml(`<html><head>${tags}</head><body><p>Body.</p></body></html>`);
}

function ld(...values: unknown[]): Document {
  return page(...values.map((v) => JSON.stringify(v)));
}

describe("readJsonLd", () => {
  it("reads every field of a NewsArticle", () => {
    const doc = ld({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "  Storm   closes harbour ",
      description: "Two piers were damaged.",
      datePublished: "2024-06-19T08:30:00+05:30",
      dateModified: "2024-06-20",
      author: [
        { "@type": "Person", name: "Jane Doe" },
        "John Roe",
        { "@type": "Organization", name: "Harbour Desk" },
      ],
      publisher: { "@type": "Organization", name: "The Gazette", logo: { url: "/logo.png" } },
      image: [
        { "@type": "ImageObject", url: "https://example.com/a.jpg" },
        "https://example.com/b.jpg",
      ],
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://example.com/storm" },
      keywords: "storm, harbour ,  weather",
      inLanguage: "en-GB",
    });
    expect(readJsonLd(doc, MAX)).toEqual({
      type: "NewsArticle",
      headline: "Storm closes harbour",
      description: "Two piers were damaged.",
      datePublished: "2024-06-19T08:30:00+05:30",
      dateModified: "2024-06-20",
      authors: ["Jane Doe", "John Roe", "Harbour Desk"],
      publisher: "The Gazette",
      image: "https://example.com/a.jpg",
      url: "https://example.com/storm",
      keywords: ["storm", "harbour", "weather"],
      inLanguage: "en-GB",
    });
  });

  it("finds the article inside an @graph and resolves @id references", () => {
    const doc = ld({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", "@id": "https://example.com/#site", name: "Example" },
        { "@type": "WebPage", "@id": "https://example.com/p", name: "Page name" },
        {
          "@type": "Article",
          headline: "Graph headline",
          author: { "@id": "https://example.com/#jane" },
          publisher: { "@id": "https://example.com/#org" },
          image: { "@id": "https://example.com/#img" },
          keywords: ["one", "two", "one"],
        },
        { "@type": "Person", "@id": "https://example.com/#jane", name: "Jane Doe" },
        { "@type": "Organization", "@id": "https://example.com/#org", name: "Example News" },
        {
          "@type": "ImageObject",
          "@id": "https://example.com/#img",
          url: "https://example.com/i.jpg",
        },
      ],
    });
    const article = readJsonLd(doc, MAX);
    expect(article?.type).toBe("Article");
    expect(article?.headline).toBe("Graph headline");
    expect(article?.authors).toEqual(["Jane Doe"]);
    expect(article?.publisher).toBe("Example News");
    expect(article?.image).toBe("https://example.com/i.jpg");
    expect(article?.keywords).toEqual(["one", "two"]);
  });

  it.each([
    [
      "a top-level array",
      [{ "@type": "BreadcrumbList" }, { "@type": "BlogPosting", headline: "H" }],
    ],
    ["an @type array", { "@type": ["CreativeWork", "ReportageNewsArticle"], headline: "H" }],
    ["a prefixed @type", { "@type": "http://schema.org/OpinionNewsArticle", headline: "H" }],
    [
      "an article nested in a WebPage",
      { "@type": "WebPage", name: "P", mainEntity: { "@type": "NewsArticle", headline: "H" } },
    ],
    ["a name instead of a headline", { "@type": "LiveBlogPosting", name: "H" }],
  ])("finds the article in %s", (_, value) => {
    expect(readJsonLd(ld(value), MAX)?.headline).toBe("H");
  });

  it("prefers an article in a later script over an earlier WebPage", () => {
    const doc = ld(
      { "@type": "WebPage", name: "Page" },
      { "@type": "NewsArticle", headline: "Story" },
    );
    expect(readJsonLd(doc, MAX)?.headline).toBe("Story");
  });

  it("falls back to a WebPage when no article is described", () => {
    const doc = ld({ "@type": "WebPage", name: "Page", url: "https://example.com/p" });
    expect(readJsonLd(doc, MAX)).toMatchObject({
      type: "WebPage",
      headline: "Page",
      url: "https://example.com/p",
    });
  });

  it("returns null for JSON-LD that describes no article or page", () => {
    expect(readJsonLd(ld({ "@type": "Organization", name: "Org" }), MAX)).toBeNull();
  });

  it("returns null for a page without JSON-LD", () => {
    expect(readJsonLd(parseHtml("<html><body><p>Hi</p></body></html>"), MAX)).toBeNull();
  });

  it("skips malformed JSON without throwing and reads the next script", () => {
    const doc = page(
      '{"@type": "NewsArticle", "headline": "Broken",',
      '{"@type":"NewsArticle","headline":"Good"}',
    );
    expect(readJsonLd(doc, MAX)?.headline).toBe("Good");
  });

  it.each([
    ["a trailing semicolon", '{"@type":"NewsArticle","headline":"H"};'],
    ["an HTML comment wrapper", '<!-- {"@type":"NewsArticle","headline":"H"} -->'],
    ["a CDATA wrapper", '//<![CDATA[\n{"@type":"NewsArticle","headline":"H"}\n//]]>'],
  ])("reads JSON with %s", (_, text) => {
    expect(readJsonLd(page(text), MAX)?.headline).toBe("H");
  });

  it("matches the script type case-insensitively", () => {
    const doc = parseHtml(
      '<html><head><script type=" Application/LD+JSON ">{"@type":"NewsArticle","headline":"H"}</script></head></html>',
    );
    expect(readJsonLd(doc, MAX)?.headline).toBe("H");
  });

  it("skips a script longer than maxLength", () => {
    const long = JSON.stringify({
      "@type": "NewsArticle",
      headline: "Long",
      body: "x".repeat(500),
    });
    const short = JSON.stringify({ "@type": "NewsArticle", headline: "Short" });
    expect(readJsonLd(page(long, short), 200)?.headline).toBe("Short");
    expect(readJsonLd(page(long), 200)).toBeNull();
  });

  it("does not look deeper than eight levels", () => {
    const deep = (levels: number): unknown => {
      let value: unknown = { "@type": "NewsArticle", headline: "Deep" };
      for (let i = 0; i < levels; i += 1) value = { child: value };
      return value;
    };
    expect(readJsonLd(ld(deep(8)), MAX)?.headline).toBe("Deep");
    expect(readJsonLd(ld(deep(9)), MAX)).toBeNull();
  });

  it("survives very deep and very wide JSON", () => {
    const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    const wide = JSON.stringify(Array.from({ length: 50_000 }, () => ({ a: [1, 2, 3] })));
    expect(readJsonLd(page(deep, wide), 10_000_000)).toBeNull();
  });

  it("ignores __proto__, constructor and prototype keys and pollutes nothing", () => {
    const text = `{
      "__proto__": {"polluted": "yes", "@type": "NewsArticle", "headline": "Proto"},
      "constructor": {"prototype": {"polluted": "yes"}, "@type": "NewsArticle", "headline": "Ctor"},
      "prototype": {"@type": "NewsArticle", "headline": "Proto2"},
      "@type": "NewsArticle",
      "headline": "Real",
      "author": {"__proto__": {"name": "Hidden"}, "name": "Jane Doe"},
      "publisher": {"constructor": {"name": "Hidden"}}
    }`;
    const article = readJsonLd(page(text), MAX);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(article).toMatchObject({ headline: "Real", authors: ["Jane Doe"], publisher: null });
  });

  it("does not read inherited properties as values", () => {
    const text = '{"@type":"NewsArticle","author":{"__proto__":{"name":"Inherited"}}}';
    expect(readJsonLd(page(text), MAX)?.authors).toEqual([]);
  });

  it("drops author URLs and decodes HTML entities in text", () => {
    const doc = ld({
      "@type": "NewsArticle",
      headline: "Tom &amp; Jerry",
      author: ["https://example.com/jane", { name: "Jane" }],
    });
    expect(readJsonLd(doc, MAX)).toMatchObject({ headline: "Tom & Jerry", authors: ["Jane"] });
  });
});
