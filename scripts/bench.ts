/**
 * Speed benchmark: one process, the same corpus pages for every case, warm-up first, then per-page
 * median and p99 (tinybench's latency statistics), pages/s, MB/s and peak RSS, with ratios against the comparators measured in the
 * same run. Usage: npm run bench [-- --time 3000] [-- --scaling]
 *
 * Cases: newsclean fromHtml; Mozilla Readability on linkedom (dev-only comparator); the parse floor
 * (linkedom parseHTML + body.textContent); newsclean fromText; a text floor (split into lines and one
 * regex test per line). --scaling adds 10 KB … 10 MB synthetic inputs (text and HTML) and prints
 * the time per MB of each. The corpus is read in place (research use only) and the bench skips with a
 * message when it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { Bench } from "tinybench";
import { fromHtml, fromText } from "../src/index.js";

const { values } = parseArgs({
  options: {
    time: { type: "string", default: "4000" },
    scaling: { type: "boolean", default: false },
    corpus: { type: "string", default: process.env.NEWSCLEAN_CORPUS ?? "../shared/corpus" },
  },
});
const corpus = values.corpus as string;
if (!existsSync(join(corpus, "manifest.jsonl"))) {
  console.log(`bench: corpus not found at ${corpus}; skipping (set NEWSCLEAN_CORPUS or --corpus).`);
  process.exit(0);
}
const pages = readFileSync(join(corpus, "manifest.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { path: string })
  .map(({ path }) => ({
    html: readFileSync(join(corpus, path, "raw.html"), "utf8"),
    text: readFileSync(join(corpus, path, "page.txt"), "utf8"),
  }));
const LINE_TEST = /^(?:read more|share|advertisement)\b/iu;

interface Case {
  readonly name: string;
  readonly input: "html" | "text";
  readonly run: (input: string) => unknown;
}
const cases: Case[] = [
  { name: "newsclean fromHtml", input: "html", run: (html) => fromHtml(html) },
  {
    name: "Readability on linkedom",
    input: "html",
    run: (html) => {
      const { document } = parseHTML(html);
      try {
        return new Readability(document as unknown as Document).parse();
      } catch {
        return null;
      }
    },
  },
  {
    name: "parse floor (parseHTML + textContent)",
    input: "html",
    run: (html) => parseHTML(html).document.body?.textContent ?? "",
  },
  { name: "newsclean fromText", input: "text", run: (text) => fromText(text) },
  {
    name: "text floor (lines + one regex each)",
    input: "text",
    run: (text) => text.split("\n").filter((line) => LINE_TEST.test(line)).length,
  },
];

interface Row {
  name: string;
  median: number;
  p99: number;
  pagesPerSecond: number;
  mbPerSecond: number;
}
const rows: Row[] = [];
for (const c of cases) {
  const inputs = pages.map((p) => (c.input === "html" ? p.html : p.text));
  const meanBytes = inputs.reduce((a, s) => a + Buffer.byteLength(s), 0) / inputs.length;
  let index = 0;
  // Each call takes the next page in turn, so the latency statistics are per page over the corpus.
  const bench = new Bench({ time: Number(values.time), warmupTime: 1000 });
  bench.add(c.name, () => {
    c.run(inputs[index++ % inputs.length] as string);
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || !("latency" in result)) throw new Error(`bench case ${c.name} did not run`);
  const pagesPerSecond = 1000 / result.latency.mean;
  rows.push({
    name: c.name,
    median: result.latency.p50 ?? 0,
    p99: result.latency.p99 ?? 0,
    pagesPerSecond,
    mbPerSecond: (meanBytes * pagesPerSecond) / 1e6,
  });
}

const fmt = (n: number, d = 2): string => n.toFixed(d);
console.log(
  `\nnewsclean bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
);
console.log(`${pages.length} corpus pages; per-page times in ms\n`);
console.log("| case | median | p99 | pages/s | MB/s |");
console.log("| --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.median)} | ${fmt(r.p99)} | ${fmt(r.pagesPerSecond, 1)} | ${fmt(r.mbPerSecond)} |`,
  );
}
const byName = (name: string): Row => rows.find((r) => r.name.startsWith(name)) as Row;
const html = byName("newsclean fromHtml");
const readability = byName("Readability");
const floor = byName("parse floor");
const text = byName("newsclean fromText");
console.log("\nratios (same run):");
console.log(
  `  fromHtml pages/s ÷ Readability pages/s      ${fmt(html.pagesPerSecond / readability.pagesPerSecond)}×  (target ≥ 2)`,
);
console.log(
  `  fromHtml median ÷ parse-floor median         ${fmt(html.median / floor.median)}×  (target ≤ 1.5)`,
);
console.log(
  `  fromText pages/s ÷ Readability pages/s      ${fmt(text.pagesPerSecond / readability.pagesPerSecond)}×  (target ≥ 50)`,
);
console.log(
  `  fromText MB/s                                ${fmt(text.mbPerSecond)}  (target ≥ 10)`,
);
console.log(`peak RSS of this process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);

if (values.scaling) {
  const paragraph =
    "The council voted on Tuesday to fund a year-round ferry service to the island, ending years of uncertainty for residents.";
  const block = [
    "Read more: Harbour wall repairs to begin",
    paragraph,
    "Share this article",
    paragraph,
  ].join("\n\n");
  console.log("\nscaling (time per MB; linear cost keeps it flat):");
  for (const size of [10_000, 100_000, 1_000_000, 10_000_000]) {
    const body = block.repeat(Math.ceil(size / block.length)).slice(0, size - 2000);
    const textInput = `Headline of the story\n\n${body}\n\n${"word ".repeat(380)}`;
    const htmlInput = `<!doctype html><html><body><h1>Headline</h1>${body
      .split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("")}<p>${"word ".repeat(380)}</p></body></html>`;
    for (const [name, input, run] of [
      ["fromText", textInput, (s: string) => fromText(s, { maxInputLength: 20_000_000 })],
      ["fromHtml", htmlInput, (s: string) => fromHtml(s, { maxInputLength: 20_000_000 })],
    ] as const) {
      const start = performance.now();
      run(input);
      const ms = performance.now() - start;
      console.log(
        `  ${name} ${String(size / 1000).padStart(6)} KB: ${fmt(ms / (Buffer.byteLength(input) / 1e6), 1)} ms/MB`,
      );
    }
  }
}
