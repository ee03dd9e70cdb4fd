import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/html/parse-html.js";
import { renderBlocks } from "../../src/html/to-blocks.js";

const render = (html: string) => renderBlocks(parseHtml(html));

describe("renderBlocks", () => {
  it("normalizes characters after entities are decoded", () => {
    const { blocks } = render(
      "<html><body><p>Read&nbsp;more:&#8203; the\u00a0harbour&shy;side plan</p></body></html>",
    );
    expect(blocks.map((b) => b.text)).toEqual(["Read more: the harbourside plan"]);
  });

  it("gives one line per block element, with offsets into the joined text", () => {
    const { text, blocks } = render(
      "<body><h1>Title</h1><p>One <b>two</b></p><ul><li>A</li></ul></body>",
    );
    expect(blocks.map((b) => b.text)).toEqual(["Title", "One two", "A"]);
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    expect(blocks.map((b) => b.hints?.tag)).toEqual(["h1", "p", "li"]);
  });

  it("leaves out scripts, styles and hidden elements", () => {
    const { blocks } = render(
      '<body><p>Kept</p><script>var x</script><style>p{}</style><p hidden>No</p><p style="display: none">No</p><p aria-hidden="true">No</p></body>',
    );
    expect(blocks.map((b) => b.text)).toEqual(["Kept"]);
  });

  it("counts the subtrees deeper than the depth limit instead of reading them", () => {
    const deep = `<body>${"<div>".repeat(12)}<p>Deep</p>${"</div>".repeat(12)}<p>Shallow</p></body>`;
    const limited = renderBlocks(parseHtml(deep), 8);
    expect(limited.blocks.map((b) => b.text)).toEqual(["Shallow"]);
    expect(limited.tooDeep).toBe(1);
    expect(renderBlocks(parseHtml(deep), 64).tooDeep).toBe(0);
  });
});
