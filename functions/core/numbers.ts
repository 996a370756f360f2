/** Small numeric helpers shared by the scoring rules. Rounding is part of the documented rule. */

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Money as the result shows it: to the nearest thousand. */
export const thousand = (x: number): number => Math.round(x / 1000) * 1000;

export const clamp = (x: number, min: number, max: number): number => Math.min(max, Math.max(min, x));

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Population standard deviation. */
export const spread = (xs: readonly number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

/** A score from 1.0 to 5.0 reaches a level when it meets it: 2.99 is level 2, 3.00 level 3. */
export const levelOf = (score: number): 1 | 2 | 3 | 4 | 5 =>
  clamp(Math.floor(score), 1, 5) as 1 | 2 | 3 | 4 | 5;

/**
 * How many times a whole a ratio over it is, as a sentence says it: two decimals rounded up below ten
 * ("1.05 times"), a whole number above ("55,000 times"), so "more than the whole … (1 times it)"
 * cannot happen.
 */
export const timesOver = (ratio: number): number =>
  ratio < 10 ? Math.ceil(ratio * 100) / 100 : Math.round(ratio);
