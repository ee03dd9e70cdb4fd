import { LiteralIndex } from "../util/literal-index.js";
import { foldCase, requiredLiterals } from "./required-literals.js";
import type { Rule, RuleKind, RulePack } from "./types.js";

/**
 * A rule pack compiled for matching.
 *
 * @internal
 */
export interface CompiledRules {
  /** Rules in priority order: language packs first, then the language-independent pack. */
  readonly rules: readonly Rule[];
  /** Union of the stop words of the active packs. */
  readonly stopWords: ReadonlySet<string>;
  /** Union of the month tables of all packs. */
  readonly months: ReadonlyMap<string, number>;
  /**
   * The rules that may match a block: those whose required strings occur in it, plus those
   * without any. Every other rule is certain not to match, so it is not run.
   */
  readonly candidates: (text: string) => readonly Rule[];
}

const cache = new WeakMap<readonly RulePack[], CompiledRules>();

/**
 * Checks and merges rule packs. Memoized per packs array.
 *
 * @throws TypeError on an empty pack, a duplicate id, an id that disagrees with its kind or
 *   language, or a pattern without the `u` flag or with a stateful `g`/`y` flag.
 * @internal
 */
export function compileRules(packs: readonly RulePack[]): CompiledRules {
  const hit = cache.get(packs);
  if (hit) return hit;
  const ids = new Set<string>();
  const rules: Rule[] = [];
  const stopWords = new Set<string>();
  const months = new Map<string, number>();
  for (const pack of packs) {
    if (pack.rules.length === 0)
      throw new TypeError(`newsclean: rule pack "${pack.lang}" is empty`);
    for (const rule of pack.rules) {
      checkRule(rule, pack.lang);
      if (ids.has(rule.id)) throw new TypeError(`newsclean: duplicate rule id "${rule.id}"`);
      ids.add(rule.id);
      rules.push(rule);
    }
    for (const word of pack.stopWords) stopWords.add(word);
    for (const [name, month] of Object.entries(pack.months)) months.set(name, month);
  }
  const compiled = { rules, stopWords, months, candidates: screenOf(rules) };
  cache.set(packs, compiled);
  return compiled;
}

const KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>([
  "masthead",
  "readingTime",
  "byline",
  "dateline",
  "caption",
  "related",
  "promo",
  "share",
  "newsletter",
  "app",
  "nav",
  "cookie",
  "comments",
  "footer",
  "republish",
  "advertisement",
]);

function checkRule(rule: Rule, lang: string): void {
  const [kind, ruleLang, slug] = rule.id.split("/");
  const langId = lang === "*" ? "common" : lang;
  if (kind !== rule.kind || ruleLang !== langId || !slug || !KINDS.has(rule.kind)) {
    throw new TypeError(
      `newsclean: rule id "${rule.id}" must read "${rule.kind}/${langId}/<slug>" with a known kind`,
    );
  }
  if (!rule.pattern.unicode) throw new TypeError(`newsclean: rule "${rule.id}" needs the u flag`);
  if (rule.pattern.global || rule.pattern.sticky) {
    throw new TypeError(`newsclean: rule "${rule.id}" must not use the g or y flag`);
  }
}

/** Builds the literal screen: one automaton over the required strings of every rule. */
function screenOf(rules: readonly Rule[]): (text: string) => readonly Rule[] {
  const literals: string[] = [];
  const owner: number[] = [];
  const always: boolean[] = rules.map((rule, index) => {
    const required = requiredLiterals(rule.pattern);
    if (required === null) return true;
    for (const literal of required) {
      literals.push(literal);
      owner.push(index);
    }
    return false;
  });
  const index = new LiteralIndex(literals, foldCase);
  const alwaysIndices = always.flatMap((yes, i) => (yes ? [i] : []));
  const alwaysRules = alwaysIndices.map((i) => rules[i] as Rule);
  // Per call: the rules whose literals were found, each once (the scan may report it repeatedly).
  const seen = new Uint8Array(rules.length);
  let hits: number[] = [];
  const hit = (id: number): void => {
    const rule = owner[id] as number;
    if (seen[rule] === 0) {
      seen[rule] = 1;
      hits.push(rule);
    }
  };
  return (text) => {
    hits = [];
    index.scan(text, hit);
    if (hits.length === 0) return alwaysRules;
    for (const rule of hits) seen[rule] = 0;
    hits.push(...alwaysIndices);
    hits.sort((a, b) => a - b);
    return hits.map((i) => rules[i] as Rule);
  };
}
