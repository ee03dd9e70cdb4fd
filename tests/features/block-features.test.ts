import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeFeatures } from "../../src/features/block-features.js";
import { countWords, estimateWords } from "../../src/features/count-words.js";
import { WordTable } from "../../src/util/word-table.js";

/** The regex definitions the one-pass scanner must agree with. */
const reference = (text: string, stopWords: ReadonlySet<string>) => {
  const hasCjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(
    text,
  );
  const tokens = hasCjk
    ? (text.match(/\p{Script=Han}/gu) ?? [])
    : (text.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? []).map((t) => t.toLowerCase());
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return {
    words: hasCjk
      ? estimateWords(text)
      : (text.match(/[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0),
    terminal: /[.!?…。！？;；:]["'”’»)\]」』]*$/u.test(text),
    sentences: text.match(/[.!?…。！？]["'”’»)\]」』]*(?:\s|$)/gu)?.length ?? 0,
    stopRatio:
      tokens.length === 0 ? 0 : tokens.filter((t) => stopWords.has(t)).length / tokens.length,
    upperRatio: letters === 0 ? 0 : upper / letters,
  };
};

const block = (text: string) => ({ text, start: 0, end: text.length, hints: {} }) as never;

describe("computeFeatures", () => {
  const words = ["the", "of", "don't", "и", "的"];
  const stop = new WordTable(words);

  it("counts a plain English line", () => {
    const [f] = computeFeatures(
      [block("The Mayor of Springfield didn't come. He sent regrets.")],
      stop,
    );
    expect(f).toMatchObject({ words: 9, cjk: 0, terminal: true, sentences: 2 });
    // "The" and "of" among nine tokens ("didn't" is one).
    expect(f?.stopRatio).toBeCloseTo(2 / 9, 10);
    // T, M, S, H capitals among 43 letters.
    expect(f?.upperRatio).toBeCloseTo(4 / 43, 10);
  });

  it("agrees with the regex definitions on random text", () => {
    const unit = fc.constantFrom(
      ..."aZé'’.-!? \u00a0\t1٣ΣςДи的人。」»)Ǆ̈😀ſ:;…".split(""),
      "😀",
      "\u{20000}",
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const [f] = computeFeatures([block(text)], stop);
        const expected = reference(text, new Set(words));
        expect(f?.words).toBe(expected.words);
        expect(f?.terminal).toBe(expected.terminal);
        expect(f?.sentences).toBe(expected.sentences);
        expect(f?.stopRatio).toBeCloseTo(expected.stopRatio, 12);
        expect(f?.upperRatio).toBeCloseTo(expected.upperRatio, 12);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
});

describe("estimateWords", () => {
  it("segments short CJK lines exactly", () => {
    expect(estimateWords("相关阅读")).toBe(countWords("相关阅读"));
  });

  it("estimates long Han runs from their length, and counts other words as usual", () => {
    const han =
      "春节假期除了围炉团聚糖果饼干更是少不了的应景年节点心聊天时一口接一口无形间许多热量";
    expect(han.length).toBe(41);
    const line = `${han}，${han} BBC News 2024`;
    // Two runs of 41 characters at 1.6 characters a word (25.6, so 26 each), plus three alphabetic words.
    expect(estimateWords(line)).toBe(26 + 26 + 3);
  });

  it("counts a long Hangul run as one word per run", () => {
    const line = `${"가나다라마".repeat(4)} ${"바사아자차".repeat(4)} ${"카타파하".repeat(5)}`;
    expect(estimateWords(line)).toBe(3);
  });
});
