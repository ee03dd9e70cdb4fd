/**
 * Kinds of non-body content that newsclean recognises and logs in {@link Article.removed}.
 *
 * - `title`: the headline line (its text is in {@link Article.title}).
 * - `masthead`: a line holding only the site's name. Reserved: no built-in rule assigns it yet
 *   (a "Headline – Site" line is removed as `title`, and the site goes to {@link Article.siteName}).
 * - `readingTime`: "5 min read" and similar (its value is in {@link Article.readingTime}).
 * - `byline`: "By Jane Doe" lines (names in {@link Article.authors}).
 * - `dateline`: "Updated: Jun 19, 2024" lines (dates in {@link Article.publishedAt} / {@link Article.modifiedAt}).
 * - `caption`: image captions and photo credits (in {@link Article.captions}).
 * - `related`: "Read more:" teasers, related-story lists (in {@link Article.related}).
 * - `promo`: marketing and cross-promotion lines.
 * - `share`: share and follow-us rows.
 * - `newsletter`: newsletter sign-up pushes.
 * - `app`: app download pushes.
 * - `nav`: menus, breadcrumbs, pagination and other navigation.
 * - `cookie`: cookie and consent notices.
 * - `comments`: comment sections.
 * - `footer`: copyright lines and site footers.
 * - `republish`: "originally published" and syndication notices.
 * - `advertisement`: advertisement markers.
 * - `other`: text outside the article that matches no more specific kind.
 *
 * @example
 * ```ts
 * import { fromText, type BoilerplateKind } from "newsclean";
 * const kinds: BoilerplateKind[] = fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nShare this article").removed.map((r) => r.kind);
 * kinds; //=> ["title", "byline", "share"]
 * ```
 */
export type BoilerplateKind =
  | "title"
  | "masthead"
  | "readingTime"
  | "byline"
  | "dateline"
  | "caption"
  | "related"
  | "promo"
  | "share"
  | "newsletter"
  | "app"
  | "nav"
  | "cookie"
  | "comments"
  | "footer"
  | "republish"
  | "advertisement"
  | "other";

/**
 * An image caption, split from its credit where the page glues them together.
 *
 * Captions are read from caption lines the rules recognise: a credit glued to the caption
 * (`"…basin(File photo)"`), a credit after it (`"… Photo: Jane Smith/AP"`), or a credit line of
 * its own under the caption.
 *
 * @example
 * ```ts
 * import { fromText } from "newsclean";
 * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
 * fromText(`${story}\n\nBoats tied up in the inner basin(File photo)`).captions;
 * //=> [{ text: "Boats tied up in the inner basin", credit: "File photo" }]
 * ```
 */
export interface Caption {
  /**
   * The caption text, without the credit.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(`${story}\n\nBoats in the inner basin. Photo: Jane Smith/AP`).captions[0]?.text;
   * //=> "Boats in the inner basin."
   * ```
   */
  readonly text: string;
  /**
   * The photo credit (`"AP Photo/Jane Smith"`, `"File photo"`), or `null` when none is given.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(`${story}\n\nBoats in the inner basin. Photo: Jane Smith/AP`).captions[0]?.credit;
   * //=> "Jane Smith/AP"
   * ```
   */
  readonly credit: string | null;
}

/**
 * A link to another story: a "Read more:" teaser or an item of a related-stories list.
 *
 * @example
 * ```ts
 * import { fromText } from "newsclean";
 * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
 * fromText(`${story}\n\nRead more: Ferry timetable changes for the summer season`).related;
 * //=> [{ title: "Ferry timetable changes for the summer season", label: "Read more", url: null }]
 * ```
 */
export interface RelatedLink {
  /**
   * The linked story's headline.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(`${story}\n\nALSO READ: Ferry timetable changes`).related[0]?.title;
   * //=> "Ferry timetable changes"
   * ```
   */
  readonly title: string;
  /**
   * The label the page put before it (`"Read more"`, `"Also read"`), or the heading of the list
   * it is in (`"Related stories"`); `""` when there is neither.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(`${story}\n\nALSO READ: Ferry timetable changes`).related[0]?.label;
   * //=> "ALSO READ"
   * ```
   */
  readonly label: string;
  /**
   * The link target when the input has one (HTML input), else `null`. Relative links are
   * resolved against the page's canonical URL when it has one.
   *
   * @example
   * ```ts
   * import { fromHtml } from "newsclean";
   * const page = `<html><head><link rel="canonical" href="https://example.com/storm"></head><body>
   *   <h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p>
   *   <p>Read more: <a href="/ferries">Ferry timetable changes for the summer</a></p></body></html>`;
   * fromHtml(page).related[0]?.url; //=> "https://example.com/ferries"
   * ```
   */
  readonly url: string | null;
}

