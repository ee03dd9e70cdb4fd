import type { RulePack } from "../rules/types.js";
import { WordTable } from "../util/word-table.js";
import { classOf, LETTER, MARK } from "./char-class.js";

const SCRIPT_TESTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["Han", /^\p{Script=Han}$/u],
  ["Kana", /^[\p{Script=Hiragana}\p{Script=Katakana}]$/u],
  ["Hangul", /^\p{Script=Hangul}$/u],
  ["Cyrillic", /^\p{Script=Cyrillic}$/u],
  ["Greek", /^\p{Script=Greek}$/u],
  ["Arabic", /^\p{Script=Arabic}$/u],
  ["Hebrew", /^\p{Script=Hebrew}$/u],
  ["Latin", /^\p{Script=Latin}$/u],
];
const SAMPLE_LENGTH = 20_000;
const MIN_STOP_HITS = 3;

/**
 * Detects the language of a text from its script and, for scripts shared by several languages,
 * from the share of each pack's stop words. Small, deterministic and dependency-free: news text is
 * long enough that script plus function words decide reliably, and the packs already carry the
 * stop-word lists the classifier needs.
 *
 * @returns a BCP 47 primary tag, or `null` when the text is too short or unknown.
 * @internal
 */
export function detectLanguage(text: string, packs: readonly RulePack[]): string | null {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const script = dominantScript(sample);
  if (script === null) return null;
  if (script === "Han") return "zh";
  if (script === "Kana") return "ja";
  if (script === "Hangul") return "ko";
  if (script === "Greek") return "el";
  if (script === "Arabic") return "ar";
  if (script === "Hebrew") return "he";
  const hits = countStopWords(sample.toLowerCase(), packs);
  let best: string | null = null;
  let bestHits = 0;
  packs.forEach((pack, k) => {
    if (pack.lang === "*" || !scriptOfPack(pack, script)) return;
    const count = hits[k] as number;
    if (count > bestHits) {
      best = pack.lang;
      bestHits = count;
    }
  });
  if (bestHits >= MIN_STOP_HITS) return best;
  return script === "Cyrillic" ? "ru" : null;
}

/** Script index of each code unit, filled lazily (0 unknown, 255 none of the scripts). */
const scriptTable = new Uint8Array(65536);
const NO_SCRIPT = 255;

function scriptIndex(codePoint: number): number {
  if (codePoint < 65536) {
    const known = scriptTable[codePoint] as number;
    if (known !== 0) return known;
  }
  const ch = String.fromCodePoint(codePoint);
  const found = SCRIPT_TESTS.findIndex(([, pattern]) => pattern.test(ch));
  const index = found < 0 ? NO_SCRIPT : found + 1;
  if (codePoint < 65536) scriptTable[codePoint] = index;
  return index;
}

interface StopIndex {
  readonly table: WordTable;
  /** For each word of the table, the indexes of the packs that list it. */
  readonly owners: ReadonlyArray<readonly number[]>;
}

const stopIndexes = new WeakMap<readonly RulePack[], StopIndex>();

/** Every stop word of any pack, with the indexes of the packs that list it. */
function stopIndex(packs: readonly RulePack[]): StopIndex {
  let index = stopIndexes.get(packs);
  if (index === undefined) {
    const table = new WordTable(packs.flatMap((pack) => pack.stopWords));
    const lists = packs.map((pack) => new Set(pack.stopWords));
    const owners = table.words.map((word) =>
      lists.flatMap((list, k) => (list.has(word) ? [k] : [])),
    );
    index = { table, owners };
    stopIndexes.set(packs, index);
  }
  return index;
}

/**
 * Stop-word hits per pack over the words of a lower-cased text: runs of letters and marks joined
 * by inner apostrophes (`[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`), each looked up once.
 */
function countStopWords(lower: string, packs: readonly RulePack[]): number[] {
  const { table, owners } = stopIndex(packs);
  const hits = new Array<number>(packs.length).fill(0);
  const n = lower.length;
  let start = -1;
  for (let i = 0; i <= n; ) {
    const cp = i < n ? (lower.codePointAt(i) as number) : 0;
    if (i < n && classOf(cp) & (LETTER | MARK)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const joined =
        (cp === 0x27 || cp === 0x2019) &&
        i + 1 < n &&
        (classOf(lower.codePointAt(i + 1) as number) & (LETTER | MARK)) !== 0;
      if (!joined) {
        const id = table.find(lower, start, i);
        if (id >= 0) for (const k of owners[id] as number[]) hits[k] = (hits[k] as number) + 1;
        start = -1;
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return hits;
}

function dominantScript(text: string): string | null {
  const counts = new Array<number>(SCRIPT_TESTS.length + 1).fill(0);
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i) as number;
      if (cp > 0xffff) i++;
    }
    const index = scriptIndex(cp);
    if (index !== NO_SCRIPT) counts[index] = (counts[index] as number) + 1;
  }
  let best: string | null = null;
  let bestCount = 0;
  SCRIPT_TESTS.forEach(([name], k) => {
    const count = counts[k + 1] as number;
    // Han characters carry a word each; letters of alphabetic scripts about a fifth of one.
    const weight = name === "Han" || name === "Kana" || name === "Hangul" ? count * 3 : count;
    if (weight > bestCount) {
      best = name;
      bestCount = weight;
    }
  });
  return best;
}

const PACK_SCRIPT: Readonly<Record<string, string>> = {
  ru: "Cyrillic",
  uk: "Cyrillic",
  bg: "Cyrillic",
  sr: "Cyrillic",
  el: "Greek",
  zh: "Han",
};

function scriptOfPack(pack: RulePack, script: string): boolean {
  return (PACK_SCRIPT[pack.lang] ?? "Latin") === script;
}
