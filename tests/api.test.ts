import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORTS_AND_EXPORTS, moduleGraph, SRC } from "./helpers/module-graph.js";

describe("public API", () => {
  it('pins the export names of "newsclean"', async () => {
    const mod = await import("../src/index.js");
    expect(Object.keys(mod).sort()).toEqual([
      "common",
      "de",
      "el",
      "en",
      "es",
      "fr",
      "fromHtml",
      "fromText",
      "parseArticle",
      "pl",
      "ru",
      "toMarkdown",
      "zh",
    ]);
  });

  it('pins the export names of "newsclean/text"', async () => {
    const mod = await import("../src/text.js");
    expect(Object.keys(mod).sort()).toEqual([
      "common",
      "de",
      "el",
      "en",
      "es",
      "fr",
      "fromText",
      "pl",
      "ru",
      "toMarkdown",
      "zh",
    ]);
  });

  it('keeps linkedom and src/html out of the "newsclean/text" module graph', () => {
    const graph = [...moduleGraph(["text.ts"], IMPORTS_AND_EXPORTS)];
    expect(graph.some((m) => m === "linkedom" || m.includes("/src/html/"))).toBe(false);
    expect(graph.some((m) => m.endsWith("/src/from-text.ts"))).toBe(true);
  });

  it("imports linkedom only from src/html/parse-html.ts", () => {
    const users = [...moduleGraph(["index.ts"], IMPORTS_AND_EXPORTS)].filter(
      (f) => f.startsWith(SRC) && readFileSync(f, "utf8").includes('from "linkedom"'),
    );
    expect(users.map((f) => f.slice(SRC.length))).toEqual(["/html/parse-html.ts"]);
  });
});
