// An HTML document or fragment starts (after whitespace and an optional BOM) with a doctype, a
// comment, or a known structural tag; or it contains <html>, <head> or <body> tags near the start.
const LEADING_MARKUP =
  /^\uFEFF?\s*<(?:!doctype\s+html|!--|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|article[\s>]|div[\s>]|p[\s>]|section[\s>]|main[\s>]|\?xml\s)/iu;
const STRUCTURAL_TAG = /<(?:html|head|body)[\s>]/iu;
const SNIFF_WINDOW = 4096;

/**
 * Tells whether a string is HTML (a document or a fragment starting with markup) or plain text.
 *
 * Plain text that merely mentions a tag ("use the <p> element") stays text: the decision looks at
 * how the input starts and whether document-level tags appear in its first 4 KB.
 *
 * @internal
 */
export function sniffInput(input: string): "html" | "text" {
  const head = input.slice(0, SNIFF_WINDOW);
  if (LEADING_MARKUP.test(head)) return "html";
  if (STRUCTURAL_TAG.test(head)) return "html";
  return "text";
}
