/**
 * Kinds of non-body content that newsclean recognises and logs in {@link Article.removed}.
 *
 * - `title`: the headline line (its text is in {@link Article.title}).
 * - `masthead`: the site name or a "Headline – Site" suffix line.
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
 * @example
 * ```ts
 * const caption: Caption = { text: "Crowds at the harbour", credit: "File photo" };
 * ```
 */
export interface Caption {
  /** The caption text, without the credit. */
  readonly text: string;
  /** The photo credit (`"AP Photo/Jane Smith"`, `"File photo"`), or `null` when none is given. */
  readonly credit: string | null;
}

/**
 * A link to another story: a "Read more:" teaser or an item of a related-stories list.
 *
 * @example
 * ```ts
 * const link: RelatedLink = { title: "Kim greets Putin", label: "Read more", url: null };
 * ```
 */
export interface RelatedLink {
  /** The linked story's headline. */
  readonly title: string;
  /** The label the page put before it (`"Read more"`, `"Also read"`), or the list heading. */
  readonly label: string;
  /** The link target when the input has one (HTML input), else `null`. */
  readonly url: string | null;
}

/**
 * The reading time as the page states it.
 *
 * @example
 * ```ts
 * const rt: ReadingTime = { text: "2 minutes, 13 seconds Read", seconds: 133 };
 * ```
 */
export interface ReadingTime {
  /** The text as written on the page. */
  readonly text: string;
  /** The stated time in seconds. */
  readonly seconds: number;
}

/**
 * One span of the input that is not part of the body or the description, with why it was removed.
 *
 * @example
 * ```ts
 * const r: Removal = { text: "Share this article", kind: "share", rule: "share/en/share-this", start: 812, end: 830 };
 * ```
 */
export interface Removal {
  /** The removed text, exactly as in the decoded input between `start` and `end`. */
  readonly text: string;
  /** What kind of content it is. */
  readonly kind: BoilerplateKind;
  /** The stable id of the rule that removed it, such as `related/en/read-more-colon`. */
  readonly rule: string;
  /** Start offset (UTF-16 code units) in the decoded input. */
  readonly start: number;
  /** End offset (exclusive, UTF-16 code units) in the decoded input. */
  readonly end: number;
}

/**
 * The normalized article that every entry point returns (schema version 1).
 *
 * Every field is always present: unknown values are `null` or `[]`, never `undefined`.
 *
 * @example
 * ```ts
 * const article: Article = fromText("Headline\n\nFirst paragraph of the story.");
 * article.title; //=> "Headline"
 * article.paragraphs; //=> ["First paragraph of the story."]
 * ```
 */
export interface Article {
  /** The version of this schema; `1`. */
  readonly schemaVersion: 1;
  /** The headline, or `null` when none was found. */
  readonly title: string | null;
  /** The publication's name (from "Headline – Site" lines, mastheads or metadata), or `null`. */
  readonly siteName: string | null;
  /** Author names, in the order given. */
  readonly authors: readonly string[];
  /** Publication date as ISO 8601, or `null` when absent or relative without `referenceDate`. */
  readonly publishedAt: string | null;
  /** Last-modified date as ISO 8601, or `null`. */
  readonly modifiedAt: string | null;
  /** The standfirst (dek) when the page has one, else `null`. */
  readonly description: string | null;
  /** The body paragraphs, in order. */
  readonly paragraphs: readonly string[];
  /** The paragraphs joined by a blank line (`"\n\n"`). */
  readonly text: string;
  /** Image captions with their credits. */
  readonly captions: readonly Caption[];
  /** Related-story links and "Read more:" teasers, in page order. */
  readonly related: readonly RelatedLink[];
  /** The reading time as stated on the page, or `null`. */
  readonly readingTime: ReadingTime | null;
  /** Number of words in the body (CJK words counted with `Intl.Segmenter`). */
  readonly wordCount: number;
  /** The body's language as a BCP 47 tag (`"en"`, `"zh"`), or `null` when unknown. */
  readonly language: string | null;
  /** The canonical URL (HTML input), else `null`. */
  readonly url: string | null;
  /** The lead image URL (HTML input), else `null`. */
  readonly image: string | null;
  /** Keywords and tags (HTML input), else `[]`. */
  readonly tags: readonly string[];
  /** Every non-blank span of the input that is neither body nor description, in input order. */
  readonly removed: readonly Removal[];
  /** Notes about the extraction, such as a truncated input or an empty body. */
  readonly warnings: readonly string[];
  /**
   * Where each metadata field came from: `text` (the visible page), `json-ld`, `og`, `twitter`,
   * `meta`, `dc`, `parsely`, `article`, `time`, `link`, `html` or `title`. Only fields with a
   * value are listed.
   *
   * @example
   * ```ts
   * fromHtml(page).provenance; //=> { title: "text", publishedAt: "json-ld", url: "link" }
   * ```
   */
  readonly provenance: Readonly<Record<string, string>>;
}
