import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/decode/normalize-text.js";
import {
  type Article,
  common,
  de,
  el,
  en,
  es,
  fr,
  fromHtml,
  fromText,
  type ParseOptions,
  parseArticle,
  pl,
  type RulePack,
  ru,
  zh,
} from "../src/index.js";
import {
  renderingProblem,
  textCoverageProblem,
  validateArticle,
} from "./helpers/validate-article.js";

/**
 * Cases per property. CI runs the default, a few thousand cases over the file (11 properties);
 * `npm run fuzz` sets `FUZZ_RUNS=100000`, the long run, for every property. `FUZZ_SEED` replays a
 * run; CI keeps the fixed default seed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const params = { numRuns: RUNS, seed: SEED };
/** A hang guard, not a speed assertion: generous in CI, hours for the long run. */
const TIMEOUT = Math.max(60_000, RUNS * 200);

const NEWS_LINES = [
  "Council approves new ferry link to Gull Island",
  "By Jane Doe and John Roe",
  "Updated: Jun 19, 2024, 10:12 IST",
  "5 min read",
  "The council voted on Tuesday to fund a year-round ferry service to the island.",
  "Residents said the plan was long overdue, and the mayor agreed with them.",
  "Read more: Harbour wall repairs to begin after storm damage",
  "Advertisement",
  "Share this article",
  "Sign up for our newsletter",
  "Boats in the harbour at dawn (File photo)",
  "Comments (3)",
  "© 2024 Example Media Ltd. All rights reserved.",
  "Home",
  "市议会周二投票决定资助全年渡轮服务。",
  "Совет в четверг одобрил новый паромный маршрут до острова.",
  "Το δημοτικό συμβούλιο ενέκρινε τη νέα γραμμή.",
  "مرحبا بالعالم",
  // RTL and CJK prose.
  "מועצת העיר אישרה ביום שלישי קו מעבורת חדש לאי, והתושבים בירכו על ההחלטה.",
  "وافق المجلس البلدي يوم الثلاثاء على تمويل خدمة العبارات طوال العام إلى الجزيرة.",
  "市議会は火曜日、島へのフェリー航路を通年で運航する予算を承認した。",
  "시의회는 화요일 섬으로 가는 연중 페리 노선 예산을 승인했다.",
  "港口在周一关闭，风暴损坏了两座码头 (AP Photo/Jane Smith)",
];

const LANGUAGE_PACKS = [en, de, fr, es, pl, ru, el, zh];
const examplesOf = (packs: readonly RulePack[]): string[] =>
  packs.flatMap((pack) => pack.rules.flatMap((rule) => rule.examples));
/** Every example line of every built-in rule: real-looking boilerplate in nine packs. */
const BOILERPLATE = examplesOf([...LANGUAGE_PACKS, common]);

const codePoint = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));

/** Hebrew, Arabic (with presentation forms) and the bidi controls. */
const rtlChar = fc.oneof(
  codePoint(0x0590, 0x05ff),
  codePoint(0x0600, 0x06ff),
  codePoint(0xfb50, 0xfdff),
  fc.constantFrom("\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2067"),
);
/** Han (BMP and astral, so surrogate pairs), kana, Hangul, CJK punctuation and full-width forms. */
const cjkChar = fc.oneof(
  codePoint(0x4e00, 0x9fff),
  codePoint(0x3040, 0x30ff),
  codePoint(0xac00, 0xd7a3),
  codePoint(0x3000, 0x303f),
  codePoint(0xff01, 0xff60),
  codePoint(0x20000, 0x2a6df),
);
/** C0 and C1 controls, DEL included. */
const controlChar = fc.oneof(codePoint(0x00, 0x1f), codePoint(0x7f, 0x9f));
/** A lone high or low surrogate. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Combining marks, emoji, joiners, odd spaces and line separators. */
const oddChar = fc.oneof(
  codePoint(0x0300, 0x036f),
  codePoint(0x1f300, 0x1faff),
  fc.constantFrom("\u00A0", "\u200B", "\u200D", "\u2028", "\u2029", "\uFEFF", "\u00AD", "\uFFFD"),
);

