import { normalizeChars } from "../decode/normalize-text.js";
/**
 * The article fields read from a page's JSON-LD (schema.org) block. Strings are
 * whitespace-collapsed and trimmed; dates are as written (not yet normalised).
 *
 * @internal
 */
export interface JsonLdArticle {
  /** The matched schema.org type, such as `"NewsArticle"` or `"WebPage"`. */
  readonly type: string;
  /** `headline`, or `name` when there is no headline. */
  readonly headline: string | null;
  readonly description: string | null;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
  /** Author names (Person or Organization), deduplicated, in the order given. */
  readonly authors: readonly string[];
  /** `publisher.name`. */
  readonly publisher: string | null;
  /** The first image URL. */
  readonly image: string | null;
  /** `url`, else `mainEntityOfPage` (a string or the `@id` of an object). */
  readonly url: string | null;
  /** `keywords`, split on commas, deduplicated. */
  readonly keywords: readonly string[];
  readonly inLanguage: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BlogPosting",
  "LiveBlogPosting",
]);
const FALLBACK_TYPE = "WebPage";
// Keys never followed or read: they name prototype machinery, not data.
const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);
const MAX_SCRIPTS = 1000;
const MAX_NODES = 10_000;
const MAX_DEPTH = 8;
const MAX_LIST = 100;

const SPACE_RUN = /\s+/gu;
const ENTITY = /&(?:amp|quot|apos|lt|gt|#39|#x27);/gu;
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&amp;", "&"],
  ["&quot;", '"'],
  ["&apos;", "'"],
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&#39;", "'"],
  ["&#x27;", "'"],
]);

/**
 * Reads the article described by the page's `<script type="application/ld+json">` blocks.
 *
 * Blocks longer than `maxLength` characters and malformed JSON are skipped. Top-level arrays,
 * `@graph` arrays and nested objects (to depth 8) are searched; the first object typed as an
 * article (`NewsArticle`, `Article`, `BlogPosting`, …) wins, and a `WebPage` only when there is
 * none. Author, publisher and image references by `@id` are resolved within the page's JSON-LD.
 * Only own properties are read, and prototype-related keys are ignored.
 *
 * @param source - The parsed page, or its `<script>` elements in document order.
 * @param maxLength - The longest script text, in characters, that is parsed.
 * @returns The article's fields, or `null` when no article or web page is described.
 * @internal
 */
export function readJsonLd(
  source: Document | readonly Element[],
  maxLength: number,
): JsonLdArticle | null {
  const roots: Json[] = [];
  let scripts = 0;
  const elements = "querySelectorAll" in source ? source.querySelectorAll("script") : source;
  for (const script of elements) {
    if (scripts >= MAX_SCRIPTS) break;
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    scripts += 1;
    const text = script.textContent ?? "";
    if (text.length > maxLength) continue;
    const parsed = parseJson(text);
    if (parsed !== undefined) roots.push(parsed);
  }
  if (roots.length === 0) return null;

  const ids = new Map<string, JsonObject>();
  let article: { node: JsonObject; type: string } | null = null;
  let page: JsonObject | null = null;
  let visited = 0;
  // Depth-first, in document order, with an explicit stack.
  const stack: { value: Json; depth: number }[] = [];
  for (let i = roots.length - 1; i >= 0; i -= 1) stack.push({ value: roots[i] ?? null, depth: 0 });
  while (stack.length > 0 && visited < MAX_NODES) {
    const { value, depth } = stack.pop() ?? { value: null, depth: 0 };
    visited += 1;
    if (value === null || typeof value !== "object") continue;
    const children: Json[] = [];
    const deeper = depth < MAX_DEPTH;
    if (Array.isArray(value)) {
      if (deeper) children.push(...value.slice(0, MAX_NODES));
    } else {
      const id = str(own(value, "@id"));
      if (id !== null && Object.keys(value).length > 1 && !ids.has(id)) ids.set(id, value);
      const types = typesOf(value);
      const type = types.find((t) => ARTICLE_TYPES.has(t));
      if (article === null && type !== undefined) article = { node: value, type };
      if (page === null && types.includes(FALLBACK_TYPE)) page = value;
      for (const key of deeper ? Object.keys(value) : []) {
        if (!UNSAFE_KEYS.has(key)) children.push(own(value, key));
      }
    }
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push({ value: children[i] ?? null, depth: depth + 1 });
    }
  }

  const chosen = article ?? (page === null ? null : { node: page, type: FALLBACK_TYPE });
  return chosen === null ? null : extract(chosen.node, chosen.type, ids);
}

