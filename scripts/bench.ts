/**
 * Speed benchmark: one process, the same corpus pages for every case, warm-up first, then per-page
 * median and p95 (tinybench's latency statistics), pages/s, MB/s and the peak RSS seen during each
 * case (sampled after every call, after a forced GC when `--expose-gc` is on), with ratios against
 * the comparators measured in the same run. Usage: npm run bench [-- --passes 2] [-- --rounds 3]
 * [-- --no-scaling]
 *
 * Rounds: every case runs once per round, the order rotating from round to round, so that a slow
 * spell of a shared machine does not land on one case only. Each figure is the median over the
 * rounds; each ratio is computed within a round (cases measured minutes apart, not tens of
 * minutes), then its median and range over the rounds are printed.
 *
 * Cases: newsclean fromHtml; Mozilla Readability on linkedom (dev-only comparator); the parse floor
 * (linkedom parseHTML + body.textContent); newsclean fromText; a text floor (split into lines and one
 * regex test per line). Then 10 KB … 10 MB synthetic inputs (text and HTML) and the time per MB
 * of each, with the 10 MB ÷ 100 KB ratio (skipped with --no-scaling). The corpus is read in place (research use only) and the bench skips with a
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
import { hostileInputs } from "./lib/hostile-inputs.js";

const { values } = parseArgs({
  options: {
    passes: { type: "string", default: "2" },
    rounds: { type: "string", default: "3" },
    "no-scaling": { type: "boolean", default: false },
    "no-hostile": { type: "boolean", default: false },
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
  p95: number;
  peakRss: number;
  pagesPerSecond: number;
  mbPerSecond: number;
}
/** Measures one case over the corpus: one warm-up pass, then `--passes` passes. */
async function measure(c: Case): Promise<Row> {
  const inputs = pages.map((p) => (c.input === "html" ? p.html : p.text));
  const meanBytes = inputs.reduce((a, s) => a + Buffer.byteLength(s), 0) / inputs.length;
  let index = 0;
  let peakRss = 0;
  (globalThis as { gc?: () => void }).gc?.();
  // Each call takes the next page in turn; one warm-up pass, then whole passes over the corpus, so
  // that every case is measured on exactly the same pages, each the same number of times.
  const bench = new Bench({
    warmupIterations: inputs.length,
    warmupTime: 0,
    iterations: inputs.length * Number(values.passes),
    time: 0,
    retainSamples: true,
  });
  bench.add(c.name, () => {
    c.run(inputs[index++ % inputs.length] as string);
    if ((index & 15) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || !("latency" in result)) throw new Error(`bench case ${c.name} did not run`);
  const pagesPerSecond = 1000 / result.latency.mean;
  return {
    name: c.name,
    median: result.latency.p50 ?? 0,
    p95: percentile(result.latency.samples ?? [], 0.95),
    peakRss,
    pagesPerSecond,
    mbPerSecond: (meanBytes * pagesPerSecond) / 1e6,
  };
}

const rounds = Math.max(1, Number(values.rounds));
/** `byRound[r][k]`: case k (in the `cases` order) measured in round r. */
const byRound: Row[][] = [];
for (let r = 0; r < rounds; r++) {
  const measured: Row[] = new Array(cases.length);
  for (let step = 0; step < cases.length; step++) {
    const k = (step + r) % cases.length;
    measured[k] = await measure(cases[k] as Case);
  }
  byRound.push(measured);
}
/** The median over the rounds (nearest rank, as every other median here). */
const median = (values: readonly number[]): number => percentile(values, 0.5);
const rows: Row[] = cases.map((c, k) => {
  const of = (field: keyof Omit<Row, "name">) => byRound.map((round) => (round[k] as Row)[field]);
  return {
    name: c.name,
    median: median(of("median")),
    p95: median(of("p95")),
    peakRss: Math.max(...of("peakRss")),
    pagesPerSecond: median(of("pagesPerSecond")),
    mbPerSecond: median(of("mbPerSecond")),
  };
});

const fmt = (n: number, d = 2): string => n.toFixed(d);
console.log(
  `\nnewsclean bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
);
console.log(
  `${pages.length} corpus pages; per-page times in ms; ${rounds} round(s), each figure the median over them\n`,
);
console.log("| case | median ms | p95 ms | pages/s | MB/s | peak RSS MB |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.pagesPerSecond, 1)} | ${fmt(r.mbPerSecond)} | ${fmt(r.peakRss / 1e6, 0)} |`,
  );
}
/** The row of the case whose name starts with `name`, in one round (or in the summary `rows`). */
const pick = (round: readonly Row[], name: string): Row =>
  round[cases.findIndex((c) => c.name.startsWith(name))] as Row;
const byName = (name: string): Row => pick(rows, name);
const ratioLine = (label: string, target: string, of: (round: readonly Row[]) => number): void => {
  const values = byRound.map(of);
  const range =
    values.length > 1 ? `  [${fmt(Math.min(...values))}–${fmt(Math.max(...values))}]` : "";
  console.log(
    `  ${label.padEnd(44)} ${fmt(median(values)).padStart(6)}${range}  (target ${target})`,
  );
};
console.log(`\nratios (within each round; median${rounds > 1 ? " [range]" : ""} over the rounds):`);
ratioLine(
  "fromHtml pages/s ÷ Readability pages/s (×)",
  "≥ 2",
  (r) => pick(r, "newsclean fromHtml").pagesPerSecond / pick(r, "Readability").pagesPerSecond,
);
ratioLine(
  "fromHtml median ÷ parse-floor median (×)",
  "≤ 1.5",
  (r) => pick(r, "newsclean fromHtml").median / pick(r, "parse floor").median,
);
ratioLine(
  "fromText pages/s ÷ Readability pages/s (×)",
  "≥ 50",
  (r) => pick(r, "newsclean fromText").pagesPerSecond / pick(r, "Readability").pagesPerSecond,
);
ratioLine("fromText MB/s", "≥ 10", (r) => pick(r, "newsclean fromText").mbPerSecond);
console.log(`peak RSS of this process: ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);

if (!values["no-scaling"]) {
  const paragraph =
    "The council voted on Tuesday to fund a year-round ferry service to the island, ending years of uncertainty for residents.";
  const block = [
    "Read more: Harbour wall repairs to begin",
    paragraph,
    "Share this article",
    paragraph,
  ].join("\n\n");
  console.log("\nscaling (time per MB; linear cost keeps it flat):");
  const perMb: Record<string, Record<number, number>> = { fromText: {}, fromHtml: {} };
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
      // The median of a few runs (one for 10 MB), after one warm-up call.
      run(input);
      const times: number[] = [];
      for (let r = 0; r < (size >= 10_000_000 ? 1 : 5); r++) {
        const start = performance.now();
        run(input);
        times.push(performance.now() - start);
      }
      const ms = percentile(times, 0.5);
      (perMb[name] as Record<number, number>)[size] = ms / (Buffer.byteLength(input) / 1e6);
      console.log(
        `  ${name} ${String(size / 1000).padStart(6)} KB: ${fmt(ms / (Buffer.byteLength(input) / 1e6), 1)} ms/MB`,
      );
    }
  }
  for (const name of ["fromText", "fromHtml"]) {
    const table = perMb[name] as Record<number, number>;
    console.log(
      `  ${name}: time per MB at 10 MB ÷ at 100 KB = ${fmt((table[10_000_000] ?? 0) / (table[100_000] ?? 1))}×  (target ≤ 2)`,
    );
  }
}

/** The `q` quantile of some samples (nearest rank). */
function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

if (!values["no-hostile"]) {
  // A normal page's cost per MB, from the corpus rows above (mean time per page ÷ mean page size).
  const normal = {
    text: 1e3 / (byName("newsclean fromText").mbPerSecond || 1),
    html: 1e3 / (byName("newsclean fromHtml").mbPerSecond || 1),
  };
  console.log(
    "\nhostile inputs (median of 3 runs; ms per MB of the input processed, cut at maxInputLength):",
  );
  console.log("| case | mode | MB | ms | ms/MB | ÷ normal page |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const { name, mode, input } of hostileInputs()) {
    const run = mode === "text" ? fromText : fromHtml;
    run(input);
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const start = performance.now();
      run(input);
      times.push(performance.now() - start);
    }
    const ms = percentile(times, 0.5);
    const mb = Buffer.byteLength(input.slice(0, 2_000_000)) / 1e6;
    const perMb = mb > 0 ? ms / mb : 0;
    const ratio = mb > 0 ? fmt(perMb / normal[mode]) : "–";
    console.log(
      `| ${name} | ${mode} | ${fmt(mb)} | ${fmt(ms)} | ${mb > 0 ? fmt(perMb, 0) : "–"} | ${ratio}× |`,
    );
  }
  console.log("(target: each within 3× of a normal page's ms/MB)");
}
