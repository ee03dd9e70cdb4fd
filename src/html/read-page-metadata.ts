import { normalizeChars } from "../decode/normalize-text.js";
import { type DateContext, parseDate } from "../metadata/parse-date.js";
import { en } from "../rules/en.js";
import { collectElements } from "./collect-elements.js";
import { type JsonLdArticle, readJsonLd } from "./json-ld.js";

/**
 * Where a metadata value came from: JSON-LD, an OpenGraph / Twitter / Dublin Core / Parse.ly /
 * `article:*` / other `<meta>` tag, a `<time>` element, a `<link>`, the `<html>` element or
 * `<title>`.
 *
 * @internal
 */
export type MetadataSource =
  | "json-ld"
  | "og"
  | "twitter"
  | "meta"
  | "dc"
  | "parsely"
  | "article"
  | "time"
  | "link"
  | "html"
  | "title";

/**
 * The metadata a page declares about itself, each field from its best source.
 *
 * Strings are whitespace-collapsed and trimmed; dates are ISO 8601; absent values are `null`
 * or `[]`.
 *
 * @internal
 */
export interface PageMetadata {
  /** Best headline: JSON-LD headline, og:title, twitter:title, parsely-title, dc.title, `<title>`. */
  readonly title: string | null;
  /** Every declared title (og:title, twitter:title, JSON-LD headline, `<title>`), deduplicated. */
  readonly titles: readonly string[];
  /** og:site_name, JSON-LD publisher.name, application-name. */
  readonly siteName: string | null;
  /** Author names from the first source that has any: JSON-LD, author, article:author, parsely-author, dc.creator. */
  readonly authors: readonly string[];
  /** JSON-LD datePublished, article:published_time, og:published_time, parsely-pub-date, dc.date, date, pubdate, `<time datetime>`. */
  readonly publishedAt: string | null;
  /** JSON-LD dateModified, article:modified_time, og:updated_time, last-modified. */
  readonly modifiedAt: string | null;
  /** og:description, JSON-LD description, description, twitter:description. */
  readonly description: string | null;
  /** `<link rel=canonical>`, og:url, JSON-LD url / mainEntityOfPage. */
  readonly url: string | null;
  /** og:image, twitter:image, JSON-LD image. */
  readonly image: string | null;
  /** Tags from the first source that has any: article:tag, JSON-LD keywords, news_keywords, keywords. */
  readonly tags: readonly string[];
  /** Lower-case BCP 47 tag: `<html lang>`, og:locale, JSON-LD inLanguage, content-language. */
  readonly language: string | null;
  /** For each non-empty field except `titles`, the {@link MetadataSource} it came from. */
  readonly provenance: Readonly<Record<string, string>>;
}

type Candidate = readonly [MetadataSource, string | null];
type ListCandidate = readonly [MetadataSource, readonly string[]];

const MAX_META = 5000;
const MAX_TIMES = 1000;

