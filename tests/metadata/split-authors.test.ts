import { describe, expect, it } from "vitest";
import { splitAuthors } from "../../src/metadata/split-authors.js";

describe("splitAuthors", () => {
  it.each([
    ["Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]],
    ["Alex Kim, Staff Writer", ["Alex Kim"]],
    ["Ivan Petrov и Anna Ivanova", ["Ivan Petrov", "Anna Ivanova"]],
  ])("splits %j", (names, expected) => {
    expect(splitAuthors(names)).toEqual(expected);
  });
});
