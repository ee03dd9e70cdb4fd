import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
});
