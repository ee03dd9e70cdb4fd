import type { BoilerplateKind } from "../types.js";

/**
 * Kinds a rule can assign. `title` and `other` are assigned by structure, not by rules.
 */
export type RuleKind = Exclude<BoilerplateKind, "title" | "other">;

/**
 * One boilerplate rule: a linear-time, `u`-flagged pattern tested against a whole block, with the
 * examples it must match and the counter-examples it must not.
 *
 * Named groups feed the metadata stages: `title` and `label` (related links), `names` (bylines),
 * `credit` (captions), `date` (datelines), `minutes` / `seconds` (reading time).
 *
 * @example
 * ```ts
 * const rule: Rule = {
 *   id: "related/en/read-more-colon",
 *   kind: "related",
 *   pattern: /^(?<label>read more)\s*:\s*(?<title>\S.*)$/iu,
 *   examples: ["Read more: Kim greets Putin with a late-night reception"],
 *   nonExamples: ["Read more carefully, he said."],
 * };
 * ```
 */
export interface Rule {
  /** Stable id `<kind>/<lang>/<slug>`; never changes once released. */
  readonly id: string;
  /** The kind of boilerplate the rule recognises. */
  readonly kind: RuleKind;
  /** Pattern tested against the trimmed block text. Must carry the `u` flag and no `g`/`y` flag. */
  readonly pattern: RegExp;
  /** Block texts the pattern must match. */
  readonly examples: readonly string[];
  /** Block texts the pattern must not match. */
  readonly nonExamples: readonly string[];
  /**
   * `line` (default): only the matching block. `section`: the block heads a section (a
   * "Related stories" or "Comments" heading) whose following non-prose blocks share its kind.
   * `tail`: the block starts the page's end matter; every later block is boilerplate of this kind.
   * `boundary`: the block (a copyright notice) marks an edge of the article, which never spans it.
   */
  readonly scope?: "line" | "section" | "tail" | "boundary";
  /** For datelines: which date the line gives (default `published`). */
  readonly dateRole?: "published" | "modified";
}

/**
 * The rules and word lists of one language.
 *
 * @example
 * ```ts
 * import { en } from "newsclean";
 * en.lang; //=> "en"
 * ```
 */
export interface RulePack {
  /** BCP 47 primary language tag, or `*` for rules that hold in any language. */
  readonly lang: string;
  /** The rules, in priority order. */
  readonly rules: readonly Rule[];
  /** Frequent function words, lower-case: used for language detection and prose scoring. */
  readonly stopWords: readonly string[];
  /** Month names and abbreviations, lower-case, mapped to 1–12, for date lines. */
  readonly months: Readonly<Record<string, number>>;
}