/**
 * Date lines. A full ISO date-time keeps its clock and offset in range: out-of-range ones are a
 * known library bug, pinned below under "known library bugs" (widen these ranges once it is fixed).
 */
const dateLine = fc
  .record({
    prefix: fc.constantFrom("", "Updated: ", "Published ", "Posted on ", "Aktualisiert: "),
    y: fc.integer({ min: 1890, max: 2110 }),
    m: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    wild: fc.integer({ min: 0, max: 99 }),
    zone: fc.constantFrom("", " IST", "Z", "+05:30", " GMT", "-0800"),
    format: fc.constantFrom("iso", "us", "dmy", "ymd", "relative"),
  })
  .map(({ prefix, y, m, d, h, mi, wild, zone, format }) => {
    const p2 = (n: number): string => String(n).padStart(2, "0");
    switch (format) {
      case "iso":
        return `${prefix}${y}-${p2(m)}-${p2(d)}T${p2(h)}:${p2(mi)}${zone.trim()}`;
      case "us":
        return `${prefix}Jun ${d}, ${y}, ${wild}:${p2(mi)}${zone}`;
      case "dmy":
        return `${prefix}${d}.${m}.${y} ${h}:${p2(wild)}`;
      case "ymd":
        return `${prefix}${y}/${m}/${d}`;
      default:
        return `${prefix}${wild} hours ago`;
    }
  });

/** One piece of a line: a real-looking line, boilerplate, a date, or odd characters. */
const fragmentOf = (boilerplate: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NEWS_LINES) },
    { weight: 4, arbitrary: fc.constantFrom(...boilerplate) },
    { weight: 1, arbitrary: dateLine },
    { weight: 1, arbitrary: fc.string({ unit: rtlChar, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: cjkChar, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: controlChar, maxLength: 10 }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.oneof(
          fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
          loneSurrogate,
          oddChar,
        ),
        maxLength: 20,
      }),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("", " ", "\t", "\r\n", "\u00A0", "\u200B", "\uD800", "\u0000"),
    },
  );
const fragment = fragmentOf(BOILERPLATE);

/** A line: one to three fragments, glued with a space or nothing. */
const lineOf = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.constantFrom(" ", "", "\t"))
    .map(([parts, glue]) => parts.join(glue));
const line = lineOf(fragment);

/** Text made of news-like lines, boilerplate, noise, and arbitrary strings with odd characters. */
const scrapeOf = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .array(lineOf(piece), { maxLength: 30 })
    .chain((lines) =>
      fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\n \n", "\u2028").map((sep) => lines.join(sep)),
    );

/** An edit at a relative position: insert odd text, delete a stretch, or repeat a stretch. */
const mutation: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.constantFrom("insert" as const, "delete" as const, "repeat" as const),
  size: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(
    fc.string({ unit: fc.oneof(controlChar, loneSurrogate, oddChar, rtlChar), maxLength: 5 }),
    fc.constantFrom("\n", "\n\n", "<p>", "&nbsp;"),
  ),
});

interface Edit {
  readonly at: number;
  readonly op: "insert" | "delete" | "repeat";
  readonly size: number;
  readonly text: string;
}

/** Applies edits by UTF-16 index, so they may split surrogate pairs (more lone surrogates). */
function mutate(input: string, edits: readonly Edit[]): string {
  let out = input;
  for (const { at, op, size, text } of edits) {
    const i = Math.floor(at * out.length);
    if (op === "insert") out = out.slice(0, i) + text + out.slice(i);
    else if (op === "delete") out = out.slice(0, i) + out.slice(i + size);
    else out = out.slice(0, i + size) + out.slice(i, i + size) + out.slice(i + size);
  }
  return out;
}

/** Generated text, and generated text after a few mutations. */
const textInputOf = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    scrapeOf(piece),
    fc
      .tuple(scrapeOf(piece), fc.array(mutation, { minLength: 1, maxLength: 6 }))
      .map(([s, e]) => mutate(s, e)),
  );
