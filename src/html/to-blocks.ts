import { normalizeChars } from "../decode/normalize-text.js";
import type { Block, BlockHints } from "../model.js";
import { reverseFrom } from "../util/reverse-from.js";
import { attributeOf, type Zone, zoneOf } from "./zone-of.js";

/**
 * Blocks rendered from a document, and the text they were cut from.
 *
 * @internal
 */
export interface RenderedBlocks {
  /** The block texts joined by blank lines: the "decoded input" HTML offsets refer to. */
  readonly text: string;
  /** One block per line of the rendering, with DOM hints. */
  readonly blocks: readonly Block[];
  /** Elements left unread because they sit deeper than the depth limit (with their subtrees). */
  readonly tooDeep: number;
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
  "form",
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
  "head",
]);
const HEADING = /^h([1-6])$/u;
const SPACE_RUN = /[ \t\n\f\r]+/gu;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;
/** Default depth limit: deeper elements are not walked (bounds work on hostile markup). */
const MAX_DEPTH = 256;

/** What the walk knows about the ancestors of a node. */
interface Context {
  readonly zone: Zone;
  readonly inArticle: boolean;
  readonly inLink: boolean;
  readonly href: string | null;
  readonly tag: string;
  readonly inFigcaption: boolean;
}

/**
 * Renders a document the way a scraper flattens a page — one line per block element, blank lines
 * between; scripts, styles, form controls and hidden elements left out — and keeps, for each line,
 * DOM hints: its block tag, heading level, link density, the boilerplate zone its nearest
 * landmark or class/id tokens suggest, whether it sits in the article, and its first link. Walks
 * every top-level node (linkedom may leave `document.body` empty, or keep several roots on
 * broken pages) with an explicit stack, and never mutates the document.
 *
 * @internal
 */
export function renderBlocks(document: Document, maxDepth: number = MAX_DEPTH): RenderedBlocks {
  const lines: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  let current = "";
  let linkChars = 0;
  let lineCtx: Context | null = null;
  let lineHref: string | null = null;
  let tooDeep = 0;
  const flush = (): void => {
    const raw = current;
    // Most block boundaries close no text at all (nested containers): nothing to normalize.
    if (raw !== "") {
      current = "";
      const line = normalizeChars(raw).replace(SPACE_RUN, " ").trim();
      if (line && lineCtx) {
        const start = offset + (lines.length > 0 ? 2 : 0);
        const density = Math.min(1, linkChars / Math.max(1, raw.trim().length));
        blocks.push({
          index: blocks.length,
          text: line,
          start,
          end: start + line.length,
          hints: hintsOf(lineCtx, density, lineHref),
        });
        lines.push(line);
        offset = start + line.length;
      }
    }
    linkChars = 0;
    lineCtx = null;
    lineHref = null;
  };
  const root: Context = {
    zone: null,
    inArticle: false,
    inLink: false,
    href: null,
    tag: "body",
    inFigcaption: false,
  };
  // The walk's stack as three parallel arrays (node, depth, context); depth -1 marks the exit
  // of a block element, where its line ends.
  const nodes: Node[] = [];
  const depths: number[] = [];
  const contexts: Context[] = [];
  // The document's own children by `childNodes`: some DOMs give a doctype no `nextSibling`.
  const tops = Array.from(document.childNodes);
  for (let i = tops.length - 1; i >= 0; i--) {
    const node = tops[i];
    if (node) {
      nodes.push(node);
      depths.push(0);
      contexts.push(root);
    }
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as Node;
    const depth = depths.pop() as number;
    const ctx = contexts.pop() as Context;
    if (depth < 0) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      const visible = text.trim().length;
      if (visible === 0 && current === "") continue;
      if (lineCtx === null && visible > 0) lineCtx = ctx;
      if (ctx.inLink) {
        linkChars += visible;
        lineHref ??= ctx.href;
      }
      current += text;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.localName;
    if (depth > maxDepth) {
      tooDeep++;
      continue;
    }
    if (SKIP.has(tag) || isHidden(element)) continue;
    const inner = enter(ctx, element, tag);
    if (BLOCK.has(tag)) {
      flush();
      nodes.push(node);
      depths.push(-1);
      contexts.push(ctx);
    }
    // Children pushed first-to-last, then reversed, so that they pop in document order.
    const mark = nodes.length;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      nodes.push(child);
      depths.push(depth + 1);
      contexts.push(inner);
    }
    reverseFrom(nodes, mark);
    reverseFrom(depths, mark);
    reverseFrom(contexts, mark);
  }
  flush();
  return { text: lines.join("\n\n"), blocks, tooDeep };
}

function enter(ctx: Context, element: Element, tag: string): Context {
  const zone = zoneOf(element);
  const rawHref = tag === "a" ? attributeOf(element, "href") : null;
  // Link targets are output too: the same character normalization as text, no surrounding space.
  const href = rawHref === null ? null : normalizeChars(rawHref).trim();
  const isLink = href !== null;
  // Most elements change nothing: their children share the parent's context object.
  if (zone === null && !isLink && !BLOCK.has(tag) && tag !== "figcaption") return ctx;
  return {
    zone: zone === "content" ? null : (zone ?? ctx.zone),
    inArticle: ctx.inArticle || zone === "content",
    inLink: ctx.inLink || isLink,
    href: isLink ? href : ctx.href,
    tag: BLOCK.has(tag) && tag !== "br" ? tag : ctx.tag,
    inFigcaption: ctx.inFigcaption || tag === "figcaption",
  };
}

function hintsOf(ctx: Context, linkDensity: number, href: string | null): BlockHints {
  const heading = HEADING.exec(ctx.tag);
  return {
    tag: ctx.inFigcaption ? "figcaption" : ctx.tag,
    heading: heading ? Number(heading[1]) : 0,
    linkDensity,
    zone: ctx.zone === "content" ? null : ctx.zone,
    inArticle: ctx.inArticle,
    href,
  };
}

function isHidden(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.getAttributeNode("hidden") !== null) return true;
  if (attributeOf(element, "aria-hidden") === "true") return true;
  const style = attributeOf(element, "style");
  return style !== null && HIDDEN_STYLE.test(style);
}
