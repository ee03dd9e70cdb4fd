import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordTable } from "../../src/util/word-table.js";

describe("WordTable", () => {
  const table = new WordTable(["the", "of", "don't", "и", "的", "the", ""]);

  it("finds a word by a span of a longer string, and nothing else", () => {
    expect(table.size).toBe(5);
    expect(table.has("of the year", 3, 6)).toBe(true);
    expect(table.find("of the year", 0, 2)).toBe(table.words.indexOf("of"));
    expect(table.has("of the year", 3, 5)).toBe(false); // "th"
    expect(table.has("other", 0, 2)).toBe(false); // "ot"
    expect(table.has("I don't", 2, 7)).toBe(true);
    expect(table.has("и вот", 0, 1)).toBe(true);
    expect(table.has("的人", 0, 1)).toBe(true);
    expect(table.has("the", 0, 0)).toBe(false); // the empty span
    expect(table.has("themselves", 0, 10)).toBe(false); // longer than any word
  });

  it("agrees with a Set on random words and spans", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "é", "的", "😀"), maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.array(word, { maxLength: 6 }),
        (words, parts) => {
          const set = new Set(words.filter((w) => w.length > 0));
          const table = new WordTable(words);
          const text = parts.join("");
          for (let start = 0; start < text.length; start++)
            for (let end = start + 1; end <= text.length; end++)
              expect(table.has(text, start, end)).toBe(set.has(text.slice(start, end)));
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});
