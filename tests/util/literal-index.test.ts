import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldCase } from "../../src/rules/required-literals.js";
import { LiteralIndex } from "../../src/util/literal-index.js";

function found(index: LiteralIndex, text: string): number[] {
  const ids = new Set<number>();
  index.scan(text, (id) => ids.add(id));
  return [...ids].sort((a, b) => a - b);
}

describe("LiteralIndex", () => {
  it("reports every string that occurs, overlapping and nested ones included", () => {
    const index = new LiteralIndex(["he", "she", "his", "hers", "相关", "关阅"]);
    expect(found(index, "ushers")).toEqual([0, 1, 3]);
    expect(found(index, "this")).toEqual([2]);
    expect(found(index, "相关阅读")).toEqual([4, 5]);
    expect(found(index, "nothing here")).toEqual([0]);
    expect(found(index, "xyz")).toEqual([]);
  });

  it("ignores empty strings and handles an empty set", () => {
    expect(found(new LiteralIndex(["", "a"]), "banana")).toEqual([1]);
    expect(found(new LiteralIndex([]), "banana")).toEqual([]);
  });

  it("agrees with String#includes on random strings", () => {
    const piece = fc.string({
      unit: fc.constantFrom("a", "b", "c", "é", "相", "😀"),
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), piece, (strings, text) => {
        const index = new LiteralIndex(strings);
        const expected = strings
          .map((s, id) => (s.length > 0 && text.includes(s) ? id : -1))
          .filter((id) => id >= 0);
        expect(found(index, text)).toEqual(expected);
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it("folds the text as it scans, as a case-insensitive regex would match", () => {
    const index = new LiteralIndex(
      ["σοφία", "strasse", "ß", "kelvin", "\u{10428}x"].map(foldCase),
      foldCase,
    );
    // Final sigma and capitals; the Kelvin sign; a cased astral letter (Deseret) folded as a pair.
    expect(found(index, "ΣΟΦΊΑ")).toEqual([0]);
    expect(found(index, "ΣΟΦΙΑ σοφία")).toEqual([0]);
    expect(found(index, "STRASSE ẞ")).toEqual([1, 2]);
    expect(found(index, "\u212Aelvin")).toEqual([3]);
    expect(found(index, "\u{10400}X")).toEqual([4]);
    // İ folds to two units; a /iu regex does not match it with "i", and neither does the index.
    expect(found(new LiteralIndex(["i"], foldCase), "İ")).toEqual([]);
  });

  it("agrees with a case-insensitive regex on random strings", () => {
    const unit = fc.constantFrom(
      "a",
      "A",
      "σ",
      "Σ",
      "ς",
      "İ",
      "i",
      "\u0307",
      "ß",
      "ẞ",
      "\u212A",
      "k",
      "\u{10400}",
      "\u{10428}",
      "相",
      "é",
      "É",
      " ",
    );
    const piece = fc.array(unit, { maxLength: 4 }).map((units) => units.join(""));
    const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.array(unit, { maxLength: 12 }),
        (raw, units) => {
          const text = units.join("");
          const strings = raw.map(foldCase);
          const index = new LiteralIndex(strings, foldCase);
          const expected = strings
            .map((s, id) => (s.length > 0 && new RegExp(quote(s), "iu").test(text) ? id : -1))
            .filter((id) => id >= 0);
          expect(found(index, text)).toEqual(expected);
        },
      ),
      { seed: 7, numRuns: 1000 },
    );
  });
});
