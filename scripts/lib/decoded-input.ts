import { normalizeText } from "../../src/decode/normalize-text.js";
import { readHtml } from "../../src/from-html.js";
import { resolveOptions } from "../../src/options.js";

/**
 * Returns the string that `removed[].start`/`end` index into, for the playground's highlights:
 * the decoded text for text input, and for HTML input the page rendered to text (its blocks
 * joined by blank lines), which is not the HTML source. It runs the first steps of `fromText` /
 * `fromHtml` (`readHtml`) with default options; the playground checks every span against it
 * (`slice(start, end) === text`) and reports any that differ instead of highlighting them.
 *
 * @param input - The input as passed to the library.
 * @param mode - How the input is read: `"text"` or `"html"`.
 * @returns The text the removal offsets refer to.
 */
export function decodedInput(input: string, mode: "text" | "html"): string {
  const options = resolveOptions(null);
  if (mode === "text") return normalizeText(input, options.maxInputLength).text;
  return readHtml(input, options).rendered.text;
}
