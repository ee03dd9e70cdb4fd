/**
 * Dumps every headline candidate of each corpus page with its evidence, as JSON Lines, for
 * fitting TITLE_WEIGHTS (scripts/fit-title-weights.py). Reads ../shared/corpus in place.
 * Usage: npx tsx scripts/dump-title-candidates.ts > .eval/title-candidates.jsonl
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { titleCandidates } from "../src/classify/find-title.js";
import { normalizeText } from "../src/decode/normalize-text.js";
import { resolveOptions } from "../src/options.js";
import { analyzeBlocks } from "../src/pipeline.js";
import { splitBlocks } from "../src/segment/split-blocks.js";

const corpus = process.env.NEWSCLEAN_CORPUS ?? "../shared/corpus";
if (!existsSync(join(corpus, "manifest.jsonl"))) {
  console.error(`corpus not found at ${corpus}; nothing to dump`);
  process.exit(0);
}
const fold = (s: string): string => s.normalize("NFKC").replace(/\s+/gu, " ").trim().toLowerCase();
const options = resolveOptions({});
for (const line of readFileSync(join(corpus, "manifest.jsonl"), "utf8").trim().split("\n")) {
  const meta = JSON.parse(line) as { id: string; lang: string; split: string; path: string };
  const text = normalizeText(readFileSync(join(corpus, meta.path, "page.txt"), "utf8"), 2e6).text;
  const gold = fold(
    (JSON.parse(readFileSync(join(corpus, meta.path, "gold.json"), "utf8")) as { title: string })
      .title,
  );
  const blocks = splitBlocks(text);
  const { features, result } = analyzeBlocks(blocks, options, {
    titles: [],
    url: null,
    image: null,
    tags: [],
    language: null,
  });
  const candidates = titleCandidates(
    blocks,
    features,
    result.matches,
    result.ownMatches,
    result.articleStart,
  ).map((c) => ({
    index: c.index,
    gold: fold(blocks[c.index]?.text ?? "") === gold ? 1 : 0,
    text: (blocks[c.index]?.text ?? "").slice(0, 70),
    ...c.evidence,
  }));
  console.log(JSON.stringify({ id: meta.id, lang: meta.lang, split: meta.split, candidates }));
}
