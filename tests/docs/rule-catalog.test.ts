import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogFiles } from "../../scripts/lib/rule-catalog.js";
import { builtinPacks } from "../../src/rules/index.js";

const DIR = new URL("../../docs/rules/", import.meta.url);

describe("docs/rules (the rule catalog)", () => {
  const files = catalogFiles();

  it("is fresh: each page equals what `npm run docs:rules` generates now", () => {
    for (const [name, text] of files) {
      expect(readFileSync(new URL(name, DIR), "utf8"), `docs/rules/${name} is stale`).toBe(text);
    }
    expect(readdirSync(DIR).sort()).toEqual([...files.keys()].sort());
  });

  it("lists every rule id of every pack once", () => {
    for (const pack of builtinPacks) {
      const page = files.get(`${pack.lang === "*" ? "common" : pack.lang}.md`) ?? "";
      for (const rule of pack.rules) expect(page).toContain(`| \`${rule.id}\` |`);
      expect(page.match(/^\| `/gmu)?.length).toBe(pack.rules.length);
    }
  });
});
