import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/decode/normalize-text.js";

const norm = (s: string) => normalizeText(s, 1000).text;

describe("normalizeText", () => {
  it("drops the BOM and turns CRLF and CR into LF", () => {
    expect(norm("\uFEFFa\r\nb\rc")).toBe("a\nb\nc");
  });
  it("turns no-break spaces into spaces and drops zero-width characters and soft hyphens", () => {
    expect(norm("40\u00A0years clock\u200Bmaker co\u00ADop")).toBe("40 years clockmaker coop");
  });
  it("applies NFC", () => {
    expect(norm("cafe\u0301")).toBe("café");
  });
  it("repairs C1 controls left by a Latin-1 decode of windows-1252 bytes", () => {
    expect(norm("it\u0092s \u0093quoted\u0094 \u0096 dash")).toBe("it’s “quoted” – dash");
  });
  it("drops NUL and other control characters but keeps tabs and newlines", () => {
    expect(norm("a\u0000b\tc\nd\u0007")).toBe("ab\tc\nd");
  });
  it("replaces lone surrogates with U+FFFD and keeps valid pairs", () => {
    expect(norm("a\uD800b 😀")).toBe("a\uFFFDb 😀");
  });
  it("never changes the spelling of words", () => {
    expect(norm("mlilitary colour it’s")).toBe("mlilitary colour it’s");
  });
  it("truncates at maxInputLength without splitting a surrogate pair, with a warning", () => {
    const result = normalizeText("ab😀cd", 3);
    expect(result.text).toBe("ab");
    expect(result.warnings).toEqual(["input truncated from 6 to 2 characters (maxInputLength 3)"]);
  });
});