const textInput = textInputOf(fragment);

/** Prose in the language of each pack, for single-language pages. */
const PROSE: Readonly<Record<string, readonly string[]>> = {
  en: [
    "The council voted on Tuesday to fund a year-round ferry service to the island.",
    "Residents said the plan was long overdue, and the mayor agreed with them.",
  ],
  de: [
    "Der Stadtrat hat am Dienstag beschlossen, eine ganzjährige Fährverbindung zur Insel zu finanzieren.",
    "Die Anwohner sagten, der Plan sei längst überfällig, und der Bürgermeister stimmte ihnen zu.",
  ],
  fr: [
    "Le conseil municipal a voté mardi le financement d'une liaison par ferry toute l'année vers l'île.",
    "Les habitants ont déclaré que le projet était attendu depuis longtemps, et le maire leur a donné raison.",
  ],
  es: [
    "El ayuntamiento votó el martes a favor de financiar un servicio de ferri durante todo el año a la isla.",
    "Los vecinos dijeron que el plan llegaba tarde y el alcalde les dio la razón.",
  ],
  pl: [
    "Rada miasta zagłosowała we wtorek za sfinansowaniem całorocznego połączenia promowego z wyspą.",
    "Mieszkańcy mówili, że na ten plan czekali od dawna, a burmistrz się z nimi zgodził.",
  ],
  ru: [
    "Совет в четверг одобрил новый паромный маршрут до острова.",
    "Жители говорят, что этого решения ждали много лет, и мэр с ними согласился.",
  ],
  el: [
    "Το δημοτικό συμβούλιο ενέκρινε τη νέα γραμμή.",
    "Οι κάτοικοι είπαν ότι το σχέδιο άργησε πολύ, και ο δήμαρχος συμφώνησε μαζί τους.",
  ],
  zh: ["市议会周二投票决定资助全年渡轮服务。", "居民们说这个计划早就该实施了，市长也表示同意。"],
};

/**
 * A page in one language: that language's prose and boilerplate, the language-independent
 * rules' examples, dates, and noise without letters of another script. Rules are gated by the
 * detected language, so a page that mixes languages can keep a foreign boilerplate line in its
 * body which a second pass, detecting that line's language, removes (a known limitation: see
 * "known library limitations" below); the re-run property is stated for single-language pages.
 */
const monolingualText = fc.constantFrom(...LANGUAGE_PACKS).chain((pack) =>
  textInputOf(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...(PROSE[pack.lang] ?? [])) },
      { weight: 4, arbitrary: fc.constantFrom(...examplesOf([pack, common])) },
      { weight: 1, arbitrary: dateLine },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.oneof(controlChar, loneSurrogate, oddChar),
          maxLength: 10,
        }),
      },
    ),
  ),
);

// ---------------------------------------------------------------- HTML

const escapeText = (s: string): string => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
const escapeAttribute = (s: string): string => s.replaceAll("&", "&amp;").replaceAll('"', "&quot;");

const TAGS = [
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "a",
  "ul",
  "li",
  "script",
  "style",
  "figure",
  "figcaption",
  "nav",
  "footer",
  "aside",
  "article",
  "section",
  "header",
  "main",
  "span",
  "em",
  "blockquote",
  "table",
  "td",
  "time",
  "br",
  "img",
] as const;
const VOID = new Set(["br", "img"]);
const RAW_TEXT = new Set(["script", "style"]);
const TOKENS = [
  "share",
  "social",
  "related",
  "content",
  "article-body",
  "story",
  "nav",
  "menu",
  "footer",
  "promo",
  "ad",
  "advertisement",
  "comments",
  "newsletter",
  "byline",
  "author",
  "caption",
  "sidebar",
  "cookie",
  "entry-content",
  "__proto__",
];

