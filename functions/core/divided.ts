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
