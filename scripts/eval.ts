/**
 * Accuracy evaluation on the development corpus (../shared/corpus, research use only: read in
 * place, never copied). Usage: npm run eval -- --mode text|html [--split tune|check] [--worst N]
 *
 * Writes predictions to .eval/pred-<mode>.jsonl, runs the corpus scorer on them and prints its
 * table, then the title exact-match rate (after whitespace and case folding).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { fromHtml, fromText } from "../src/index.js";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "text" },
    split: { type: "string" },
    worst: { type: "string", default: "10" },
    corpus: { type: "string", default: process.env.NEWSCLEAN_CORPUS ?? "../shared/corpus" },
    compare: { type: "boolean", default: false },
  },
});
const corpus = resolve(values.corpus as string);
if (!existsSync(join(corpus, "manifest.jsonl"))) {
  console.log(`eval: corpus not found at ${corpus}; skipping (set NEWSCLEAN_CORPUS or --corpus).`);
  process.exit(0);
}
const mode = values.mode === "html" ? "html" : "text";
interface Meta {
  id: string;
  lang: string;
  split: string;
  path: string;
}
const docs: Meta[] = readFileSync(join(corpus, "manifest.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Meta)
  .filter((d) => !values.split || d.split === values.split);

const readabilityCache = new Map<string, { text: string; title: string | null }>();
/** Mozilla Readability on a linkedom document, as its README shows for Node. */
function readability(dir: string): { text: string; title: string | null } {
  const hit = readabilityCache.get(dir);
  if (hit) return hit;
  const { document } = parseHTML(readFileSync(join(dir, "raw.html"), "utf8"));
  let result = { text: "", title: null as string | null };
  try {
    const parsed = new Readability(document as unknown as Document).parse();
    result = { text: parsed?.textContent ?? "", title: parsed?.title ?? null };
  } catch {
    // Readability throws on some documents; count them as empty.
  }
  readabilityCache.set(dir, result);
  return result;
}
const fold = (s: string | null): string =>
  (s ?? "").normalize("NFKC").replace(/\s+/gu, " ").trim().toLowerCase();
const lines: string[] = [];
const titleHits: Record<string, [number, number]> = {};
const started = performance.now();
for (const doc of docs) {
  const dir = join(corpus, doc.path);
  const article =
    mode === "html"
      ? fromHtml(readFileSync(join(dir, "raw.html"), "utf8"))
      : fromText(readFileSync(join(dir, "page.txt"), "utf8"));
  lines.push(JSON.stringify({ id: doc.id, text: article.text, title: article.title ?? "" }));
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as { title: string };
  const hit = fold(gold.title) === fold(article.title) ? 1 : 0;
  for (const key of ["all", doc.lang]) {
    const entry = titleHits[key] ?? [0, 0];
    entry[0] += hit;
    entry[1] += 1;
    titleHits[key] = entry;
  }
}
const elapsed = performance.now() - started;
mkdirSync(".eval", { recursive: true });
const predFile = `.eval/pred-${mode}${values.split ? `-${values.split}` : ""}.jsonl`;
writeFileSync(predFile, `${lines.join("\n")}\n`);
const args = [join(corpus, "tools/score.mjs"), predFile, "--worst", String(values.worst)];
if (values.split) args.push("--split", String(values.split));
const scored = spawnSync(process.execPath, args, { encoding: "utf8" });
process.stdout.write(scored.stdout);
process.stderr.write(scored.stderr);
console.log(`\nmode ${mode}: ${docs.length} documents in ${(elapsed / 1000).toFixed(1)} s`);
console.log("title exact match (whitespace and case folded):");
for (const [key, [hit, total]] of Object.entries(titleHits)) {
  console.log(`  ${key.padEnd(4)} ${((100 * hit) / total).toFixed(1)}% (${hit}/${total})`);
}

if (values.compare || mode === "html") {
  // Comparison rows, scored by the same scorer on the same documents in the same run.
  // The corpus's own "longlines" baseline (its tokenizer counts each Han character as a token).
  const longLines = new Map<string, string>();
  const baseline = spawnSync(process.execPath, [join(corpus, "tools/baselines.mjs"), "longlines"], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  }).stdout;
  for (const line of baseline.split("\n").filter(Boolean)) {
    const row = JSON.parse(line) as { id: string; text?: string; paragraphs?: string[] };
    const doc = docs.find((d) => d.id === row.id);
    if (doc) longLines.set(join(corpus, doc.path), row.text ?? (row.paragraphs ?? []).join("\n"));
  }
  const rows: Record<string, (dir: string) => string> = {
    "whole page text (text)": (dir) => readFileSync(join(dir, "page.txt"), "utf8"),
    "lines of >= 20 tokens (text)": (dir) => longLines.get(dir) ?? "",
    "Mozilla Readability on linkedom (html)": (dir) => readability(dir).text,
  };
  // Readability's title exact-match rate, folded the same way as ours.
  let readabilityTitles = 0;
  for (const doc of docs) {
    const dir = join(corpus, doc.path);
    const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as { title: string };
    if (fold(gold.title) === fold(readability(dir).title)) readabilityTitles++;
  }
  console.log(
    `\nReadability title exact match: ${((100 * readabilityTitles) / docs.length).toFixed(1)}% (${readabilityTitles}/${docs.length})`,
  );
  console.log("\ncomparison rows (same documents, same scorer):");
  for (const [name, predict] of Object.entries(rows)) {
    const out = docs.map((doc) =>
      JSON.stringify({ id: doc.id, text: predict(join(corpus, doc.path)) }),
    );
    const file = `.eval/compare-${name.replace(/[^a-z0-9]+/giu, "-")}.jsonl`;
    writeFileSync(file, `${out.join("\n")}\n`);
    const args = [join(corpus, "tools/score.mjs"), file];
    if (values.split) args.push("--split", String(values.split));
    const result = spawnSync(process.execPath, args, { encoding: "utf8" }).stdout;
    const f1 = (label: string): string => {
      const line = result.split("\n").find((l) => l.trim().startsWith(label));
      return line?.match(/ F1=([\d.]+)/u)?.[1] ?? "-";
    };
    const langs = ["en", "zh", "ru", "el", "pl"].map((l) => `${l} ${f1(l)}`).join("  ");
    console.log(`  ${name.padEnd(40)} F1 ${f1("overall")}   ${langs}`);
  }
}
