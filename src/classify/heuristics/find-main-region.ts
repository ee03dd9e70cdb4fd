/**
 * A span of blocks, both ends inclusive.
 *
 * @internal
 */
export interface Region {
  readonly first: number;
  readonly last: number;
}

/**
 * Finds the contiguous run of blocks with the largest total score (Kadane's algorithm, linear).
 * Ties keep the earliest run. Returns `null` when no run has a positive total.
 *
 * @internal
 */
export function findMainRegion(scores: readonly number[]): Region | null {
  let best: Region | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i] ?? 0;
    if (sum > bestSum) {
      bestSum = sum;
      best = { first: start, last: i };
    }
  }
  return best;
}
