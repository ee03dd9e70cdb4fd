import { describe, expect, it } from "vitest";
import { sniffInput } from "../../src/decode/sniff-input.js";

describe("sniffInput", () => {
  it.each([
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "  \n<html lang=en><p>x",
    "<!-- saved page --><div>x</div>",
    "<p>A fragment</p>",
    "Some junk\n<html><body>late start</body></html>",
    "<!DOCTYPE htm\n  <div id=x><p>a</p><p>b</p><p>c</p><span>d</span><b>e</b></div>",
  ])("reads %j as HTML", (input) => {
    expect(sniffInput(input)).toBe("html");
  });
  it.each(["Headline\n\nUse the <p> element for paragraphs.", "", "Read more: 3 < 4 and 5 > 2"])(
    "reads %j as text",
    (input) => {
      expect(sniffInput(input)).toBe("text");
    },
  );
});
