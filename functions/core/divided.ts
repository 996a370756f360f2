import type { DimensionScore } from '../contract/result';

/**
 * Divided views: respondents whose own means of a dimension differ by what a practitioner calls a
 * disagreement, short of the spread that makes the answers inconsistent (evidence.ts,
 * INCONSISTENT_RESPONDENT_SPREAD: two equal halves two whole levels apart). Read from the spread of
 * the respondents' own means (population standard deviation), the figure the result already
 * publishes over the overall cell's raters (docs/privacy.md, rules 7 and 11): the flag is a fact
 * about the dimension, never a figure of a sub-group, and it names nobody.
 *
 * 0.5 is our judgement after round 29's maturity assessor (P3M3 practice: a gap of a level between
 * role groups is a finding to investigate, not noise) and the perception-gap threshold the split
 * rule already uses (splits.ts, EXECUTIVES_DELIVERY_GAP: one point): two equal halves a whole level
 * apart have a spread of 0.5, and so does a lone outlier about 1.1 levels from two others, 1.15
 * from three, 1.25 from four, 1.35 from five (spread = gap × √(n−1) / n).
 */
export const DIVIDED_SPREAD = 0.5;

/**
 * Divided views on this many dimensions or more lower the overall maturity confidence one step: the
 * same count at which splits lower it (splits.ts, SPLIT_DIMENSIONS_FOR_OVERALL). Our judgement: one
 * divided dimension is a finding about that dimension, two a finding about the whole picture.
 */
export const DIVIDED_DIMENSIONS_FOR_OVERALL = 2;

/** The respondents' own means of a dimension are divided (a spread of at least DIVIDED_SPREAD). */
export const dividedViews = (d: Pick<DimensionScore, 'respondentSpread'>): boolean =>
  (d.respondentSpread ?? 0) >= DIVIDED_SPREAD - 1e-9;

/**
 * Views divided on most dimensions: more than this share of the rated dimensions. Then the split is
 * systematic (one respondent or group sees the organisation a level or more apart from the others
 * almost everywhere), not a finding about some dimensions: the average describes nobody, and the
 * plan opens with the conversation about why the views differ rather than taking the average as the
 * current state. Our judgement (round 30: a council's
 * head of IT rated about 1.5 levels above three directorate heads on 11 of 12 dimensions, and the
 * result called its evidence sufficient and told the plan to take the average as the current
 * state, while its own evidence line asked for the difference to be talked through first). Read
 * only from the spread the result publishes over the whole cell (the flag above), never from a
 * sub-group's figures (docs/privacy.md, rules 7 and 11).
 */
export const DIVIDED_MOST_SHARE = 0.5;

/** Views are divided on more than DIVIDED_MOST_SHARE of the rated dimensions. */
export const dividedOnMost = (
  dimensions: readonly Pick<DimensionScore, 'respondentSpread' | 'score'>[],
): boolean => {
  const rated = dimensions.filter((d) => d.score !== null);
  return rated.length > 0 && rated.filter(dividedViews).length > DIVIDED_MOST_SHARE * rated.length;
};
