import type { RuleMatch } from "../match-rules.js";
import type { Region } from "./find-main-region.js";

/** Markers (bylines, date lines) needed to call a run of posts a comment thread. */
const MIN_MARKERS = 3;
/** Most blocks between two consecutive post markers. */
const MAX_GAP = 8;
/** Prose blocks the article must have before its comments can start. */
const MIN_BODY_BEFORE = 2;

/**
 * Finds where a comment thread without a heading starts: from a point after the article has
 * begun, at least three "author / date" lines ("BY JANE AT 01/08/08 05:30 PM") each followed by
 * some text, spaced at most eight blocks apart. Article headers (a byline directly above a date
 * line) don't count, because each marker must be followed by a non-marker block.
 *
 * @returns the index of the first marker of the thread, or `null`.
 * @internal
 */
export function findCommentRun(
  matches: readonly (RuleMatch | null)[],
  scores: readonly number[],
  region: Region,
): number | null {
  const markers: number[] = [];
  let prose = 0;
  for (let i = region.first; i < matches.length; i++) {
    const kind = matches[i]?.rule.kind;
    const isMarker = (kind === "byline" || kind === "dateline") && !isMarkerAt(matches, i + 1);
    if (!isMarker) {
      if (markers.length === 0 && (scores[i] ?? 0) > 0) prose++;
      continue;
    }
    if (prose < MIN_BODY_BEFORE) continue;
    const last = markers.at(-1);
    if (last !== undefined && i - last > MAX_GAP) markers.length = 0;
    markers.push(i);
    if (markers.length >= MIN_MARKERS) return markers[0] ?? null;
  }
  return null;
}

function isMarkerAt(matches: readonly (RuleMatch | null)[], i: number): boolean {
  const kind = matches[i]?.rule.kind;
  return kind === "byline" || kind === "dateline";
}
