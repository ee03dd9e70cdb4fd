import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/decode/normalize-text.js";
import { fromHtml, fromText, parseArticle } from "../src/index.js";
import type { Article } from "../src/types.js";

/** Number of generated cases per property; `npm run fuzz` raises it. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const params = { numRuns: RUNS, seed: SEED };

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
];

/** Text made of news-like lines, boilerplate, noise, and arbitrary strings with odd characters. */
const scrape = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...NEWS_LINES) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom("", " ", "\t", "\r\n", "\u00A0", "\u200B", "\uD800", "\u0000"),
      },
    ),
    { maxLength: 30 },
  )
  .chain((lines) => fc.constantFrom("\n", "\n\n", "\r\n").map((sep) => lines.join(sep)));

function checkShape(a: Article): void {
  expect(a.schemaVersion).toBe(1);
  expect(a.text).toBe(a.paragraphs.join("\n\n"));
  for (const key of [
    "title",
    "siteName",
    "publishedAt",
    "modifiedAt",
    "description",
    "language",
    "url",
    "image",
  ] as const) {
    expect(a[key] === null || typeof a[key] === "string").toBe(true);
  }
  expect(Number.isInteger(a.wordCount) && a.wordCount >= 0).toBe(true);
}

describe("invariants (fast-check)", () => {
  it("fromText never throws and returns a well-formed Article", () => {
    fc.assert(
      fc.property(scrape, (input) => {
        checkShape(fromText(input));
      }),
      params,
    );
  });

  it("accounts for every non-blank line exactly once, in the body or in removed", () => {
    fc.assert(
      fc.property(scrape, (input) => {
        const decoded = normalizeText(input, 2_000_000).text;
        const a = fromText(input);
        const lines = decoded
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
          .sort();
        expect([...a.paragraphs, ...a.removed.map((r) => r.text)].sort()).toEqual(lines);
      }),
      params,
    );
  });

  it("gives removed offsets that slice the decoded input back to the removed text, in order", () => {
    fc.assert(
      fc.property(scrape, (input) => {
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
  });

  it("is deterministic: the same input gives byte-identical JSON", () => {
    fc.assert(
      fc.property(scrape, (input) => {
        expect(JSON.stringify(parseArticle(input))).toBe(JSON.stringify(parseArticle(input)));
      }),
      params,
    );
  });

  it("removes no promo, share or related block when run on its own output", () => {
    fc.assert(
      fc.property(scrape, (input) => {
        const again = fromText(fromText(input).text);
        const kinds = again.removed.map((r) => r.kind);
        expect(kinds.filter((k) => k === "promo" || k === "share" || k === "related")).toEqual([]);
      }),
      params,
    );
  });

  it("fromHtml never throws on arbitrary markup-like strings", () => {
    const markup = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<script>x",
            "<h1>",
            "<a href=x>",
            "<!--",
            "<body>",
          ),
          fc.string({ maxLength: 20 }),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(markup, (input) => {
        checkShape(fromHtml(input));
      }),
      { numRuns: Math.min(RUNS, 200), seed: SEED },
    );
  });
});
