/**
 * Small shared definitions that keep the output deterministic: one string order, one key for
 * an unordered pair, one rounding of scores.
 */

/** Code-unit order, the same on every machine and locale (unlike localeCompare). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One key for the pair {a, b}, whichever comes first; `splitPairKey` undoes it. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function splitPairKey(key: string): [string, string] {
  return key.split("\u0000") as [string, string];
}

/**
 * For a sort, the higher number first: the sign of `b - a`. A small integer, not the difference:
 * a fraction a comparator returns is boxed in a new heap number at every comparison.
 */
export function descending(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/** Scores to 3 decimals: enough to rank, and review.json stays the same from run to run. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
