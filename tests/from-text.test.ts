import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromText } from "../src/index.js";

const SEED = readFileSync(
  new URL("../fixtures/text/en-seed-hindustan-times/input.txt", import.meta.url),
  "utf8",
);

describe("fromText on the seed scrape", () => {
  const article = fromText(SEED);

  it("finds the title and the site name from the en-dash suffix", () => {
    expect(article.title).toBe(
      "Vladimir Putin signs pact with Kim Jong Un: ‘Russia & North Korea vowed…’",
    );
    expect(article.siteName).toBe("Hindustan Times");
  });

  it("reads the stated reading time and detects English", () => {
    expect(article.readingTime).toEqual({ text: "2 minutes, 13 seconds Read", seconds: 133 });
    expect(article.language).toBe("en");
  });

  it("keeps the nine story paragraphs and nothing else, the standfirst first", () => {
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs[0]).toMatch(
      /^Vladimir Putin and Kim Jong Un have signed a mutual defence clause/u,
    );
    expect(article.description).toBe(article.paragraphs[0]);
    expect(article.paragraphs.at(-1)).toMatch(/^Putin thanked Kim Jong Un/u);
    expect(article.text).toBe(article.paragraphs.join("\n\n"));
  });

  it("splits the glued caption from its credit", () => {
    expect(article.captions).toEqual([
      {
        text: "Vladimir Putin: Russia and North Korea have vowed to protect each other if attacked",
        credit: "File photo",
      },
    ]);
  });

  it("lists the three Read more headlines in order", () => {
    expect(article.related.map((r) => [r.label, r.title.slice(0, 30)])).toEqual([
      ["Read more", "Kim Jong Un greets Vladimir Pu"],
      ["Read more", "Russia’s Vladimir Putin arrive"],
      ["Read more", "North Korea’s Kim vows ‘full s"],
    ]);
  });

  it("logs each end-matter line with its kind and rule", () => {
    const tail = article.removed.slice(-6).map((r) => [r.kind, r.rule, r.text.slice(0, 20)]);
    expect(tail).toEqual([
      ["promo", "promo/en/call-to-action", "Get World Cup ready "],
      ["nav", "nav/en/see-more", "See more"],
      ["promo", "promo/en/get-updates", "Get Current Updates "],
      ["share", "share/en/share-this", "Share this article"],
      ["republish", "republish/en/originally-published", "This post was origin"],
      ["related", "related/en/section-heading", "Similar Posts"],
    ]);
  });

  it("accounts for every non-blank input line exactly once, in body or removed", () => {
    const lines = SEED.split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const accounted = [...article.paragraphs, ...article.removed.map((r) => r.text)];
    expect(accounted.sort()).toEqual([...lines].sort());
  });

  it("keeps the wording byte for byte, typos included", () => {
    expect(article.text).toContain("economic and mlilitary powers");
    expect(article.text).toContain("in it’s war against Ukraine");
  });

  it("gives removed offsets that slice the decoded input back to the removed text", () => {
    for (const r of article.removed) expect(SEED.slice(r.start, r.end)).toBe(r.text);
  });
});

describe("fromText edge cases", () => {
  it("returns an empty article with a warning for empty input", () => {
    const article = fromText("");
    expect(article.paragraphs).toEqual([]);
    expect(article.title).toBeNull();
    expect(article.warnings).toEqual(["empty input: no text to extract"]);
  });

  it("truncates input over maxInputLength and says so", () => {
    const article = fromText(`Headline\n\n${"The council met on Monday to vote. ".repeat(20)}`, {
      maxInputLength: 100,
    });
    expect(article.warnings[0]).toMatch(/^input truncated from \d+ to 100 characters/u);
  });

  it("resolves a relative date line only against referenceDate", () => {
    const text =
      "Storm closes harbour\n\nUpdated 3 hours ago\n\nThe harbour closed on Monday after the storm damaged two piers and a crane.";
    expect(fromText(text).modifiedAt).toBeNull();
    expect(fromText(text, { referenceDate: "2024-06-19T12:00:00Z" }).modifiedAt).toBe(
      "2024-06-19T09:00:00Z",
    );
  });

  it("does not take a sentence that mentions a date as a date line", () => {
    const text =
      "Vote set\n\nThe vote is on June 19, 2024, the council said in a statement on Friday.";
    const article = fromText(text);
    expect(article.publishedAt).toBeNull();
    expect(article.paragraphs).toHaveLength(1);
  });

  it("throws a TypeError naming the argument for a non-string input", () => {
    expect(() => fromText(42 as unknown as string)).toThrow(
      new TypeError("newsclean: `text` must be a string, got the number 42"),
    );
  });
});
