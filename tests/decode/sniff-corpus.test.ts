import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sniffInput } from "../../src/decode/sniff-input.js";

const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname;
// The development corpus is research-only and lives outside the repository; read it in place.
const CORPUS =
  process.env.NEWSCLEAN_CORPUS ?? new URL("../../../shared/corpus/", import.meta.url).pathname;

describe("sniffInput on every fixture", () => {
  for (const group of ["text", "html"] as const) {
    const base = join(FIXTURES, group);
    for (const name of readdirSync(base).sort()) {
      const file = join(base, name, group === "text" ? "input.txt" : "input.html");
      it(`reads ${group}/${name} as ${group}`, () => {
        expect(sniffInput(readFileSync(file, "utf8"))).toBe(group);
      });
    }
  }
});

describe.skipIf(!existsSync(join(CORPUS, "manifest.jsonl")))(
  "sniffInput on the development corpus",
  () => {
    it("reads every raw.html as HTML and every page.txt as text", () => {
      const wrong: string[] = [];
      for (const line of readFileSync(join(CORPUS, "manifest.jsonl"), "utf8").trim().split("\n")) {
        const { path } = JSON.parse(line) as { path: string };
        if (sniffInput(readFileSync(join(CORPUS, path, "raw.html"), "utf8")) !== "html")
          wrong.push(`${path}/raw.html`);
        if (sniffInput(readFileSync(join(CORPUS, path, "page.txt"), "utf8")) !== "text")
          wrong.push(`${path}/page.txt`);
      }
      expect(wrong).toEqual([]);
    });
  },
);

if (!existsSync(join(CORPUS, "manifest.jsonl"))) {
  console.log(`sniff-corpus: development corpus not found at ${CORPUS}; corpus check skipped.`);
}
