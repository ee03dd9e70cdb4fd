import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/html/parse-html.js";
import { readPageMetadata } from "../../src/html/read-page-metadata.js";

const MAX = 100_000;

function read(
  head: string,
  body = "<p>Body text.</p>",
  htmlAttributes = "",
): ReturnType<typeof readPageMetadata> {
  return readPageMetadata(
    parseHtml(`<html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`),
    MAX,
  );
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

const meta = (key: string, content: string, attribute = "property"): string =>
  `<meta ${attribute}="${key}" content="${content}">`;

describe("readPageMetadata", () => {
  it("returns nulls, empty lists and empty provenance for a page without metadata", () => {
    expect(readPageMetadata(parseHtml("<html><body><p>Just text.</p></body></html>"), MAX)).toEqual(
      {
        title: null,
        titles: [],
        siteName: null,
        authors: [],
        publishedAt: null,
        modifiedAt: null,
        description: null,
        url: null,
        image: null,
        tags: [],
        language: null,
        provenance: {},
      },
    );
  });

  it("reads a fully described page and records where each field came from", () => {
    const result = read(
      [
        "<title>Storm closes harbour | The Gazette</title>",
        '<link rel="canonical" href="https://example.com/storm">',
        meta("og:title", "Storm closes harbour"),
        meta("og:site_name", "The Gazette"),
        meta("og:description", "Two  piers were\n damaged."),
        meta("og:image", "https://example.com/a.jpg"),
        meta("og:locale", "en_GB"),
        meta("article:published_time", "2024-06-19T08:30:00Z"),
        meta("article:modified_time", "2024-06-20T10:00:00.123+0100"),
        meta("article:tag", "Weather"),
        meta("article:tag", "Harbour"),
        meta("author", "Jane Doe", "name"),
      ].join(""),
    );
    expect(result).toEqual({
      title: "Storm closes harbour",
      titles: ["Storm closes harbour", "Storm closes harbour | The Gazette"],
      siteName: "The Gazette",
      authors: ["Jane Doe"],
      publishedAt: "2024-06-19T08:30:00Z",
      modifiedAt: "2024-06-20T10:00:00+01:00",
      description: "Two piers were damaged.",
      url: "https://example.com/storm",
      image: "https://example.com/a.jpg",
      tags: ["Weather", "Harbour"],
      language: "en-gb",
      provenance: {
        title: "og",
        siteName: "og",
        authors: "meta",
        publishedAt: "article",
        modifiedAt: "article",
        description: "og",
        url: "link",
        image: "og",
        tags: "article",
        language: "og",
      },
    });
  });

  it("prefers JSON-LD over og when they disagree on dates, and says so", () => {
    const result = read(
      jsonLd({
        "@type": "NewsArticle",
        datePublished: "2024-06-18T07:00:00-04:00",
        dateModified: "2024-06-18",
      }) +
        meta("article:published_time", "2024-06-19T08:30:00Z") +
        meta("og:updated_time", "2024-06-21T08:30:00Z"),
    );
    expect(result.publishedAt).toBe("2024-06-18T07:00:00-04:00");
    expect(result.modifiedAt).toBe("2024-06-18");
    expect(result.provenance).toMatchObject({ publishedAt: "json-ld", modifiedAt: "json-ld" });
  });

  it("falls back to og when the JSON-LD date is unparseable", () => {
    const result = read(
      jsonLd({ "@type": "NewsArticle", datePublished: "yesterday-ish" }) +
        meta("article:published_time", "2024-06-19"),
    );
    expect(result.publishedAt).toBe("2024-06-19");
    expect(result.provenance.publishedAt).toBe("article");
  });

  it("takes title, authors, site name and keywords from JSON-LD", () => {
    const result = read(
      jsonLd({
        "@type": "NewsArticle",
        headline: "JSON-LD headline",
        author: [
          { "@type": "Person", name: "Jane Doe" },
          { "@type": "Person", name: "John Roe" },
        ],
        publisher: { "@type": "Organization", name: "The Gazette" },
        keywords: ["storm", "Storm", "harbour"],
        inLanguage: "fr-FR",
        url: "https://example.com/ld",
        image: { url: "https://example.com/ld.jpg" },
      }) +
        "<title>Page title</title>" +
        meta("og:title", "OG title") +
        meta("twitter:title", "Twitter title", "name") +
        meta("author", "Someone Else", "name"),
    );
    expect(result.title).toBe("JSON-LD headline");
    expect(result.titles).toEqual(["OG title", "Twitter title", "JSON-LD headline", "Page title"]);
    expect(result.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(result.siteName).toBe("The Gazette");
    expect(result.tags).toEqual(["storm", "harbour"]);
    expect(result.language).toBe("fr-fr");
    expect(result.url).toBe("https://example.com/ld");
    expect(result.image).toBe("https://example.com/ld.jpg");
    expect(result.provenance).toMatchObject({
      title: "json-ld",
      authors: "json-ld",
      siteName: "json-ld",
      tags: "json-ld",
      language: "json-ld",
      url: "json-ld",
      image: "json-ld",
    });
  });

  it.each([
    ["en_US", "en-us"],
    ["fr_FR", "fr-fr"],
    ["de", "de"],
    ["not a locale", null],
  ])("maps og:locale %j to %j", (locale, language) => {
    expect(read(meta("og:locale", locale)).language).toBe(language);
  });

  it("prefers <html lang> over og:locale", () => {
    const result = read(meta("og:locale", "en_US"), "<p>x</p>", ' lang="en-GB"');
    expect(result.language).toBe("en-gb");
    expect(result.provenance.language).toBe("html");
  });

  it("reads the language from a content-language header", () => {
    const result = read(meta("content-language", "de-DE, en", "http-equiv"));
    expect(result.language).toBe("de-de");
    expect(result.provenance.language).toBe("meta");
  });

  it("collects every article:tag, trimmed and deduplicated", () => {
    const head = ["Politics", " Budget ", "politics", "Tax, Economy"]
      .map((t) => meta("article:tag", t))
      .join("");
    expect(read(head + meta("keywords", "ignored", "name")).tags).toEqual([
      "Politics",
      "Budget",
      "Tax",
      "Economy",
    ]);
  });

  it("splits keywords meta on commas when no other tags exist", () => {
    const result = read(meta("keywords", "a, b,, c ,a", "name"));
    expect(result.tags).toEqual(["a", "b", "c"]);
    expect(result.provenance.tags).toBe("meta");
  });

  it.each([
    [
      "a <time pubdate>",
      '<time datetime="2024-01-01">x</time><time datetime="2024-06-19T09:00" pubdate>y</time>',
      "2024-06-19T09:00:00",
    ],
    [
      "a <time itemprop=datePublished>",
      '<time datetime="2024-01-01">x</time><time itemprop="datePublished" datetime="2024-06-19">y</time>',
      "2024-06-19",
    ],
    [
      "the first <time datetime>",
      '<time>no attr</time><time datetime="2024-03-02">x</time><time datetime="2024-04-02">y</time>',
      "2024-03-02",
    ],
  ])("reads the publication date from %s", (_, body, iso) => {
    const result = read("", body);
    expect(result.publishedAt).toBe(iso);
    expect(result.provenance.publishedAt).toBe("time");
  });

  it.each([
    ["2024-06-19", "2024-06-19"],
    ["2024-06-19T08:30Z", "2024-06-19T08:30:00Z"],
    ["2024-06-19T08:30:15.123456Z", "2024-06-19T08:30:15Z"],
    ["2024-06-19T08:30:15+0530", "2024-06-19T08:30:15+05:30"],
    ["2024-06-19 08:30:15 -04:00", "2024-06-19T08:30:15-04:00"],
    ["2024-06-19T08:30:15", "2024-06-19T08:30:15"],
    ["June 19, 2024", "2024-06-19"],
    ["Wed, 19 Jun 2024 10:12:00 GMT", "2024-06-19T10:12:00+00:00"],
    ["2024-02-30", null],
    ["2024-06-19T25:00:00Z", null],
    ["0001-01-01T00:00:00Z", null],
    ["soon", null],
  ])("normalises the date %j to %j", (raw, iso) => {
    expect(read(meta("article:published_time", raw)).publishedAt).toBe(iso);
  });

  it("reads last-modified from an http-equiv header", () => {
    const result = read(meta("last-modified", "2024-06-20 10:00:00", "http-equiv"));
    expect(result.modifiedAt).toBe("2024-06-20T10:00:00");
    expect(result.provenance.modifiedAt).toBe("meta");
  });

  it.each([
    ["og:title", "og"],
    ["twitter:title", "twitter"],
    ["parsely-title", "parsely"],
    ["DC.title", "dc"],
  ])("takes the title from %s", (key, source) => {
    const result = read(meta(key, "Headline", "name"));
    expect(result.title).toBe("Headline");
    expect(result.provenance.title).toBe(source);
  });

  it("takes the title from <title> when nothing else declares one", () => {
    const result = read("<title>  Only   title </title>");
    expect(result).toMatchObject({
      title: "Only title",
      titles: ["Only title"],
      provenance: { title: "title" },
    });
  });

  it("skips an article:author URL and uses the next author source", () => {
    const result = read(
      meta("article:author", "https://facebook.com/jane") +
        meta("parsely-author", "Jane Doe", "name"),
    );
    expect(result.authors).toEqual(["Jane Doe"]);
    expect(result.provenance.authors).toBe("parsely");
  });

  it("reads dc.creator authors and og:url when there is no canonical link", () => {
    const result = read(
      meta("dc.creator", "Jane Doe", "name") + meta("og:url", "https://example.com/x"),
    );
    expect(result).toMatchObject({ authors: ["Jane Doe"], url: "https://example.com/x" });
    expect(result.provenance).toMatchObject({ authors: "dc", url: "og" });
  });

  it("treats whitespace-only values as absent", () => {
    const result = read(
      `${meta("og:title", "   ")}${meta("og:description", " \n ")}<title> </title>`,
    );
    expect(result).toMatchObject({ title: null, titles: [], description: null });
    expect(result.provenance).toEqual({});
  });

  it("does not throw on malformed JSON-LD and reads the other tags", () => {
    const result = read(
      `<script type="application/ld+json">{"@type": </script>${meta("og:title", "Fine")}`,
    );
    expect(result.title).toBe("Fine");
  });
});