const SPACE_RUN = /\s+/gu;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/u;
const ISO_DATE =
  /^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[Tt ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s?(?<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/u;

const DATE_CONTEXT: DateContext = {
  months: new Map(Object.entries(en.months)),
  referenceDate: null,
  monthFirst: true,
};

/**
 * Reads the page's own metadata from JSON-LD, OpenGraph, Twitter, Dublin Core, Parse.ly and
 * other `<meta>` tags, `<time>` elements, the canonical link, `<html lang>` and `<title>`,
 * taking each field from the first source that has a usable value and recording which.
 *
 * @param document - The parsed page.
 * @param maxJsonLdLength - The longest JSON-LD script text, in characters, that is parsed.
 * @param maxDepth - Elements nested deeper than this are not read.
 * @returns The page metadata; fields the page does not declare are `null` or `[]`.
 * @internal
 */
export function readPageMetadata(
  document: Document,
  maxJsonLdLength: number,
  maxDepth?: number,
): PageMetadata {
  const elements = collectElements(document, maxDepth);
  const ld: JsonLdArticle | null = readJsonLd(elements.scripts, maxJsonLdLength);
  const metas = metaIndex(elements.metas);
  const meta = (...keys: string[]): Candidate[] =>
    keys.flatMap((key) => (metas.get(key) ?? []).map((value) => [sourceOf(key), value] as const));
  const metaList = (split: boolean, ...keys: string[]): ListCandidate[] =>
    keys.map((key) => {
      const values = metas.get(key) ?? [];
      return [sourceOf(key), split ? values.flatMap((v) => v.split(",")) : values] as const;
    });

  const documentTitle = clean(elements.title?.textContent);
  const ldHeadline = ld?.headline ?? null;

  const title = pick([
    ["json-ld", ldHeadline],
    ...meta("og:title", "twitter:title", "parsely-title", "dc.title", "dcterms.title"),
    ["title", documentTitle],
  ]);
  const titles = unique(
    [
      ...meta("og:title"),
      ...meta("twitter:title"),
      ["json-ld", ldHeadline],
      ["title", documentTitle],
    ]
      .map(([, value]) => value)
      .filter((value): value is string => value !== null),
    false,
  );
  const siteName = pick([
    ...meta("og:site_name"),
    ["json-ld", ld?.publisher ?? null],
    ...meta("application-name"),
  ]);
  const authorSources: ListCandidate[] = [
    ["json-ld", ld?.authors ?? []],
    ...metaList(
      false,
      "author",
      "article:author",
      "parsely-author",
      "dc.creator",
      "dcterms.creator",
    ),
  ];
  const authors = pickList(
    authorSources.map(([source, names]) => [source, names.filter((name) => !isUrl(name))] as const),
  );
  const publishedAt = pick(
    [
      ["json-ld", ld?.datePublished ?? null],
      ...meta(
        "article:published_time",
        "og:published_time",
        "parsely-pub-date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.issued",
        "date",
        "pubdate",
      ),
      ["time", timeDatetime(elements.times)],
    ],
    normaliseDate,
  );
  const modifiedAt = pick(
    [
      ["json-ld", ld?.dateModified ?? null],
      ...meta("article:modified_time", "og:updated_time", "last-modified"),
    ],
    normaliseDate,
  );
  const description = pick([
    ...meta("og:description"),
    ["json-ld", ld?.description ?? null],
    ...meta("description", "twitter:description"),
  ]);
  const url = pick([
    ["link", canonical(elements.links)],
    ...meta("og:url"),
    ["json-ld", ld?.url ?? null],
  ]);
  const image = pick([
    ...meta(
      "og:image",
      "og:image:url",
      "og:image:secure_url",
      "twitter:image",
      "twitter:image:src",
    ),
    ["json-ld", ld?.image ?? null],
  ]);
  const tags = pickList([
    ...metaList(true, "article:tag"),
    ["json-ld", ld?.keywords ?? []],
    ...metaList(true, "news_keywords", "keywords"),
  ]);
  const language = pick(
    [
      ["html", clean(document.documentElement?.getAttribute("lang"))],
      ...meta("og:locale"),
      ["json-ld", ld?.inLanguage ?? null],
      ...meta("content-language"),
    ],
    normaliseLanguage,
  );

  const provenance: Record<string, string> = {};
  const fields = {
    title,
    siteName,
    authors,
    publishedAt,
    modifiedAt,
    description,
    url,
    image,
    tags,
    language,
  } as const;
  for (const [field, found] of Object.entries(fields)) {
    if (found !== null) provenance[field] = found.source;
  }
  return {
    title: title?.value ?? null,
    titles,
    siteName: siteName?.value ?? null,
    authors: authors?.value ?? [],
    publishedAt: publishedAt?.value ?? null,
    modifiedAt: modifiedAt?.value ?? null,
    description: description?.value ?? null,
    url: url?.value ?? null,
    image: image?.value ?? null,
    tags: tags?.value ?? [],
    language: language?.value ?? null,
    provenance,
  };
}

/** Every `<meta>` content by lower-case `property`, `name` and `http-equiv`, in page order. */
function metaIndex(elements: readonly Element[]): ReadonlyMap<string, string[]> {
  const index = new Map<string, string[]>();
  let seen = 0;
  for (const element of elements) {
    if (seen >= MAX_META) break;
    seen += 1;
    const content = clean(element.getAttribute("content"));
    if (content === null) continue;
    const keys = new Set(
      ["property", "name", "http-equiv"]
        .map((attribute) => element.getAttribute(attribute)?.trim().toLowerCase() ?? "")
        .filter((key) => key !== ""),
    );
    for (const key of keys) {
      const values = index.get(key);
      if (values === undefined) index.set(key, [content]);
      else values.push(content);
    }
  }
  return index;
}

function sourceOf(key: string): MetadataSource {
  if (key.startsWith("og:")) return "og";
  if (key.startsWith("twitter:")) return "twitter";
  if (key.startsWith("article:")) return "article";
  if (key.startsWith("parsely-")) return "parsely";
  if (key.startsWith("dc.") || key.startsWith("dcterms.")) return "dc";
  return "meta";
}

/** The first candidate whose value survives `normalise`, with its source. */
function pick(
  candidates: readonly Candidate[],
  normalise: (value: string) => string | null = (value) => value,
): { value: string; source: MetadataSource } | null {
  for (const [source, raw] of candidates) {
    const value = raw === null ? null : normalise(raw);
    if (value !== null) return { value, source };
  }
  return null;
}

/** The first candidate list with any non-empty entry, cleaned and deduplicated. */
function pickList(
  candidates: readonly ListCandidate[],
): { value: readonly string[]; source: MetadataSource } | null {
  for (const [source, raw] of candidates) {
    const value = unique(
      raw.map((entry) => clean(entry)).filter((entry): entry is string => entry !== null),
      true,
    );
    if (value.length > 0) return { value, source };
  }
  return null;
}

function unique(values: readonly string[], ignoreCase: boolean): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const key = ignoreCase ? value.toLowerCase() : value;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(value);
  }
  return kept;
}

