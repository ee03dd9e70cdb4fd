// An HTML document or fragment starts (after whitespace and an optional BOM) with a doctype, a
// comment, or a known structural tag; or it contains <html>, <head> or <body> tags near the start.
const LEADING_MARKUP =
  /^\uFEFF?\s*<(?:!doctype\s+html|!--|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|article[\s>]|div[\s>]|p[\s>]|section[\s>]|main[\s>]|\?xml\s)/iu;
const STRUCTURAL_TAG = /<(?:html|head|body)[\s>]/iu;
// Starts with something tag-like ("<!DOCTYPE htm" cut short, "<div", "</p>").
const STARTS_WITH_TAG = /^\uFEFF?\s*<[!?/a-z]/iu;
const TAG = /<\/?[a-z][a-z0-9]{0,10}[\s/>]/giu;
/** Tags (opening or closing) in the sniff window that make tag-first input HTML. */
const MIN_TAGS = 8;
const SNIFF_WINDOW = 4096;

/**
 * Tells whether a string is HTML (a document or a fragment starting with markup) or plain text.
 *
 * Plain text that merely mentions a tag ("use the <p> element") stays text: the decision looks at
 * how the input starts, whether document-level tags appear in its first 4 KB, and, for input
 * that starts with a tag, whether more tags follow (pages with a broken doctype and no
 * `<html>`).
 *
 * @internal
 */
export function sniffInput(input: string): "html" | "text" {
  const head = input.slice(0, SNIFF_WINDOW);
  if (LEADING_MARKUP.test(head)) return "html";
  if (STRUCTURAL_TAG.test(head)) return "html";
  if (STARTS_WITH_TAG.test(head) && countTags(head) >= MIN_TAGS) return "html";
  return "text";
}

function countTags(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(TAG)) count++;
  return count;
}
