import { describe, expect, it } from "vitest";
import { splitSiteSuffix } from "../../src/metadata/split-site-suffix.js";

describe("splitSiteSuffix", () => {
  it.each([
    ["Ferry timetable changes leave commuters stranded | The Daily Example", "The Daily Example"],
    ["Putin signs pact with Kim – Hindustan Times", "Hindustan Times"],
    ["Council backs new bridge - example.com", "example.com"],
  ])("splits %j", (text, site) => {
    expect(splitSiteSuffix(text)?.site).toBe(site);
  });
  it.each([
    "Budget – what it means for you",
    "A headline without any separator",
    "Short | A much longer tail that is surely part of the headline itself",
    "Bus fares 'too high' for students - NUS",
    "Выставке в музее – 50 лет",
  ])("leaves %j whole", (text) => {
    expect(splitSiteSuffix(text)).toBeNull();
  });
});
