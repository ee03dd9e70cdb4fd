/**
 * Hostile inputs for the robustness bench (issue #6): each is built in code, deterministic, and
 * named by what it stresses. The tests check that each gives a valid Article; the bench times them.
 */
export interface HostileInput {
  readonly name: string;
  readonly mode: "text" | "html";
  readonly input: string;
}

const LINE = "The council voted on Tuesday to fund a year-round ferry service to the island.";

/** The hostile cases, from empty input to megabytes of markup. */
export function hostileInputs(): HostileInput[] {
  const jsonLd = (value: string): string => `<script type="application/ld+json">${value}</script>`;
  const article = `<h1>Harbour reopens</h1><p>${LINE}</p><p>${LINE}</p>`;
  // A page of ordinary size (about 60 KB of markup) around the JSON-LD cases.
  const page = `<h1>Harbour reopens</h1>${`<p>${LINE} ${LINE}</p><ul><li><a href="/a">Read more</a></li></ul>`.repeat(300)}`;
  return [
    { name: "empty", mode: "text", input: "" },
    { name: "whitespace only", mode: "text", input: " \n\t\n\u00a0 ".repeat(1000) },
    {
      name: "10 MB without a newline",
      mode: "text",
      input: `${LINE} `.repeat(130_000).slice(0, 10_000_000),
    },
    { name: "100,000 one-word lines", mode: "text", input: "word\n".repeat(100_000) },
    {
      name: "NUL bytes and controls",
      mode: "text",
      input: `${LINE}\u0000\u0001\u0007\n`.repeat(5000),
    },
    {
      name: "mojibake and C1 characters",
      mode: "text",
      input:
        `It\u00e2\u20ac\u2122s a \u0093quoted\u0094 line \u00e2\u20ac\u201d with mojibake.\n${LINE}\n`.repeat(
          5000,
        ),
    },
    {
      name: "10,000 nested divs",
      mode: "html",
      input: `<html><body>${"<div>".repeat(10_000)}<p>${LINE}</p>${"</div>".repeat(10_000)}</body></html>`,
    },
    {
      name: "100,000 sibling elements",
      mode: "html",
      input: `<html><body>${article}${"<span>x</span>".repeat(100_000)}</body></html>`,
    },
    {
      name: "5 MB script",
      mode: "html",
      input: `<html><head><script>var x = "${"a".repeat(5_000_000)}";</script></head><body>${article}</body></html>`,
    },
    {
      name: "1,000 JSON-LD blocks",
      mode: "html",
      input: `<html><head>${jsonLd('{"@type":"NewsArticle","headline":"Harbour reopens"}').repeat(1000)}</head><body>${page}</body></html>`,
    },
    {
      name: "malformed and polluting JSON-LD",
      mode: "html",
      input: `<html><head>${jsonLd('{"@type": "NewsArticle", "headline": ')}${jsonLd('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "@type": "NewsArticle"}')}</head><body>${page}</body></html>`,
    },
  ];
}
