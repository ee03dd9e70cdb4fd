import type { Rule } from "./types.js";

/**
 * Ids of decisions made by structure rather than by a pattern. They appear in
 * {@link Removal.rule} like pattern rule ids, with `structure` in the language slot.
 *
 * @internal
 */
export const STRUCTURE_IDS = {
  title: "title/structure/headline",
  nav: "nav/structure/outside-article",
  other: "other/structure/outside-article",
  emptyBody: "other/structure/no-article",
} as const;

/**
 * A line that is only a date (with an optional weekday, time and zone). The pattern is a cheap
 * pre-check; the date parser must also find a date in it.
 *
 * @internal
 */
export const DATE_ONLY_RULE: Rule = {
  id: "dateline/structure/date-only",
  kind: "dateline",
  pattern: /^[\p{L}\p{N} ,.:/()+\-–|]{6,60}$/u,
  examples: [
    "Wednesday, 19 June 2024, 10:12 IST",
    "2011-12-11 00:00:00.0",
    "June 19, 2024",
    "Fri Dec 28, 7:05 AM ET",
  ],
  nonExamples: ["The vote is on June 19, 2024, the council said."],
};
