import type { BoilerplateKind } from "../types.js";

/**
 * Boilerplate kind suggested by one element's tag, role or class/id tokens, or `"content"` for
 * elements that mark the article itself, or `null` when the element says nothing.
 *
 * @internal
 */
export type Zone = BoilerplateKind | "content" | null;

const TOKEN_SPLIT = /[\s_-]+/u;
const CAMEL = /([a-z])([A-Z])/gu;

// Class/id tokens (whole tokens, lower-case) and the kind they suggest. Equality, never
// substrings: "ad" must not match "head" or "download".
const TOKENS: ReadonlyArray<readonly [BoilerplateKind, readonly string[]]> = [
  ["comments", ["comment", "comments", "disqus", "respond", "replies", "discussion", "talkback"]],
  ["share", ["share", "sharing", "social", "addthis", "sociable", "sharebar", "toolbar", "tools"]],
  [
    "related",
    [
      "related",
      "recommended",
      "recommendations",
      "outbrain",
      "taboola",
      "trending",
      "popular",
      "mostread",
      "teaser",
      "teasers",
    ],
  ],
  ["footer", ["footer", "copyright", "colophon", "legal"]],
  [
    "nav",
    [
      "nav",
      "navbar",
      "navigation",
      "menu",
      "breadcrumb",
      "breadcrumbs",
      "skip",
      "pagination",
      "sidebar",
      "masthead",
    ],
  ],
  [
    "advertisement",
    [
      "ad",
      "ads",
      "advert",
      "advertisement",
      "advertising",
      "sponsor",
      "sponsored",
      "banner",
      "dfp",
      "adsense",
      "adslot",
    ],
  ],
  ["promo", ["promo", "promotion", "promoted"]],
  ["newsletter", ["newsletter", "subscribe", "signup", "subscription"]],
  ["cookie", ["cookie", "cookies", "consent", "gdpr"]],
];
const TOKEN_KIND = new Map<string, BoilerplateKind>();
for (const [kind, tokens] of TOKENS) for (const token of tokens) TOKEN_KIND.set(token, kind);

const LANDMARKS: Readonly<Record<string, BoilerplateKind | "content">> = {
  article: "content",
  main: "content",
  nav: "nav",
  footer: "footer",
  aside: "related",
};
const ROLES: Readonly<Record<string, BoilerplateKind | "content">> = {
  main: "content",
  article: "content",
  navigation: "nav",
  contentinfo: "footer",
  complementary: "related",
  banner: "nav",
};

/**
 * Reads what an element says about its content: landmark tags (`article`, `main`, `nav`,
 * `footer`, `aside`), ARIA roles, `itemprop="articleBody"`, then class and id tokens. Only
 * landmarks, roles and `itemprop` mark content: a class such as "comment-content" inside a
 * comment list must not undo the comment zone.
 *
 * @internal
 */
export function zoneOf(element: Element): Zone {
  const tag = LANDMARKS[element.localName];
  if (tag) return tag;
  if (!element.hasAttributes()) return null;
  const role = ROLES[(attributeOf(element, "role") ?? "").toLowerCase()];
  if (role) return role;
  if ((attributeOf(element, "itemprop") ?? "").toLowerCase() === "articlebody") return "content";
  return tokensZone(attributeOf(element, "class")) ?? tokensZone(attributeOf(element, "id"));
}

/** Class/id values recur across a page and across pages: their zone is remembered. */
const tokenZones = new Map<string, Zone>();
const MAX_CACHED = 4096;

/** The zone of the first class or id token that names one (`null` when none does). */
function tokensZone(names: string | null): Zone {
  if (names === null) return null;
  let found = tokenZones.get(names);
  if (found === undefined) {
    found = null;
    for (const raw of names.replace(CAMEL, "$1 $2").toLowerCase().split(TOKEN_SPLIT)) {
      found ??= TOKEN_KIND.get(raw) ?? null;
    }
    if (tokenZones.size >= MAX_CACHED) tokenZones.clear();
    tokenZones.set(names, found);
  }
  return found;
}

/**
 * An attribute's value read from its node: the same as `getAttribute`, without the class-list
 * object some DOMs build to answer `getAttribute("class")`.
 *
 * @internal
 */
export function attributeOf(element: Element, name: string): string | null {
  return element.getAttributeNode(name)?.value ?? null;
}
