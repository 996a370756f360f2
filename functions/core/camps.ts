/**
 * Two camps in one set of respondents' own means of a dimension: the cut the split rule
 * (splits.ts) and the evidence rule (evidence.ts) both read. Its own module so scoring can ask it
 * without importing the stakeholder analysis. Every camp holds at least k people (docs/privacy.md,
 * rule 11).
 */

/** The empty stretch, in points of the 1–5 scale, that must separate two camps. */
export const MIN_SPLIT_GAP = 1;
/** How far apart, in points, the two camps' own means must be: two levels of the scale. */
export const MIN_SPLIT_DISTANCE = 2;
/** The share of a group's variation two camps must explain (η² of the cut). */
export const MIN_SPLIT_EXPLAINED = 0.8;
/** Rounding slack: means are rounded to two decimals, so 3.33 − 2.33 must count as a whole point. */
const EPSILON = 1e-9;

/** The best cut of a group into two camps; internal only (its sizes and means are never published). */
export interface Camps {
  /** People below the cut, and above it. */
  lower: number;
  upper: number;
  /** The empty stretch between the camps, and the distance between their means, in points. */
  gap: number;
  distance: number;
  /** Share of the group's sum of squares between the two camps' means (η²). */
  explained: number;
}

/**
 * The cut of one group's own means into two camps that meets the four conditions above, the one
 * explaining most; null when none does. A function of the multiset of means only: who answered
 * what, and in which order, plays no part.
 */
export const twoCamps = (means: readonly number[], k: number): Camps | null => {
  const n = means.length;
  if (n < 2 * k) return null;
  // A typed array sorts numbers by value without a comparator: a thousand views sort several times faster.
  const xs = Float64Array.from(means).sort();
  let sum = 0;
  for (const x of xs) sum += x;
  const all = sum / n;
  const total = xs.reduce((s, x) => s + (x - all) ** 2, 0);
  if (total <= EPSILON) return null;
  let best: Camps | null = null;
  let below = 0;
  for (let i = 0; i < k - 1; i++) below += xs[i] as number;
  for (let i = k; i <= n - k; i++) {
    below += xs[i - 1] as number;
    const gap = (xs[i] as number) - (xs[i - 1] as number);
    if (gap < MIN_SPLIT_GAP - EPSILON) continue;
    const low = below / i;
    const high = (all * n - below) / (n - i);
    if (high - low < MIN_SPLIT_DISTANCE - EPSILON) continue;
    const explained = (i * (low - all) ** 2 + (n - i) * (high - all) ** 2) / total;
    if (explained < MIN_SPLIT_EXPLAINED - EPSILON) continue;
    if (!best || explained > best.explained)
      best = { lower: i, upper: n - i, gap, distance: high - low, explained };
  }
  return best;
};
