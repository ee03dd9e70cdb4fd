import { describe, expect, it } from "vitest";
import { resolveOptions } from "../src/options.js";

describe("resolveOptions", () => {
  it("fills every default when options are missing", () => {
    expect(resolveOptions(undefined)).toEqual({
      maxInputLength: 2_000_000,
      referenceDate: null,
      language: null,
      maxDepth: 256,
      maxJsonLdLength: 1_000_000,
    });
    expect(resolveOptions(null)).toEqual(resolveOptions({}));
  });

  it("accepts null and undefined fields as defaults", () => {
    expect(resolveOptions({ maxInputLength: null, language: undefined }).maxInputLength).toBe(
      2_000_000,
    );
  });

  it("parses referenceDate from a string or copies a Date", () => {
    expect(
      resolveOptions({ referenceDate: "2024-06-19T00:00:00Z" }).referenceDate?.toISOString(),
    ).toBe("2024-06-19T00:00:00.000Z");
    const date = new Date(0);
    const resolved = resolveOptions({ referenceDate: date }).referenceDate;
    expect(resolved).toEqual(date);
    expect(resolved).not.toBe(date);
  });

  it("lower-cases the language tag", () => {
    expect(resolveOptions({ language: "EN-gb" }).language).toBe("en-gb");
  });

  it.each([
    [{ maxInputLength: 0 }, "option `maxInputLength` must be a positive integer, got the number 0"],
    [
      { maxInputLength: 1.5 },
      "option `maxInputLength` must be a positive integer, got the number 1.5",
    ],
    [
      { referenceDate: "soon" },
      'option `referenceDate` must be a valid Date or ISO 8601 string, got the string "soon"',
    ],
    [
      { language: "english!" },
      'option `language` must be a BCP 47 language tag such as "en", got the string "english!"',
    ],
    [
      { colour: "red" },
      "unknown option `colour`; expected one of maxInputLength, referenceDate, language, maxDepth, maxJsonLdLength",
    ],
  ])("throws a TypeError for %j", (options, message) => {
    expect(() => resolveOptions(options as never)).toThrow(new TypeError(`newsclean: ${message}`));
  });

  it("throws a TypeError when options is not an object", () => {
    expect(() => resolveOptions("fast" as never)).toThrow(
      /`options` must be an object, got the string "fast"/u,
    );
  });
});
