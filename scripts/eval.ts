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
import { fromHtml, fromText } from "../src/index.js";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "text" },
    split: { type: "string" },
    worst: { type: "string", default: "10" },
    corpus: { type: "string", default: process.env.NEWSCLEAN_CORPUS ?? "../shared/corpus" },
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
