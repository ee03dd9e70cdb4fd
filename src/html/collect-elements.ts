import { reverseFrom } from "../util/reverse-from.js";

/**
 * The elements page metadata is read from, found in one walk of the document instead of one
 * selector query per kind.
 *
 * @internal
 */
export interface MetadataElements {
  /** `<meta>` elements, in document order. */
  readonly metas: readonly Element[];
  /** `<link>` elements with a `rel` attribute. */
  readonly links: readonly Element[];
  /** `<time>` elements. */
  readonly times: readonly Element[];
  /** `<script>` elements. */
  readonly scripts: readonly Element[];
  /** The first `<title>` outside SVG. */
  readonly title: Element | null;
}

/** Default depth limit, as for rendering: deeper elements are not visited. */
const MAX_DEPTH = 256;

/**
 * Walks every element of the document once (all top-level nodes, depth-first, in document order,
 * with an explicit stack) and keeps the ones metadata comes from.
 *
 * @internal
 */
export function collectElements(
  document: Document,
  maxDepth: number = MAX_DEPTH,
): MetadataElements {
  const metas: Element[] = [];
  const links: Element[] = [];
  const times: Element[] = [];
  const scripts: Element[] = [];
  let title: Element | null = null;
  const stack: Array<{ element: Element; depth: number; inSvg: boolean }> = [];
  const tops = Array.from(document.childNodes);
  for (let i = tops.length - 1; i >= 0; i--) {
    const node = tops[i];
    if (node?.nodeType === 1) stack.push({ element: node as Element, depth: 0, inSvg: false });
  }
  while (stack.length > 0) {
    const { element, depth, inSvg } = stack.pop() as (typeof stack)[number];
    const tag = element.localName;
    if (tag === "meta") metas.push(element);
    else if (tag === "link") {
      if (element.getAttributeNode("rel") !== null) links.push(element);
    } else if (tag === "time") times.push(element);
    else if (tag === "script") scripts.push(element);
    else if (tag === "title" && !inSvg) title ??= element;
    if (depth >= maxDepth) continue;
    const childInSvg = inSvg || tag === "svg";
    const mark = stack.length;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 1)
        stack.push({ element: child as Element, depth: depth + 1, inSvg: childInSvg });
    }
    reverseFrom(stack, mark);
  }
  return { metas, links, times, scripts, title };
}
