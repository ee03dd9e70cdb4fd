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
  duplicate: "other/structure/duplicate",
  figcaption: "caption/html/figcaption",
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
    "2024-06-19 00:00:00.0",
    "June 19, 2024",
    "Fri Jun 21, 7:05 AM ET",
    "11 days ago",
  ],
  nonExamples: ["The vote is on June 19, 2024, the council said."],
};

/**
 * A comment thread without a heading, recognised by repeated author/date lines. Its pattern is
 * the marker shape the thread detector looks for.
 *
 * @internal
 */
export const COMMENT_THREAD_RULE: Rule = {
  id: "comments/structure/repeated-bylines",
  kind: "comments",
  scope: "tail",
  pattern: /^(?:by |posted by )?[\p{L}\p{N}_.-]{2,40} (?:at|on|said|wrote|says)\b[^!?]{0,60}$/iu,
  examples: ["BY HARBOURFAN AT 01/08/08 05:30 PM", "posted by jane_d on Jan 9"],
  nonExamples: ["The minister said the plan would cost more than expected."],
};

/**
 * A teaser list found by structure in HTML: linked headlines, each followed by a summary. Its
 * pattern never runs on text (the list is found from link density); it names the shape only.
 *
 * @internal
 */
export const TEASER_LIST_RULE: Rule = {
  id: "related/structure/teaser-list",
  kind: "related",
  pattern: /^\S.{0,400}$/u,
  examples: ["Harbour tunnel closed after flooding"],
  nonExamples: [""],
};
