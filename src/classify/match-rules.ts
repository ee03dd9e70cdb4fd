import type { Block } from "../model.js";
import type { Rule } from "../rules/types.js";

/**
 * A rule that matched a block, with its named groups.
 *
 * @internal
 */
export interface RuleMatch {
  readonly rule: Rule;
  readonly groups: Readonly<Record<string, string>>;
  /** Offset in the block text where the match starts. */
  readonly at: number;
}

/** Paragraphs longer than this are never single-line boilerplate; rules skip them. */
const MAX_RULE_WORDS = 100;

/**
 * Tests each block against the rules in priority order and keeps the first match that the
 * `accept` check allows (it validates captured values such as dates). Only the rules that the literal screen
 * leaves for the block are run.
 *
 * @internal
 */
export function matchRules(
  blocks: readonly Block[],
  words: readonly number[],
  candidates: (text: string) => readonly Rule[],
  accept: (match: RuleMatch) => boolean,
): (RuleMatch | null)[] {
  return blocks.map((block, i) => {
    if ((words[i] ?? 0) > MAX_RULE_WORDS) return null;
    for (const rule of candidates(block.text)) {
      const found = rule.pattern.exec(block.text);
      if (found === null) continue;
      const groups: Record<string, string> = {};
      for (const [name, value] of Object.entries(found.groups ?? {})) {
        if (value !== undefined) groups[name] = value;
      }
      const match: RuleMatch = { rule, groups, at: found.index };
      if (accept(match)) return match;
    }
    return null;
  });
}
