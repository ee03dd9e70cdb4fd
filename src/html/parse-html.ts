import { parseHTML } from "linkedom";

/**
 * Parses an HTML string with linkedom. The only linkedom import in the library.
 *
 * @internal
 */
export function parseHtml(html: string): Document {
  return parseHTML(html).document;
}