/**
 * The reading time as the page states it.
 *
 * @example
 * ```ts
 * import { fromText } from "newsclean";
 * fromText("Storm closes harbour\n\n3 min read\n\nThe harbour closed on Monday after the storm damaged two piers.").readingTime;
 * //=> { text: "3 min read", seconds: 180 }
 * ```
 */
export interface ReadingTime {
  /**
   * The text as written on the page.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\n3 min read\n\nThe harbour closed on Monday after the storm damaged two piers.").readingTime?.text;
   * //=> "3 min read"
   * ```
   */
  readonly text: string;
  /**
   * The stated time in seconds.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\n3 min read\n\nThe harbour closed on Monday after the storm damaged two piers.").readingTime?.seconds;
   * //=> 180
   * ```
   */
  readonly seconds: number;
}

/**
 * One span of the input that is not part of the body or the description, with why it was removed.
 *
 * `text` is always the slice of the decoded input between `start` and `end` (see the offsets
 * note in the README: the decoded input is the input after truncation and character
 * normalisation; for HTML, the page's text rendering).
 *
 * @example
 * ```ts
 * import { fromText } from "newsclean";
 * fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nShare this article").removed;
 * //=> [
 * //   { text: "Storm closes harbour", kind: "title", rule: "title/structure/headline", start: 0, end: 20 },
 * //   { text: "Share this article", kind: "share", rule: "share/en/share-this", start: 87, end: 105 },
 * // ]
 * ```
 */
export interface Removal {
  /**
   * The removed text, exactly as in the decoded input between `start` and `end`.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.").removed[1]?.text;
   * //=> "By Jane Doe"
   * ```
   */
  readonly text: string;
  /**
   * What kind of content it is.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.").removed[1]?.kind;
   * //=> "byline"
   * ```
   */
  readonly kind: BoilerplateKind;
  /**
   * The stable id of the rule that removed it: `<kind>/<lang>/<slug>` for a rule of a pack
   * (`related/en/read-more-colon`), `<kind>/common/<slug>` for a language-independent rule,
   * `<kind>/structure/<slug>` for a decision made from the page's structure, and
   * `<kind>/html/<slug>` for one made from HTML markup.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.").removed[1]?.rule;
   * //=> "byline/en/by"
   * ```
   */
  readonly rule: string;
  /**
   * Start offset (UTF-16 code units) in the decoded input.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.").removed[1]?.start;
   * //=> 22
   * ```
   */
  readonly start: number;
  /**
   * End offset (exclusive, UTF-16 code units) in the decoded input.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nBy Jane Doe\n\nThe harbour closed on Monday after the storm damaged two piers.").removed[1]?.end;
   * //=> 33
   * ```
   */
  readonly end: number;
}

/**
 * The normalized article that every entry point returns (schema version 1).
 *
 * Every field is always present: unknown values are `null` or `[]`, never `undefined`. The
 * object is plain JSON data: `JSON.stringify` keeps all of it, and the same input and options
 * always give the same JSON.
 *
 * @example
 * ```ts
 * import { fromText } from "newsclean";
 * const page = [
 *   "Storm closes harbour – Harbour Times",
 *   "By Jane Doe",
 *   "Published: June 19, 2024",
 *   "3 min read",
 *   "Two piers were damaged and ferries will stay in port until Thursday",
 *   "The harbour closed on Monday after the storm damaged two piers, the port authority said.",
 *   "Fishing boats were moved to the inner basin overnight, and ferries will not sail until Thursday.",
 *   "Boats tied up in the inner basin(File photo)",
 *   "Read more: Ferry timetable changes for the summer season",
 *   "Share this article",
 * ].join("\n\n");
 * const { removed, ...article } = fromText(page);
 * article;
 * //=> {
 * //   schemaVersion: 1,
 * //   title: "Storm closes harbour",
 * //   siteName: "Harbour Times",
 * //   authors: ["Jane Doe"],
 * //   publishedAt: "2024-06-19",
 * //   modifiedAt: null,
 * //   description: "Two piers were damaged and ferries will stay in port until Thursday",
 * //   paragraphs: [
 * //     "Two piers were damaged and ferries will stay in port until Thursday",
 * //     "The harbour closed on Monday after the storm damaged two piers, the port authority said.",
 * //     "Fishing boats were moved to the inner basin overnight, and ferries will not sail until Thursday.",
 * //   ],
 * //   text: "Two piers were damaged and ferries will stay in port until Thursday\n\nThe harbour closed on Monday after the storm damaged two piers, the port authority said.\n\nFishing boats were moved to the inner basin overnight, and ferries will not sail until Thursday.",
 * //   captions: [{ text: "Boats tied up in the inner basin", credit: "File photo" }],
 * //   related: [{ title: "Ferry timetable changes for the summer season", label: "Read more", url: null }],
 * //   readingTime: { text: "3 min read", seconds: 180 },
 * //   wordCount: 43,
 * //   language: "en",
 * //   url: null,
 * //   image: null,
 * //   tags: [],
 * //   warnings: [],
 * //   provenance: {
 * //     title: "text",
 * //     siteName: "text",
 * //     authors: "text",
 * //     publishedAt: "text",
 * //     description: "text",
 * //     readingTime: "text",
 * //     language: "text",
 * //   },
 * // }
 * removed.map((r) => r.rule);
 * //=> [
 * //   "title/structure/headline",
 * //   "byline/en/by",
 * //   "dateline/en/published",
 * //   "readingTime/en/min-read",
 * //   "caption/en/glued-credit",
 * //   "related/en/read-more-colon",
 * //   "share/en/share-this",
 * // ]
 * ```
 */
