import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rules/compile.js";
import { builtinPacks } from "../../src/rules/index.js";
import {
  COMMENT_THREAD_RULE,
  DATE_ONLY_RULE,
  TEASER_LIST_RULE,
} from "../../src/rules/structure.js";
import type { RulePack } from "../../src/rules/types.js";

const rules = builtinPacks.flatMap((pack) => pack.rules.map((rule) => ({ pack, rule })));

describe("rule packs", () => {
  it("compile without error: ids unique, kinds known, u flag, no g/y flag", () => {
    expect(compileRules(builtinPacks).rules.length).toBe(rules.length);
  });

  it("have at least one example and one counter-example per rule", () => {
    const thin = rules.filter(
      ({ rule }) => rule.examples.length === 0 || rule.nonExamples.length === 0,
    );
    expect(thin.map(({ rule }) => rule.id)).toEqual([]);
  });

  for (const { rule } of [
    ...rules,
    { rule: DATE_ONLY_RULE },
    { rule: COMMENT_THREAD_RULE },
    { rule: TEASER_LIST_RULE },
  ]) {
    describe(rule.id, () => {
      it.each(rule.examples)("matches %j", (example) => {
        expect(rule.pattern.test(example)).toBe(true);
      });
      if (rule.id !== DATE_ONLY_RULE.id) {
        // The date-only rule's pattern is a pre-check; its counter-examples are rejected by
        // the word limit and the parser (see tests/from-text.test.ts).
        it.each(rule.nonExamples)("does not match %j", (example) => {
          expect(rule.pattern.test(example)).toBe(false);
        });
      }
    });
  }
});

describe("compileRules", () => {
  const base = { stopWords: [], months: {} };
  const good = {
    id: "share/xx/a",
    kind: "share",
    pattern: /^a$/u,
    examples: ["a"],
    nonExamples: ["b"],
  } as const;

  it("rejects an empty pack", () => {
    expect(() => compileRules([{ lang: "xx", rules: [], ...base }])).toThrow(/empty/u);
  });
  it("rejects a duplicate id", () => {
    expect(() => compileRules([{ lang: "xx", rules: [good, good], ...base }])).toThrow(
      /duplicate/u,
    );
  });
  it("rejects an id that disagrees with its kind", () => {
    const pack: RulePack = { lang: "xx", rules: [{ ...good, id: "promo/xx/a" }], ...base };
    expect(() => compileRules([pack])).toThrow(/must read "share\/xx/u);
  });
  it("rejects a pattern without the u flag", () => {
    const pack: RulePack = { lang: "xx", rules: [{ ...good, pattern: /^a$/ }], ...base };
    expect(() => compileRules([pack])).toThrow(/u flag/u);
  });
  it("rejects a global pattern, whose lastIndex would leak between calls", () => {
    const pack: RulePack = { lang: "xx", rules: [{ ...good, pattern: /^a$/gu }], ...base };
    expect(() => compileRules([pack])).toThrow(/g or y flag/u);
  });
});
