import type { RulePack } from "../rules/types.js";

const SCRIPT_TESTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["Han", /\p{Script=Han}/gu],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ["Hangul", /\p{Script=Hangul}/gu],
  ["Cyrillic", /\p{Script=Cyrillic}/gu],
  ["Greek", /\p{Script=Greek}/gu],
  ["Arabic", /\p{Script=Arabic}/gu],
  ["Hebrew", /\p{Script=Hebrew}/gu],
  ["Latin", /\p{Script=Latin}/gu],
];
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
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
  const words = sample.toLowerCase().match(WORD) ?? [];
  let best: string | null = null;
  let bestHits = 0;
  for (const pack of packs) {
    if (pack.lang === "*" || !scriptOfPack(pack, script)) continue;
    const stop = new Set(pack.stopWords);
    let hits = 0;
    for (const word of words) if (stop.has(word)) hits++;
    if (hits > bestHits) {
      best = pack.lang;
      bestHits = hits;
    }
  }
  if (bestHits >= MIN_STOP_HITS) return best;
  return script === "Cyrillic" ? "ru" : null;
}

function dominantScript(text: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, pattern] of SCRIPT_TESTS) {
    let count = 0;
    for (const _ of text.matchAll(pattern)) count++;
    // Han characters carry a word each; letters of alphabetic scripts about a fifth of one.
    const weight = name === "Han" || name === "Kana" || name === "Hangul" ? count * 3 : count;
    if (weight > bestCount) {
      best = name;
      bestCount = weight;
    }
  }
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
