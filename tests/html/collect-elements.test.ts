import { describe, expect, it } from "vitest";
import { collectElements } from "../../src/html/collect-elements.js";
import { parseHtml } from "../../src/html/parse-html.js";

describe("collectElements", () => {
  const doc = parseHtml(`<!doctype html><html><head>
    <svg><title>Icon</title></svg><title>Page title</title><title>Second</title>
    <meta name="a" content="1"><link rel="canonical" href="/x"><link href="/no-rel">
    <script type="application/ld+json">{}</script></head>
    <body><p><time datetime="2024-01-02">Jan 2</time></p><div><meta itemprop="b" content="2"></div>
    <script>var x;</script></body></html>`);
  const found = collectElements(doc);

  it("finds each kind of element in document order, wherever it sits", () => {
    expect(found.metas.map((m) => m.getAttribute("content"))).toEqual(["1", "2"]);
    expect(found.times.map((t) => t.getAttribute("datetime"))).toEqual(["2024-01-02"]);
    expect(found.scripts.map((s) => s.getAttribute("type"))).toEqual(["application/ld+json", null]);
  });

  it("keeps only links with a rel, and the first title outside SVG", () => {
    expect(found.links.map((l) => l.getAttribute("href"))).toEqual(["/x"]);
    expect(found.title?.textContent).toBe("Page title");
  });

  it("does not go deeper than the depth limit", () => {
    const deep = parseHtml(
      `<html><body>${"<div>".repeat(20)}<meta name="deep" content="x">${"</div>".repeat(20)}</body></html>`,
    );
    expect(collectElements(deep, 30).metas).toHaveLength(1);
    expect(collectElements(deep, 10).metas).toHaveLength(0);
  });
});
