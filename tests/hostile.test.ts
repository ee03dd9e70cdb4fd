import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/decode/normalize-text.js";
import { type Article, fromHtml, fromText, parseArticle } from "../src/index.js";
import {
  renderingProblem,
  stringsOf,
  textCoverageProblem,
  validateArticle,
} from "./helpers/validate-article.js";

// Hostile inputs, built in code. Each must give a valid Article, with a warning where input was
// cut. Timeouts are hang guards only: speed is measured by the bench, never asserted here.
const HANG_GUARD = 60_000;
const DEFAULT_MAX_INPUT_LENGTH = 2_000_000;

const PROSE = "The council voted on Tuesday to fund a year-round ferry service to the island.";
const PARAGRAPH = `<p>${PROSE}</p>`;

function expectValid(a: Article): void {
  expect(validateArticle(a)).toEqual([]);
}

/** `<script type="application/ld+json">` around a JSON text. */
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const TRUNCATED = /^input truncated from \d+ to \d+ characters/u;

describe("hostile input", () => {
  it.each([
    ["empty", ""],
    ["whitespace-only", " \n\t\r\n\u00A0\u200B\u3000\u2028 \n"],
  ])("gives an empty body and an empty-input warning for %s input", (_, input) => {
    for (const a of [fromText(input), fromHtml(input), parseArticle(input)]) {
      expectValid(a);
      expect(a.paragraphs).toEqual([]);
      expect(a.removed).toEqual([]);
      expect(a.warnings).toContain("empty input: no text to extract");
    }
  });

  it(
    "truncates 10 MB without a newline to maxInputLength, with a warning, and accounts for the kept part",
    () => {
      const input = `${PROSE} `.repeat(Math.ceil(10_000_000 / (PROSE.length + 1)));
      expect(input.length).toBeGreaterThanOrEqual(10_000_000);
      const a = fromText(input);
      expectValid(a);
      expect(a.warnings.some((w) => TRUNCATED.test(w))).toBe(true);
      const kept = normalizeText(input, DEFAULT_MAX_INPUT_LENGTH).text;
      expect(kept.length).toBe(DEFAULT_MAX_INPUT_LENGTH);
      expect(textCoverageProblem(kept, a)).toBeNull();
      expect(a.paragraphs.length + a.removed.length).toBe(1);
    },
    HANG_GUARD,
  );

  it(
    "reads all of a 10 MB line when maxInputLength allows it, without a warning",
    () => {
      const input = `${PROSE} `.repeat(Math.ceil(10_000_000 / (PROSE.length + 1)));
      const a = fromText(input, { maxInputLength: 11_000_000 });
      expectValid(a);
      expect(a.warnings).toEqual([]);
      expect(a.paragraphs).toEqual([input.trim()]);
    },
    HANG_GUARD,
  );

  it(
    "accounts for every one of 100,000 one-word lines, in the body or in removed",
    () => {
      const input = Array.from({ length: 100_000 }, (_, i) => `word${i}`).join("\n");
      const a = fromText(input);
      expectValid(a);
      expect(a.paragraphs.length + a.removed.length).toBe(100_000);
      expect(
        textCoverageProblem(normalizeText(input, DEFAULT_MAX_INPUT_LENGTH).text, a),
      ).toBeNull();
    },
    HANG_GUARD,
  );

  it(
    "does not read a paragraph nested in 10,000 <div>s, beyond the default maxDepth (256)",
    () => {
      const html = page(
        "",
        `<h1>Ferry link approved</h1>${PARAGRAPH}${"<div>".repeat(10_000)}<p>Deep secret paragraph of the story, far below the limit.</p>${"</div>".repeat(10_000)}`,
      );
      const a = fromHtml(html);
      expectValid(a);
      // ParseOptions.maxDepth: "Deeper content is not read".
      expect(a.paragraphs).toEqual([PROSE]);
      expect(JSON.stringify(a)).not.toContain("Deep secret");
    },
    HANG_GUARD,
  );

  it(
    "reads a paragraph nested in 10,000 <div>s when maxDepth allows it",
    () => {
      const html = page("", `${"<div>".repeat(10_000)}${PARAGRAPH}${"</div>".repeat(10_000)}`);
      const a = fromHtml(html, { maxDepth: 20_000 });
      expectValid(a);
      expect(a.paragraphs).toEqual([PROSE]);
    },
    HANG_GUARD,
  );

  it("warns when content beyond maxDepth is not read", () => {
    const html = page("", `${"<div>".repeat(400)}${PARAGRAPH}${"</div>".repeat(400)}`);
    const a = fromHtml(html);
    expectValid(a);
    expect(a.warnings.some((w) => w.includes("deeper than maxDepth (256)"))).toBe(true);
  });

  it(
    "accounts for every one of 100,000 sibling <p> elements",
    () => {
      const body = Array.from({ length: 100_000 }, (_, i) => `<p>Line ${i} of the story.</p>`);
      const a = fromHtml(page("", body.join("")), { maxInputLength: 10_000_000 });
      expectValid(a);
      expect(a.paragraphs.length + a.removed.length).toBe(100_000);
      expect(renderingProblem(a)).toBeNull();
    },
    HANG_GUARD,
  );

  it(
    "leaves a 5 MB <script> out of the body, read whole or cut at maxInputLength",
    () => {
      const script = `<script>${"var x = 'SCRIPTTEXT';".repeat(250_000)}</script>`;
      expect(script.length).toBeGreaterThan(5_000_000);
      const html = page(
        "",
        `<h1>Storm closes harbour</h1>${PARAGRAPH}${script}<p>After the script.</p>`,
      );

      const whole = fromHtml(html, { maxInputLength: 6_000_000 });
      expectValid(whole);
      expect(whole.warnings).toEqual([]);
      expect(whole.paragraphs).toContain(PROSE);
      expect(JSON.stringify(whole)).not.toContain("SCRIPTTEXT");

      const cut = fromHtml(html);
      expectValid(cut);
      expect(cut.warnings.some((w) => TRUNCATED.test(w))).toBe(true);
      expect(cut.paragraphs).toContain(PROSE);
      expect(JSON.stringify(cut)).not.toContain("SCRIPTTEXT");
    },
    HANG_GUARD,
  );

  it(
    "reads metadata from the first of 1,000 JSON-LD blocks",
    () => {
      const blocks = Array.from({ length: 1000 }, (_, i) =>
        ld(
          JSON.stringify({
            "@type": "NewsArticle",
            headline: `Headline ${i}`,
            author: { name: `Author ${i}` },
          }),
        ),
      );
      const a = fromHtml(page(blocks.join(""), PARAGRAPH));
      expectValid(a);
      expect([a.title, a.authors]).toEqual(["Headline 0", ["Author 0"]]);
      expect(a.provenance).toMatchObject({ title: "json-ld", authors: "json-ld" });
      expect(a.paragraphs).toEqual([PROSE]);
    },
    HANG_GUARD,
  );

  it("skips malformed JSON-LD and takes metadata from the other sources", () => {
    const broken = [
      '{"@type":"NewsArticle","headline":',
      "{'@type': 'NewsArticle', 'headline': 'Single quotes'}",
      '{"@type":"NewsArticle","headline":"Trailing comma",}',
      "",
      "null",
      '"a string"',
      "[[[[[[[[[[[[[[[[[[[[",
      '{"@type":"NewsArticle","headline":"Unterminated',
      '{"@type":"NewsArticle","headline":"\\uD800 lone escape","author":42}',
    ];
    const head = `<meta property="og:title" content="OG headline"><meta name="author" content="Jane Doe">${broken.map(ld).join("")}`;
    const a = fromHtml(page(head, PARAGRAPH));
    expectValid(a);
    expect(a.title).not.toBeNull();
    expect(a.authors).toEqual(["Jane Doe"]);
    expect(a.provenance.authors).toBe("meta");
    expect(a.paragraphs).toEqual([PROSE]);
  });

  it("ignores __proto__ and constructor keys in JSON-LD and meta names, and pollutes no prototype", () => {
    const hostile = [
      '{"@type":"NewsArticle","headline":"Real headline","__proto__":{"polluted":"yes","headline":"Proto"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"name":"Hidden"},"name":"Jane Doe"}}',
      '[{"__proto__":{"@type":"NewsArticle","headline":"Nested proto"}},{"constructor":{"prototype":{"polluted":"yes"}}}]',
      '{"@graph":[{"@id":"__proto__","name":"x","polluted":"yes"},{"@type":"WebPage","author":{"@id":"__proto__"}}]}',
    ];
    const head = `${hostile.map(ld).join("")}<meta name="__proto__" content="polluted"><meta property="constructor" content="polluted">`;
    const html = page(head, PARAGRAPH);
    for (const a of [fromHtml(html), parseArticle(html)]) {
      expectValid(a);
      expect(a.title).toBe("Real headline");
      expect(a.authors).toEqual(["Jane Doe"]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.prototype).not.toHaveProperty("headline");
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("name");
  });

  it("keeps mojibake words as they are (only C1 controls are repaired) and stays valid", () => {
    // normalizeChars: "Words are never otherwise changed": UTF-8 read as windows-1252 stays.
    const input = `Council approves ferry\nIt\u00e2\u20ac\u2122s the council\u00e2\u20ac\u2122s plan, caf\u00c3\u00a9 owners said, and it was long overdue.`;
    const a = fromText(input);
    expectValid(a);
    const out = [...a.paragraphs, ...a.removed.map((r) => r.text)].join("\n");
    expect(out).toContain(
      "It\u00e2\u20ac\u2122s the council\u00e2\u20ac\u2122s plan, caf\u00c3\u00a9 owners",
    );
  });

  it("repairs windows-1252 C1 characters to the characters they stand for, in text and HTML", () => {
    const line = "\u0093Quoted\u0094 \u2013 the council\u0092s plan \u0085 \u0080 5";
    const repaired = "\u201CQuoted\u201D \u2013 the council\u2019s plan \u2026 \u20AC 5";
    const text = fromText(line);
    expectValid(text);
    expect([...text.paragraphs, ...text.removed.map((r) => r.text)]).toEqual([repaired]);

    const html = fromHtml(page("", `<p>${line}</p><p>&#147;Entity&#148; &#146;</p>`));
    expectValid(html);
    const rendered = [...html.paragraphs, ...html.removed.map((r) => r.text)];
    expect(rendered).toEqual([repaired, "\u201CEntity\u201D \u2019"]);
  });

  it("stays valid on mixed encodings: BOM, U+FFFD, C1, double-encoded and lone surrogates together", () => {
    const input = [
      "\uFEFFCouncil approves ferry",
      "The council\u0092s plan \u2014 caf\u00c3\u00a9 \uFFFD \uD800 \uDFFF\uD83D \u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d",
      "\u5E02\u8BAE\u4F1A \u0093\u6E21\u8F6E\u0094 \uFEFF \u05E9\u05DC\u05D5\u05DD \u202Eevil\u202C",
    ].join("\r\n");
    for (const a of [fromText(input), fromHtml(`<p>${input.replaceAll("\r\n", "</p><p>")}</p>`)]) {
      expectValid(a);
    }
    expect(
      textCoverageProblem(normalizeText(input, DEFAULT_MAX_INPUT_LENGTH).text, fromText(input)),
    ).toBeNull();
  });

  it("leaves no NUL in any output string, for text input", () => {
    const input = `Council\u0000 approves ferry\n\u0000\n${PROSE}\u0000\nBy Jane\u0000 Doe\n\u0000\u0000\u0000`;
    const a = fromText(input);
    expectValid(a);
    expect(stringsOf(a).filter(([, s]) => s.includes("\u0000"))).toEqual([]);
    expect(a.paragraphs).toEqual([PROSE]);
  });

  it("leaves no NUL in any output string, for HTML input", () => {
    const head = [
      "<title>Council\u0000 approves ferry</title>",
      '<meta property="og:site_name" content="Gazette\u0000">',
      '<meta name="author" content="Jane\u0000 Doe">',
      '<meta name="keywords" content="ferry\u0000,island">',
      '<link rel="canonical" href="https://example.com/\u0000story">',
      ld('{"@type":"NewsArticle","headline":"Head\\u0000line","description":"D\\u0000"}'),
    ].join("");
    const body = `<h1 class="\u0000">Council approves &#0;ferry</h1><p>${PROSE.replace("council", "coun\u0000cil")}</p><p>By Jane&#x0; Doe</p>`;
    for (const a of [fromHtml(page(head, body)), parseArticle(page(head, body))]) {
      expectValid(a);
      expect(stringsOf(a).filter(([, s]) => s.includes("\u0000"))).toEqual([]);
      expect(a.paragraphs).toEqual([PROSE]);
    }
  });

  // An `<a href>` went into related[].url as written, so NUL and other controls reached the output.
  it("leaves no NUL in a related link's url", () => {
    const a = fromHtml(
      page(
        "",
        `<p><a href="/story\u0000x">Read more: Harbour wall repairs to begin</a></p>${PARAGRAPH}`,
      ),
    );
    expectValid(a);
    expect(a.related.length).toBe(1);
    expect(stringsOf(a).filter(([, s]) => s.includes("\u0000"))).toEqual([]);
  });
});