const attribute = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 3 })
    .map((t) => `class="${escapeAttribute(t.join(" "))}"`),
  fc.constantFrom(...TOKENS).map((t) => `id="${t}"`),
  fc.constant("hidden"),
  fc.constant('aria-hidden="true"'),
  fc.constant('role="main"'),
  fc.constant('itemprop="articleBody"'),
  fc
    .constantFrom("display:none", "display: none; color: red", "visibility:hidden", "color:red", "")
    .map((s) => `style="${s}"`),
  fc
    .oneof(
      fc.constantFrom(
        "https://example.com/story",
        "/news/1",
        "javascript:void(0)",
        "",
        "#",
        "http://[bad",
      ),
      fc.string({ maxLength: 12 }),
    )
    .map((h) => `href="${escapeAttribute(h)}"`),
  fc.string({ maxLength: 10 }).map((s) => `data-x=${s.replaceAll(/[\s>]/gu, "")}`),
);

const textLeaf = fc.oneof(
  { weight: 4, arbitrary: fragment.map(escapeText) },
  { weight: 1, arbitrary: fragment },
  {
    weight: 1,
    arbitrary: fc.constantFrom("&nbsp;", "&#0;", "&#xD800;", "&amp;", "&#x110000;", "&lt;p&gt;"),
  },
);

/** Broken markup: unclosed and stray tags, an unterminated comment, odd entities. */
const junk = fc.constantFrom(
  "<div>",
  "</div>",
  "<p",
  "</span></p>",
  "<!--",
  "-->",
  "<![CDATA[",
  "&nbsp;",
  "&#0;",
  "&#xD800;",
  "&amp",
  "<script>",
  "</script>",
  "<br/>",
  "<a href='",
  "<?xml version='1.0'?>",
  "<!doctype html>",
  "<svg><title>t</title>",
  "<template>",
  "<table><td>",
  "</body></html>",
);

const { htmlNode } = fc.letrec<{ htmlNode: string; element: string }>((tie) => ({
  htmlNode: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: textLeaf },
    { weight: 3, arbitrary: tie("element") },
    { weight: 1, arbitrary: junk },
  ),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attributes: fc.array(attribute, { maxLength: 3 }),
      children: fc.array(tie("htmlNode"), { maxLength: 5 }),
    })
    .map(({ tag, attributes, children }) => {
      const open = `<${[tag, ...attributes].join(" ")}>`;
      if (VOID.has(tag)) return open;
      const inner = RAW_TEXT.has(tag)
        ? children.join(" ").replaceAll("</", "<\\/")
        : children.join("");
      return `${open}${inner}</${tag}>`;
    }),
}));

const jsonLd = fc.oneof(
  fc
    .record(
      {
        "@context": fc.constant("https://schema.org"),
        "@type": fc.constantFrom("NewsArticle", "Article", "WebPage", "Person", [
          "BlogPosting",
          "WebPage",
        ]),
        "@id": fc.constantFrom("#a", "__proto__", "constructor"),
        headline: line,
        name: line,
        description: line,
        datePublished: dateLine,
        dateModified: dateLine,
        author: fc.oneof(
          line,
          fc.record({ "@type": fc.constant("Person"), name: line }),
          fc.array(
            fc.oneof(line, fc.record({ name: line }), fc.record({ "@id": fc.constant("#a") })),
          ),
        ),
        publisher: fc.record({ name: line }),
        image: fc.oneof(fc.constant("https://example.com/a.jpg"), fc.record({ url: line })),
        keywords: fc.oneof(line, fc.array(line, { maxLength: 4 })),
        inLanguage: fc.constantFrom("en", "en-GB", "zh-Hans", "xx_YY", "not a tag", ""),
      },
      { requiredKeys: ["@type"] },
    )
    .chain((v) => fc.boolean().map((hostile) => withPrototypeKeys(JSON.stringify(v), hostile))),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 30 }),
);

/** Adds `__proto__` and `constructor` keys to a JSON object text (object literals cannot hold them). */
function withPrototypeKeys(json: string, hostile: boolean): string {
  const keys = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},';
  return hostile ? `{${keys}${json.slice(1)}` : json;
}

