import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRules } from "../../src/rules/compile.js";
import { builtinPacks } from "../../src/rules/index.js";
import { foldCase, requiredLiterals } from "../../src/rules/required-literals.js";

describe("requiredLiterals", () => {
  it("takes the literal run of a plain pattern, folded", () => {
    expect(requiredLiterals(/^Read more\b/iu)).toEqual(["read more"]);
  });

  it("unions the alternatives, keeping the shortest of nested members", () => {
    expect([...(requiredLiterals(/^(?:cookie policy|cookies|privacy)$/iu) ?? [])].sort()).toEqual([
      "cookie policy",
      "cookies",
      "privacy",
    ]);
    expect(requiredLiterals(/^(?:newsletter|news)$/iu)).toEqual(["news"]);
  });

  it("expands small character classes and optional parts", () => {
    expect([...(requiredLiterals(/相[关關]阅读/u) ?? [])].sort()).toEqual(["相关阅读", "相關阅读"]);
    expect(requiredLiterals(/^comments?$/iu)).toEqual(["comment"]);
  });

  it("prefers a rare run over a common one across an unknown part", () => {
    // A space is everywhere; the copyright sign narrows.
    expect(requiredLiterals(/^©\s*\d{4} [^ ]+ /u)).toEqual(["©"]);
    expect(requiredLiterals(/^\d+ responses?$/iu)).toEqual([" response"]);
  });

  it("requires nothing where a part may be absent or is unknown", () => {
    expect(requiredLiterals(/^(?:share)?$/iu)).toBeNull();
    expect(requiredLiterals(/^[\p{P}\p{S}\s]+$/u)).toBeNull();
    expect(requiredLiterals(/^(?:read|\w+)$/u)).toBeNull();
  });

  it("ignores lookarounds and group names", () => {
    expect(requiredLiterals(/(?<=by )(?<name>smith)(?!son)/u)).toEqual(["smith"]);
  });

  it("folds the characters that case-insensitive matching folds differently", () => {
    expect(foldCase("ΌΛΟΣ")).toBe(foldCase("όλοσ"));
    expect(foldCase("ſ")).toBe("s");
  });
});

describe("the literal screen of every rule pack", () => {
  const all = compileRules(builtinPacks);

  it("keeps every rule for each of its own examples", () => {
    for (const rule of all.rules) {
      for (const example of rule.examples) {
        expect(all.candidates(example), `${rule.id}: ${example}`).toContain(rule);
      }
    }
  });

  it("never drops a rule that matches (examples cased, padded and spliced at random)", () => {
    const examples = all.rules.flatMap((rule) => rule.examples);
    const text = fc
      .tuple(
        fc.constantFrom(...examples),
        fc.constantFrom(...examples),
        fc.constantFrom("", " ", ": ", "\u00a0", "Σ", "ſ"),
        fc.constantFrom("upper", "lower", "same"),
      )
      .map(([a, b, glue, casing]) => {
        const joined = `${a}${glue}${b}`;
        return casing === "upper"
          ? joined.toUpperCase()
          : casing === "lower"
            ? joined.toLowerCase()
            : joined;
      });
    fc.assert(
      fc.property(text, (input) => {
        const kept = new Set(all.candidates(input));
        for (const rule of all.rules) if (rule.pattern.test(input)) expect(kept).toContain(rule);
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});