/** The `href` of the first `<link rel="canonical">`. */
function canonical(links: readonly Element[]): string | null {
  for (const link of links) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(SPACE_RUN);
    if (rel.includes("canonical")) {
      const href = clean(link.getAttribute("href"));
      if (href !== null) return href;
    }
  }
  return null;
}

/** The `datetime` of the first `<time pubdate>` or `itemprop=datePublished`, else of the first `<time>`. */
function timeDatetime(times: readonly Element[]): string | null {
  let first: string | null = null;
  let seen = 0;
  for (const time of times) {
    if (seen >= MAX_TIMES) break;
    seen += 1;
    const datetime = clean(time.getAttribute("datetime"));
    if (datetime === null) continue;
    const itemprop = (time.getAttribute("itemprop") ?? "").split(SPACE_RUN);
    if (time.hasAttribute("pubdate") || itemprop.includes("datePublished")) return datetime;
    first ??= datetime;
  }
  return first;
}

/**
 * ISO 8601 input keeps its precision (date, or date-time to the second with its offset);
 * anything else goes through {@link parseDate}.
 */
function normaliseDate(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  if (!iso?.groups) return parseDate(text, DATE_CONTEXT);
  const { y, mo, d, h, mi, s, zone } = iso.groups;
  const day = calendarDay(Number(y), Number(mo), Number(d));
  if (day === null) return null;
  if (h === undefined || mi === undefined) return day;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? "0") > 59) return null;
  const clock = `${day}T${h}:${mi}:${s ?? "00"}`;
  if (zone === undefined) return clock;
  if (zone === "Z" || zone === "z") return `${clock}Z`;
  const hours = zone.slice(1, 3);
  const minutes = zone.length > 3 ? zone.slice(-2) : "00";
  if (Number(hours) > 14 || Number(minutes) > 59) return null;
  return `${clock}${zone.slice(0, 1)}${hours}:${minutes}`;
}

function calendarDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `en_US` → `en-us`; the first of a comma-separated list; `null` when not a language tag. */
function normaliseLanguage(text: string): string | null {
  const tag = (text.split(",")[0] ?? "").trim().replaceAll("_", "-").toLowerCase();
  return LANGUAGE_TAG.test(tag) ? tag : null;
}

function clean(text: string | null | undefined): string | null {
  const cleaned = text == null ? "" : normalizeChars(text).replace(SPACE_RUN, " ").trim();
  return cleaned === "" ? null : cleaned;
}

function isUrl(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
}