function extract(
  node: JsonObject,
  type: string,
  ids: ReadonlyMap<string, JsonObject>,
): JsonLdArticle {
  const resolve = (value: Json): Json => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
    const id = str(own(value, "@id"));
    if (id === null || Object.keys(value).length > 1) return value;
    return ids.get(id) ?? value;
  };
  const authors: string[] = [];
  for (const author of list(own(node, "author"))) {
    const name = nameOf(resolve(author));
    if (name !== null && !authors.includes(name)) authors.push(name);
  }
  let publisher: string | null = null;
  for (const candidate of list(own(node, "publisher"))) {
    publisher = nameOf(resolve(candidate));
    if (publisher !== null) break;
  }
  let image: string | null = null;
  for (const candidate of list(own(node, "image"))) {
    image = imageOf(resolve(candidate));
    if (image !== null) break;
  }
  const keywords: string[] = [];
  for (const entry of list(own(node, "keywords"))) {
    for (const part of (str(entry) ?? "").split(",")) {
      const keyword = clean(part);
      if (keyword !== null && !keywords.includes(keyword)) keywords.push(keyword);
    }
  }
  const mainEntity = own(node, "mainEntityOfPage");
  return {
    type,
    headline: str(own(node, "headline")) ?? str(own(node, "name")),
    description: str(own(node, "description")),
    datePublished: str(own(node, "datePublished")),
    dateModified: str(own(node, "dateModified")),
    authors,
    publisher,
    image,
    url: str(own(node, "url")) ?? str(mainEntity) ?? str(ownOf(mainEntity, "@id")),
    keywords,
    inLanguage:
      str(own(node, "inLanguage")) ?? str(ownOf(own(node, "inLanguage"), "alternateName")),
  };
}

/** Parses JSON, retrying once without a trailing `;`, comment or CDATA wrappers. */
function parseJson(text: string): Json | undefined {
  const first = tryParse(text);
  if (first !== undefined) return first;
  let stripped = text.trim();
  for (const prefix of ["<!--", "//<![CDATA[", "<![CDATA["]) {
    if (stripped.startsWith(prefix)) stripped = stripped.slice(prefix.length).trim();
  }
  for (const suffix of ["-->", "//]]>", "]]>"]) {
    if (stripped.endsWith(suffix)) stripped = stripped.slice(0, -suffix.length).trim();
  }
  if (stripped.endsWith(";")) stripped = stripped.slice(0, -1);
  return stripped === text ? undefined : tryParse(stripped);
}

function tryParse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Reads an own property; inherited and prototype-related keys read as absent. */
function own(object: JsonObject, key: string): Json {
  if (UNSAFE_KEYS.has(key) || !Object.hasOwn(object, key)) return null;
  return object[key] ?? null;
}

function ownOf(value: Json, key: string): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? own(value, key)
    : null;
}

/** The `@type` names of an object, with any `schema:` or URL prefix removed. */
function typesOf(object: JsonObject): string[] {
  return list(own(object, "@type"))
    .map((t) =>
      typeof t === "string" ? t.slice(Math.max(t.lastIndexOf("/"), t.lastIndexOf(":")) + 1) : "",
    )
    .filter((t) => t !== "");
}

function list(value: Json): Json[] {
  if (value === null) return [];
  return Array.isArray(value) ? value.slice(0, MAX_LIST) : [value];
}

function nameOf(value: Json): string | null {
  if (typeof value === "string") return isUrl(value) ? null : clean(value);
  const name = str(ownOf(value, "name"));
  return name === null || isUrl(name) ? null : name;
}

function imageOf(value: Json): string | null {
  if (typeof value === "string") return clean(value);
  return str(ownOf(value, "url")) ?? str(ownOf(value, "contentUrl")) ?? str(ownOf(value, "@id"));
}

function str(value: Json): string | null {
  return typeof value === "string" ? clean(value) : null;
}

function clean(text: string): string | null {
  const cleaned = normalizeChars(text.replace(ENTITY, (entity) => ENTITIES.get(entity) ?? entity))
    .replace(SPACE_RUN, " ")
    .trim();
  return cleaned === "" ? null : cleaned;
}

function isUrl(text: string): boolean {
  const lower = text.trim().toLowerCase();
  return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
}
