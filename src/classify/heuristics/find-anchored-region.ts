import type { Region } from "./find-main-region.js";

/** The story starts within this many blocks under its headline. */
const ANCHOR_REACH = 6;

/**
 * The best run of blocks that starts just under a known headline block: for each start within
 * six blocks below it, the longest-paying run from there (a forward maximum prefix sum).
 *
 * @returns the run and its total, or `null` when no run below the headline pays.
 * @internal
 */
export function findAnchoredRegion(
  scores: readonly number[],
  headline: number,
  limit: number = scores.length,
): { region: Region; total: number } | null {
  let best: { region: Region; total: number } | null = null;
  for (let start = headline + 1; start <= headline + ANCHOR_REACH && start < limit; start++) {
    if ((scores[start] ?? 0) <= 0) continue;
    let sum = 0;
    for (let i = start; i < limit; i++) {
      sum += scores[i] ?? 0;
      if (sum > (best?.total ?? 0)) best = { region: { first: start, last: i }, total: sum };
    }
  }
  return best;
}
