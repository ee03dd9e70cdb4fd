import { describe, expect, it } from "vitest";
import { type DateContext, looksLikeDate, parseDate } from "../../src/metadata/parse-date.js";
import { en } from "../../src/rules/en.js";

const ctx: DateContext = {
  months: new Map(Object.entries(en.months)),
  referenceDate: null,
  monthFirst: true,
};

describe("parseDate", () => {
  it.each([
    ["Updated: Jun 19, 2024, 10:12 IST", "2024-06-19T10:12:00+05:30"],
    ["19 June 2024", "2024-06-19"],
    ["Wednesday, 19th June 2024 at 9:05 pm GMT", "2024-06-19T21:05:00+00:00"],
    ["2024-06-19T08:30:00Z", "2024-06-19T08:30:00+00:00"],
    ["2024-06-19 00:00:00.0", "2024-06-19T00:00:00"],
    ["19.06.2024", "2024-06-19"],
    ["06/19/2024", "2024-06-19"],
    ["2012年1月5日", "2012-01-05"],
    ["March 3, 2023 at 9:15 am", "2023-03-03T09:15:00"],
  ])("reads %j as %s", (text, iso) => {
    expect(parseDate(text, ctx)).toBe(iso);
  });
  it.each(["31 February 2024", "no date here", "3 hours ago", "Jun 2024"])(
    "finds no date in %j",
    (text) => {
      expect(parseDate(text, ctx)).toBeNull();
    },
  );
  it("resolves relative dates against the reference date", () => {
    const withRef = { ...ctx, referenceDate: new Date("2024-06-19T12:00:00Z") };
    expect(parseDate("3 hours ago", withRef)).toBe("2024-06-19T09:00:00Z");
    expect(parseDate("yesterday", withRef)).toBe("2024-06-18");
  });
});

describe("parseDate with French times", () => {
  it('reads "19 juin 2024 à 10h12" with its time', () => {
    const fr = { ...ctx, months: new Map([["juin", 6]]) };
    expect(parseDate("Publié le 19 juin 2024 à 10h12", fr)).toBe("2024-06-19T10:12:00");
  });
});

describe("looksLikeDate", () => {
  it("accepts dates, clock times and relative phrases, with or without digits", () => {
    expect(looksLikeDate("June 19, 2024", ctx)).toBe(true);
    expect(looksLikeDate("Updated 10:12 am", ctx)).toBe(true);
    expect(looksLikeDate("an hour ago", ctx)).toBe(true);
    expect(looksLikeDate("3 days ago", ctx)).toBe(true);
  });

  it("rejects short lines that are not dates", () => {
    expect(looksLikeDate("World News", ctx)).toBe(false);
    expect(looksLikeDate("Top 10 stories", ctx)).toBe(false);
    expect(looksLikeDate("Yesterday's papers", ctx)).toBe(false);
  });
});
