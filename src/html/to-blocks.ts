/**
 * Blocks rendered from a document, and the text they were cut from.
 *
 * @internal
 */
export interface RenderedBlocks {
  /** The block texts joined by blank lines: the "decoded input" HTML offsets refer to. */
  readonly text: string;
}

const SKIP = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "svg",
  "canvas",
  "title",
  "meta",
  "link",
  "base",
  "select",
  "button",
  "input",
  "textarea",
  "object",
  "embed",
]);
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "td",
  "th",
  "tr",
  "ul",
  "br",
  "html",
]);
const SPACE_RUN = /[ \t\n\f\r]+/gu;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;
/** Deeper elements are not walked: bounds the work and the stack on hostile markup. */
const MAX_DEPTH = 256;

/**
 * Renders a document to text the way a scraper flattens a page: one line per block element,
 * blank lines between, scripts, styles, form controls and hidden elements left out. Walks every
 * top-level node (not `document.body`, which linkedom may leave empty on broken pages) with an
 * explicit stack, and never mutates the document.
 *
 * @internal
 */
export function renderBlocks(document: Document): RenderedBlocks {
  const lines: string[] = [];
  let current = "";
  const flush = (): void => {
    const line = current.replace(SPACE_RUN, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  // Walk every top-level node: on broken pages linkedom keeps several root elements, and
  // `documentElement` is only the first of them.
  const roots = Array.from(document.childNodes);
  const stack: Array<{ node: Node; depth: number; exit?: boolean }> = [];
  for (let i = roots.length - 1; i >= 0; i--) {
    const node = roots[i];
    if (node) stack.push({ node, depth: 0 });
  }
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, depth } = item;
    if (item.exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.localName;
    if (SKIP.has(tag) || isHidden(element) || depth > MAX_DEPTH) continue;
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push({ node, depth, exit: true });
    }
    const children = Array.from(element.childNodes);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, depth: depth + 1 });
    }
  }
  flush();
  return { text: lines.join("\n\n") };
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden")) return true;
  if (element.getAttribute("aria-hidden") === "true") return true;
  const style = element.getAttribute("style");
  return style !== null && HIDDEN_STYLE.test(style);
}
