import type { Maturity } from '../../contract/result';
import type { ServiceSpec } from './catalogue';
import type { Why } from './sizing';

/**
 * A service stakeholders ask for where the practice behind it is already strong (round 21: a
 * construction group whose finance stood at 4.0, its best dimension, got 12 FTE of commercial
 * controlling on every order because people asked for it; its project teams already did the work).
 */

/**
 * A dimension at or above this level is strong practice: defined and used, on its way to managed
 * (half a level above the target every service aims at). Our judgement, after the practitioners'
 * line of round 21: an office does not rebuild, at full effort, what the organisation already does
 * well; it reviews it.
 */
export const STRONG_PRACTICE_LEVEL = 3.5;

/** The strongest rated dimension a service builds, or null when none is rated. */
export const strongestOf = (m: Maturity, spec: Pick<ServiceSpec, 'dimensions'>): number | null => {
  let best: number | null = null;
  for (const d of m.dimensions)
    if (spec.dimensions.includes(d.id) && d.score !== null && (best === null || d.score > best))
      best = d.score;
  return best;
};

/**
 * A service held as a review of the largest projects (sizing.ts, REVIEW_SHARE), not at full effort,
 * where a dimension behind it is already strong (STRONG_PRACTICE_LEVEL) and its only reason is that
 * stakeholders asked for it: no gap, no duty and no situation calls for more, and the practice is
 * there to review rather than to rebuild. The controls of customer orders that no gap calls for are
 * sized by their need instead (controls-need.ts, practiceShare; round 22: a working directive office
 * of a mature electronics supplier was given ten people of order controls).
 */
export const reviewOnly = (
  m: Maturity,
  spec: Pick<ServiceSpec, 'id' | 'dimensions'>,
  why: readonly Why[],
): boolean => {
  if (!(why.length === 1 && why[0] === 'expectations')) return false;
  const strongest = strongestOf(m, spec);
  return strongest !== null && strongest >= STRONG_PRACTICE_LEVEL;
};
