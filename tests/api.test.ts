import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(new URL("../src", import.meta.url).pathname);
const IMPORT = /^(?:import|export)\s[^;]*?from\s+"(?<spec>[^"]+)"/gmu;

/** The set of modules reachable from an entry through its static imports. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [join(SRC, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith(SRC)) continue;
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = match.groups?.spec ?? "";
      if (spec.startsWith(".")) stack.push(resolve(dirname(file), spec.replace(/\.js$/u, ".ts")));
      else seen.add(spec);
    }
  }
  return seen;
}

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
    const graph = [...moduleGraph("text.ts")];
    expect(graph.some((m) => m === "linkedom" || m.includes("/src/html/"))).toBe(false);
    expect(graph.some((m) => m.endsWith("/src/from-text.ts"))).toBe(true);
  });

  it("imports linkedom only from src/html/parse-html.ts", () => {
    const users = [...moduleGraph("index.ts")].filter(
      (f) => f.startsWith(SRC) && readFileSync(f, "utf8").includes('from "linkedom"'),
    );
    expect(users.map((f) => f.slice(SRC.length))).toEqual(["/html/parse-html.ts"]);
  });
});
