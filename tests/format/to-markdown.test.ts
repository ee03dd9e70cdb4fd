import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toMarkdown } from "../../src/format/to-markdown.js";
import { fromText, parseArticle } from "../../src/index.js";
import type { Article } from "../../src/types.js";

const SEED = readFileSync(
  new URL("../../fixtures/text/en-seed-hindustan-times/input.txt", import.meta.url),
  "utf8",
);

const empty: Article = fromText("");

describe("toMarkdown", () => {
  it("renders the seed: title heading, nine paragraphs, the caption and three related links", () => {
    const article = parseArticle(SEED);
    const md = toMarkdown(article);
    const blocks = md.trimEnd().split("\n\n");
    expect(blocks[0]).toBe(`# ${article.title}`);
    expect(article.title).toMatch(/^Vladimir Putin signs pact/u);
    // Every paragraph appears as its own block, in order.
    expect(article.paragraphs).toHaveLength(9);
    const bodyAt = blocks.indexOf(article.paragraphs[0] as string);
    expect(blocks.slice(bodyAt, bodyAt + 9)).toEqual(article.paragraphs);
    // The caption, in italics with its credit.
    expect(article.captions).toHaveLength(1);
    expect(md).toContain(`*${article.captions[0]?.text}* (File photo)`);
    // Three related links as a list under the heading.
    const related = md.slice(md.indexOf("## Related\n\n") + "## Related\n\n".length).trimEnd();
    expect(related.split("\n")).toEqual(article.related.map((r) => `- ${r.title}`));
    expect(article.related).toHaveLength(3);
  });

  it("writes a byline and date line, the lead image with the first caption, and link targets", () => {
    const md = toMarkdown({
      ...empty,
      title: "Harbour reopens",
      authors: ["Jane Doe", "John Roe"],
      publishedAt: "2024-06-19",
      image: "https://example.com/a b.jpg",
      captions: [{ text: "Boats at dawn", credit: "AP" }],
      paragraphs: ["The harbour reopened."],
      related: [{ title: "Storm damage", label: "Read more", url: "https://example.com/(x)" }],
    });
    expect(md).toBe(
      `${[
        "# Harbour reopens",
        "*By Jane Doe, John Roe · 2024-06-19*",
        "![Boats at dawn](https://example.com/a%20b.jpg)",
        "*Boats at dawn* (AP)",
        "The harbour reopened.",
        "## Related\n\n- [Storm damage](https://example.com/%28x%29)",
      ].join("\n\n")}\n`,
    );
  });

  it("escapes text that Markdown would read as markup", () => {
    const md = toMarkdown({
      ...empty,
      title: "5 * 3 = [fifteen]",
      paragraphs: ["# not a heading", "- not a list", "1. not a list", "a_b <i>c</i> `d`"],
    });
    expect(md).toBe(
      `${[
        "# 5 \\* 3 = \\[fifteen\\]",
        "\\# not a heading",
        "\\- not a list",
        "\\1. not a list",
        "a\\_b \\<i\\>c\\</i\\> \\`d\\`",
      ].join("\n\n")}\n`,
    );
  });

  it("gives an empty string for an empty article", () => {
    expect(toMarkdown(empty)).toBe("");
  });
});