const META_KEYS = [
  "og:title",
  "og:site_name",
  "og:description",
  "og:image",
  "og:url",
  "og:locale",
  "author",
  "article:published_time",
  "article:modified_time",
  "article:tag",
  "description",
  "keywords",
  "twitter:title",
  "dc.creator",
  "parsely-pub-date",
  "__proto__",
  "constructor",
];

const headElement = fc.oneof(
  line.map((t) => `<title>${escapeText(t)}</title>`),
  fc
    .tuple(fc.constantFrom(...META_KEYS), fc.oneof(line, dateLine))
    .map(
      ([k, v]) =>
        `<meta ${k.includes(":") ? "property" : "name"}="${k}" content="${escapeAttribute(v)}">`,
    ),
  fc
    .constantFrom("https://example.com/story", "/relative", "not a url", "")
    .map((h) => `<link rel="canonical" href="${h}">`),
  jsonLd.map((j) => `<script type="application/ld+json">${j}</script>`),
  dateLine.map((d) => `<time datetime="${escapeAttribute(d)}">${escapeText(d)}</time>`),
);

/** An article element: a headline and paragraphs of prose, boilerplate and random nodes. */
const story = fc
  .record({
    tag: fc.constantFrom("article", "main", "div"),
    headline: fc.constantFrom(...NEWS_LINES),
    paragraphs: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...Object.values(PROSE).flat()).map(escapeText) },
        { weight: 1, arbitrary: fc.constantFrom(...BOILERPLATE).map(escapeText) },
        { weight: 1, arbitrary: htmlNode },
      ),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(
    ({ tag, headline, paragraphs }) =>
      `<${tag}><h1>${escapeText(headline)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</${tag}>`,
  );

/** A page: optional doctype and `lang`, a head of metadata, a body of random trees. */
const htmlPage = fc
  .record({
    doctype: fc.boolean(),
    lang: fc.constantFrom("", ' lang="en"', ' lang="DE-at"', ' lang="zz_ZZ"', ' lang="__proto__"'),
    head: fc.array(headElement, { maxLength: 6 }),
    body: fc.array(fc.oneof({ weight: 3, arbitrary: htmlNode }, { weight: 1, arbitrary: story }), {
      maxLength: 12,
    }),
    closed: fc.boolean(),
  })
  .map(
    ({ doctype, lang, head, body, closed }) =>
      `${doctype ? "<!doctype html>" : ""}<html${lang}><head>${head.join("")}</head><body>${body.join("")}${closed ? "</body></html>" : ""}`,
  );