export interface Article {
  /**
   * The version of this schema; `1`. It changes only with a changelog entry.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("").schemaVersion; //=> 1
   * ```
   */
  readonly schemaVersion: 1;
  /**
   * The headline, or `null` when none was found. A "Headline – Site" suffix is split off into
   * {@link Article.siteName}.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour – Harbour Times\n\nThe harbour closed on Monday after the storm damaged two piers.").title;
   * //=> "Storm closes harbour"
   * ```
   */
  readonly title: string | null;
  /**
   * The publication's name (from "Headline – Site" lines, mastheads or metadata), or `null`.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour – Harbour Times\n\nThe harbour closed on Monday after the storm damaged two piers.").siteName;
   * //=> "Harbour Times"
   * ```
   */
  readonly siteName: string | null;
  /**
   * Author names, in the order given (`[]` when there is no byline).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nBy Jane Doe and Sam Lee\n\nThe harbour closed on Monday after the storm damaged two piers.").authors;
   * //=> ["Jane Doe", "Sam Lee"]
   * ```
   */
  readonly authors: readonly string[];
  /**
   * Publication date as ISO 8601, or `null` when absent or relative without `referenceDate`.
   * Only the parts the page gives are written: `"2024-06-19"`, `"2024-06-19T10:12:00"`, or
   * `"2024-06-19T10:12:00-04:00"` when it names a zone.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nPublished: June 19, 2024\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(story).publishedAt; //=> "2024-06-19"
   * const relative = "Storm closes harbour\n\nPosted 3 hours ago\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(relative).publishedAt; //=> null
   * fromText(relative, { referenceDate: "2024-06-19T12:00:00Z" }).publishedAt; //=> "2024-06-19T09:00:00Z"
   * ```
   */
  readonly publishedAt: string | null;
  /**
   * Last-modified date as ISO 8601 (same form as {@link Article.publishedAt}), or `null`.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nUpdated: Jun 19, 2024, 10:12 AM\n\nThe harbour closed on Monday after the storm damaged two piers.").modifiedAt;
   * //=> "2024-06-19T10:12:00"
   * ```
   */
  readonly modifiedAt: string | null;
  /**
   * The standfirst (dek) when the page has one, else `null`. In text input it is a short first
   * body line without a closing full stop; it is also the first of the
   * {@link Article.paragraphs}. In HTML input the page's declared description fills it when the
   * text has none.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nTwo piers were damaged and ferries will stay in port until Thursday\n\nThe harbour closed on Monday after the storm damaged two piers.").description;
   * //=> "Two piers were damaged and ferries will stay in port until Thursday"
   * ```
   */
  readonly description: string | null;
  /**
   * The body paragraphs, in order, words exactly as written (after decoding).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nShare this article").paragraphs;
   * //=> ["The harbour closed on Monday after the storm damaged two piers."]
   * ```
   */
  readonly paragraphs: readonly string[];
  /**
   * The paragraphs joined by a blank line (`"\n\n"`).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nFerries will not sail until Thursday.").text;
   * //=> "The harbour closed on Monday after the storm damaged two piers.\n\nFerries will not sail until Thursday."
   * ```
   */
  readonly text: string;
  /**
   * Image captions with their credits, in page order (see {@link Caption}).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(`${story}\n\nBoats tied up in the inner basin(File photo)`).captions;
   * //=> [{ text: "Boats tied up in the inner basin", credit: "File photo" }]
   * ```
   */
  readonly captions: readonly Caption[];
  /**
   * Related-story links and "Read more:" teasers, in page order (see {@link RelatedLink}).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * const story = "Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.";
   * fromText(`${story}\n\nRead more: Ferry timetable changes for the summer season`).related;
   * //=> [{ title: "Ferry timetable changes for the summer season", label: "Read more", url: null }]
   * ```
   */
  readonly related: readonly RelatedLink[];
  /**
   * The reading time as stated on the page, or `null` (it is never estimated).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\n3 min read\n\nThe harbour closed on Monday after the storm damaged two piers.").readingTime;
   * //=> { text: "3 min read", seconds: 180 }
   * ```
   */
  readonly readingTime: ReadingTime | null;
  /**
   * Number of words in the body (CJK words counted with `Intl.Segmenter`).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.").wordCount;
   * //=> 11
   * ```
   */
  readonly wordCount: number;
  /**
   * The body's language as a lower-case BCP 47 tag (`"en"`, `"zh"`), or `null` when unknown or
   * when the article has neither a body nor a headline. It is detected from the text, unless the
   * `language` option gives it; HTML input falls back on `<html lang>`.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Sturm schließt den Hafen\n\nDer Hafen wurde am Montag geschlossen, nachdem der Sturm zwei Anleger beschädigt hatte.").language;
   * //=> "de"
   * ```
   */
  readonly language: string | null;
  /**
   * The canonical URL (HTML input), else `null`.
   *
   * @example
   * ```ts
   * import { fromHtml } from "newsclean";
   * fromHtml(`<html><head><link rel="canonical" href="https://example.com/storm"></head><body><h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p></body></html>`).url;
   * //=> "https://example.com/storm"
   * ```
   */
  readonly url: string | null;
  /**
   * The lead image URL (HTML input), else `null`.
   *
   * @example
   * ```ts
   * import { fromHtml } from "newsclean";
   * fromHtml(`<html><head><meta property="og:image" content="https://example.com/storm.jpg"></head><body><h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p></body></html>`).image;
   * //=> "https://example.com/storm.jpg"
   * ```
   */
  readonly image: string | null;
  /**
   * Keywords and tags (HTML input), else `[]`.
   *
   * @example
   * ```ts
   * import { fromHtml } from "newsclean";
   * fromHtml(`<html><head><meta name="keywords" content="weather, ports"></head><body><h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p></body></html>`).tags;
   * //=> ["weather", "ports"]
   * ```
   */
  readonly tags: readonly string[];
  /**
   * Every non-blank span of the input that is neither body nor description, in input order (see
   * {@link Removal}).
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.\n\nShare this article").removed.map((r) => `${r.kind} ${r.rule}`);
   * //=> ["title title/structure/headline", "share share/en/share-this"]
   * ```
   */
  readonly removed: readonly Removal[];
  /**
   * Notes about the extraction, such as a truncated input or an empty body. An article with a
   * body and no other issue has none.
   *
   * @example
   * ```ts
   * import { fromText } from "newsclean";
   * fromText("").warnings; //=> ["empty input: no text to extract"]
   * fromText("Menu").warnings; //=> ["no article body found"]
   * ```
   */
  readonly warnings: readonly string[];
  /**
   * Where each metadata field came from: `text` (the visible page), `json-ld`, `og`, `twitter`,
   * `meta`, `dc`, `parsely`, `article`, `time`, `link`, `html` or `title`. Only fields with a
   * value are listed, in the order of the fields of {@link Article}.
   *
   * @example
   * ```ts
   * import { fromHtml, fromText } from "newsclean";
   * fromText("Storm closes harbour\n\nThe harbour closed on Monday after the storm damaged two piers.").provenance;
   * //=> { title: "text", language: "text" }
   * const page = `<html lang="en"><head>
   *   <link rel="canonical" href="https://example.com/storm">
   *   <meta property="og:image" content="https://example.com/storm.jpg">
   *   <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-06-19"}</script>
   * </head><body><h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm damaged two piers.</p></body></html>`;
   * fromHtml(page).provenance;
   * //=> { title: "text", publishedAt: "json-ld", language: "text", url: "link", image: "og" }
   * ```
   */
  readonly provenance: Readonly<Record<string, string>>;
}
