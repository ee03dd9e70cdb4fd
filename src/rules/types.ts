import type { BoilerplateKind } from "../types.js";

/**
 * Kinds a rule can assign: every {@link BoilerplateKind} except `title` and `other`, which are
 * assigned by the page's structure, not by rules.
 *
 * @example
 * ```ts
 * import { common, type RuleKind } from "newsclean";
 * const kinds: RuleKind[] = [...new Set(common.rules.map((r) => r.kind))];
 * kinds; //=> ["share", "nav", "footer"]
 * ```
 */
export type RuleKind = Exclude<BoilerplateKind, "title" | "other">;

/**
 * One boilerplate rule: a linear-time, `u`-flagged pattern tested against a whole block, with the
 * examples it must match and the counter-examples it must not.
 *
 * Named groups feed the metadata stages: `title` and `label` (related links), `names` (bylines),
 * `credit` (captions), `date` (datelines), `minutes` / `seconds` (reading time).
 *
 * The built-in packs are exported as data, to read and review (the generated catalog in
 * `docs/rules/` lists them); the parser always uses the built-in packs.
 *
 * @example
 * ```ts
 * import { en, type Rule } from "newsclean";
 * const rule: Rule = {
 *   id: "related/en/read-more-colon",
 *   kind: "related",
 *   pattern: /^(?<label>read more)\s*:\s*(?<title>\S.*)$/iu,
 *   examples: ["Read more: Kim greets Putin with a late-night reception"],
 *   nonExamples: ["Read more carefully, he said."],
 * };
 * rule.pattern.test(rule.examples[0] ?? ""); //=> true
 * en.rules.some((r) => r.id === rule.id); //=> true
 * ```
 */
export interface Rule {
  /**
   * Stable id `<kind>/<lang>/<slug>`; never changes once released. It is what
   * {@link Removal.rule} holds when the rule removed a line.
   *
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.rules[0]?.id; //=> "related/en/read-more-colon"
   * ```
   */
  readonly id: string;
  /**
   * The kind of boilerplate the rule recognises.
   *
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.rules[0]?.kind; //=> "related"
   * ```
   */
  readonly kind: RuleKind;
  /**
   * Pattern tested against the trimmed block text. Must carry the `u` flag and no `g`/`y` flag.
   *
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.rules[0]?.pattern.test("Read more: Ferry timetable changes"); //=> true
   * en.rules[0]?.pattern.flags.includes("u"); //=> true
   * ```
   */
  readonly pattern: RegExp;
  /**
   * Block texts the pattern must match (the tests check each one).
   *
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.rules[0]?.examples[0];
   * //=> "Read more: Kim Jong Un greets Vladimir Putin with late-night red carpet reception"
   * ```
   */
  readonly examples: readonly string[];
  /**
   * Block texts the pattern must not match (the tests check each one).
   *
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.rules[0]?.nonExamples[0]; //=> "Read more carefully, he said."
   * ```
   */
  readonly nonExamples: readonly string[];
  /**
   * `line` (default): only the matching block. `section`: the block heads a section (a
   * "Related stories" or "Comments" heading) whose following non-prose blocks share its kind.
   * `tail`: the block starts the page's end matter; every later block is boilerplate of this kind.
   * `boundary`: the block (a copyright notice) marks an edge of the article, which never spans it.
   *
   * @defaultValue `"line"` (when absent)
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.rules.filter((r) => r.scope !== undefined).map((r) => `${r.id} ${r.scope}`);
   * //=> ["related/en/section-heading section", "comments/en/section-heading tail", "footer/en/copyright-notice boundary"]
   * ```
   */
  readonly scope?: "line" | "section" | "tail" | "boundary";
  /**
   * For datelines: which date the line gives, {@link Article.publishedAt} or
   * {@link Article.modifiedAt}.
   *
   * @defaultValue `"published"` (when absent)
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.rules.find((r) => r.id === "dateline/en/updated")?.dateRole; //=> "modified"
   * ```
   */
  readonly dateRole?: "published" | "modified";
}

/**
 * The rules and word lists of one language.
 *
 * @example
 * ```ts
 * import { en } from "newsclean";
 * en.lang; //=> "en"
 * en.rules.length > 0; //=> true
 * ```
 */
export interface RulePack {
  /**
   * BCP 47 primary language tag, or `*` for rules that hold in any language.
   *
   * @example
   * ```ts
   * import { common, de } from "newsclean";
   * de.lang; //=> "de"
   * common.lang; //=> "*"
   * ```
   */
  readonly lang: string;
  /**
   * The rules, in priority order: when several match a block, the first one wins.
   *
   * @example
   * ```ts
   * import { common } from "newsclean";
   * common.rules.map((r) => r.id);
   * //=> ["share/common/network-name", "nav/common/symbols-only", "nav/common/bare-url", "footer/common/email-address"]
   * ```
   */
  readonly rules: readonly Rule[];
  /**
   * Frequent function words, lower-case: used for language detection and prose scoring.
   *
   * @example
   * ```ts
   * import { en } from "newsclean";
   * en.stopWords.slice(0, 5); //=> ["the", "of", "and", "to", "a"]
   * ```
   */
  readonly stopWords: readonly string[];
  /**
   * Month names and abbreviations, lower-case, mapped to 1–12, for date lines.
   *
   * @example
   * ```ts
   * import { de, en } from "newsclean";
   * en.months.june; //=> 6
   * de.months["märz"]; //=> 3
   * ```
   */
  readonly months: Readonly<Record<string, number>>;
}