/** Valid options: relative dates resolve against `referenceDate`, `language` picks the packs. */
const options: fc.Arbitrary<ParseOptions> = fc.record(
  {
    referenceDate: fc.option(
      fc.constantFrom(
        "2024-06-19T12:00:00Z",
        "2024-06-19T12:00:00.123Z",
        "1999-12-31T23:59:59+14:00",
      ),
    ),
    language: fc.option(fc.constantFrom("en", "de", "ru", "zh", "el", "ja", "en-GB", "zh-Hant")),
    maxInputLength: fc.option(fc.integer({ min: 1, max: 5000 })),
  },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------- checks

function expectValid(a: Article): void {
  expect(validateArticle(a)).toEqual([]);
}

describe("invariants (fast-check)", () => {
  it(
    "parseArticle never throws on text and returns a valid Article",
    () => {
      fc.assert(
        fc.property(textInput, (input) => {
          expectValid(parseArticle(input));
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "parseArticle never throws on HTML pages and returns a valid Article",
    () => {
      fc.assert(
        fc.property(htmlPage, (input) => {
          expectValid(parseArticle(input));
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "fromText returns a valid Article without HTML-only fields, whatever the options",
    () => {
      fc.assert(
        fc.property(textInput, options, (input, opts) => {
          const a = fromText(input, opts);
          expectValid(a);
          expect([a.url, a.image, a.tags]).toEqual([null, null, []]);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "accounts for every non-blank line exactly once, in the body or in removed, in input order",
    () => {
      fc.assert(
        fc.property(textInput, (input) => {
          const decoded = normalizeText(input, 2_000_000).text;
          expect(textCoverageProblem(decoded, fromText(input))).toBeNull();
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "gives removed offsets that slice the decoded input back to the removed text, in order",
    () => {
      fc.assert(
        fc.property(textInput, (input) => {
          const decoded = normalizeText(input, 2_000_000).text;
          let last = -1;
          for (const r of fromText(input).removed) {
            expect(decoded.slice(r.start, r.end)).toBe(r.text);
            expect(r.start).toBeGreaterThan(last);
            last = r.start;
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "truncates to maxInputLength with a warning, and offsets slice the kept part",
    () => {
      fc.assert(
        fc.property(textInput, fc.integer({ min: 1, max: 400 }), (input, max) => {
          const a = fromText(input, { maxInputLength: max });
          expectValid(a);
          const truncated = a.warnings.some((w) => w.startsWith("input truncated"));
          expect(truncated).toBe(input.length > max);
          const decoded = normalizeText(input, max).text;
          for (const r of a.removed) expect(decoded.slice(r.start, r.end)).toBe(r.text);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "is deterministic: the same input gives byte-identical JSON, whatever ran in between",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(textInput, htmlPage),
          fc.oneof(textInput, htmlPage),
          (input, other) => {
            const first = JSON.stringify(parseArticle(input));
            expect(JSON.stringify(parseArticle(input))).toBe(first);
            parseArticle(other);
            expect(JSON.stringify(parseArticle(input))).toBe(first);
          },
        ),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "removes no promo, share or related block when run on its own output",
    () => {
      fc.assert(
        fc.property(monolingualText, (input) => {
          const again = fromText(fromText(input).text);
          const kinds = again.removed.map((r) => r.kind);
          expect(kinds.filter((k) => k === "promo" || k === "share" || k === "related")).toEqual(
            [],
          );
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "fromHtml returns a valid Article on random trees, deterministically",
    () => {
      fc.assert(
        fc.property(htmlPage, (input) => {
          const a = fromHtml(input);
          expectValid(a);
          expect(JSON.stringify(fromHtml(input))).toBe(JSON.stringify(a));
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "fromHtml gives removed offsets into the rendering its paragraphs and removed spans rebuild",
    () => {
      fc.assert(
        fc.property(htmlPage, (input) => {
          expect(renderingProblem(fromHtml(input))).toBeNull();
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    "fromHtml never throws on arbitrary markup-like strings",
    () => {
      const markup = fc
        .array(fc.oneof(junk, fc.constantFrom("<p>", "</p>", "<h1>", "<body>"), fragment), {
          maxLength: 40,
        })
        .map((parts) => parts.join(""));
      fc.assert(
        fc.property(markup, (input) => {
          expectValid(fromHtml(input));
        }),
        params,
      );
    },
    TIMEOUT,
  );
});

describe("validateArticle (the checker the properties rely on)", () => {
  const base = fromText(
    "Storm closes harbour\nBy Jane Doe\nUpdated: Jun 19, 2024, 10:12 IST\n5 min read\nThe harbour closed on Monday after the storm damaged two piers.\nRead more: Harbour wall repairs to begin\nShare this article",
  );
  type Breaker = (a: Record<string, unknown>) => void;
  const removal = (a: Record<string, unknown>): Record<string, unknown>[] =>
    a.removed as Record<string, unknown>[];
  const cases: [string, Breaker][] = [
    ["missing field", (a) => delete a.tags],
    ["unknown field", (a) => Object.assign(a, { extra: 1 })],
    ["schemaVersion", (a) => Object.assign(a, { schemaVersion: 2 })],
    ["undefined", (a) => Object.assign(a, { title: undefined })],
    ["non-string author", (a) => Object.assign(a, { authors: [1] })],
    ["text", (a) => Object.assign(a, { text: "other" })],
    ["calendar date", (a) => Object.assign(a, { publishedAt: "2024-02-30" })],
    ["clock", (a) => Object.assign(a, { publishedAt: "2024-06-19T25:99:00" })],
    ["language", (a) => Object.assign(a, { language: "EN" })],
    ["wordCount", (a) => Object.assign(a, { wordCount: 1.5 })],
    ["NaN", (a) => Object.assign(a, { wordCount: Number.NaN })],
    ["kind", (a) => Object.assign(removal(a)[0] ?? {}, { kind: "bogus" })],
    ["rule", (a) => Object.assign(removal(a)[0] ?? {}, { rule: "" })],
    ["offsets", (a) => Object.assign(removal(a)[0] ?? {}, { start: 5, end: 2 })],
    ["span length", (a) => Object.assign(removal(a)[0] ?? {}, { end: 1 })],
    ["order", (a) => (a.removed as unknown[]).reverse()],
    ["caption", (a) => Object.assign(a, { captions: [{ text: "x" }] })],
    ["related", (a) => Object.assign(a, { related: [{ title: "x", label: "", url: null, y: 1 }] })],
    ["readingTime", (a) => Object.assign(a, { readingTime: { text: "x", seconds: -1 } })],
    ["provenance source", (a) => Object.assign(a, { provenance: { title: "guess" } })],
    ["provenance value", (a) => Object.assign(a, { provenance: { url: "link" } })],
    ["lone surrogate", (a) => Object.assign(a, { paragraphs: ["\uD800"], text: "\uD800" })],
    ["silent empty body", (a) => Object.assign(a, { paragraphs: [], text: "", wordCount: 0 })],
    ["function", (a) => Object.assign(a, { image: () => "x" })],
    ["class instance", (a) => Object.assign(a, { readingTime: new Date(0) })],
  ];

  it("accepts a real article", () => {
    expect(validateArticle(base)).toEqual([]);
    expect(base.removed.length).toBeGreaterThan(2);
  });

  it.each(cases)("rejects a broken article: %s", (_, breakIt) => {
    const broken = structuredClone(base) as unknown as Record<string, unknown>;
    breakIt(broken);
    expect(validateArticle(broken)).not.toEqual([]);
  });
});

describe("known library limitations (each flips to a failure once fixed: then make it an `it`)", () => {
  // Shrunk by fast-check from mixed-language boilerplate. Pass one detects no language, so only
  // the English and common rules run and the Russian "read more" line stays in the body; pass two
  // sees that line alone, detects Russian, and removes it as related.
  it.fails("removes no related block when run on the output of a mixed-language page", () => {
    const input =
      "Council approves new ferry link to Gull Island\nAller au contenu principal 字号：大 中 小\nПодробнее о новых правилах читайте в нашем материале.";
    const again = fromText(fromText(input).text);
    expect(again.removed.map((r) => r.kind)).toEqual([]);
  });
});

describe("bugs found by the properties, fixed", () => {
  // Found by the long run (case 25,753 of the HTML properties): an `<a href>` went into
  // related[].url as written, without the character normalisation every other string gets.
  it("gives a well-formed related url for an href holding a lone surrogate", () => {
    const a = fromHtml(
      '<p><a href="\uD800">Read more: Harbour wall repairs to begin after storm damage</a></p><p>The council voted on Tuesday to fund a year-round ferry service to the island.</p>',
    );
    expect(validateArticle(a)).toEqual([]);
  });

  // parseDate copied the clock and offset of an ISO-looking date without range checks.
  it("gives an ISO 8601 publishedAt for an ISO date-time with an out-of-range clock", () => {
    const a = fromText(
      "Council approves ferry\nPublished 2024-06-19 25:99\nThe council voted on Tuesday.",
    );
    expect(validateArticle(a)).toEqual([]);
    expect(a.publishedAt).toBe("2024-06-19");
  });

  it("gives an ISO 8601 publishedAt for an ISO date-time with an out-of-range offset", () => {
    const a = fromHtml(
      '<html><head><meta property="article:published_time" content="on 2024-06-19T10:00:00+99:99"></head><body><p>The council voted on Tuesday.</p></body></html>',
    );
    expect(validateArticle(a)).toEqual([]);
  });
});
