import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.js";

const ROOT = new URL("../fixtures/", import.meta.url).pathname;
const UPDATE = process.env.UPDATE_FIXTURES === "1";
const IN_CI = Boolean(process.env.CI);

/** Every fixture folder: fixtures/<text|html>/<name>/input.(txt|html) next to expected.json. */
function fixtureDirs(): string[] {
  const dirs: string[] = [];
  for (const group of ["text", "html"]) {
    const base = join(ROOT, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) dirs.push(join(base, name));
  }
  return dirs;
}

describe("golden fixtures", () => {
  const dirs = fixtureDirs();
  it("has at least 21 text fixtures", () => {
    expect(dirs.filter((d) => d.includes("/text/")).length).toBeGreaterThanOrEqual(21);
  });
  for (const dir of dirs) {
    const name = dir.slice(ROOT.length);
    it(`parses ${name} as reviewed in expected.json`, () => {
      const inputFile = ["input.txt", "input.html"].map((f) => join(dir, f)).find(existsSync);
      if (!inputFile) throw new Error(`${name} has no input.txt or input.html`);
      const optionsFile = join(dir, "options.json");
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {};
      const actual = `${JSON.stringify(parseArticle(readFileSync(inputFile, "utf8"), options), null, 2)}\n`;
      const expectedFile = join(dir, "expected.json");
      if (UPDATE || (!existsSync(expectedFile) && !IN_CI)) {
        writeFileSync(expectedFile, actual);
        return;
      }
      if (!existsSync(expectedFile))
        throw new Error(`${name} has no expected.json (CI never writes one)`);
      expect(actual).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
