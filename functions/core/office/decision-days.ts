import type { Situation } from '../situation';

/**
 * The most working days a lasting office's "time to decision" target may allow, by the
 * organisation's urgency (round 30: every new portfolio office was given 30 working days, six weeks,
 * which store-facing and urgent work cannot wait; the reviewers' practice is 5 to 10 days there).
 * Our judgement: an urgent organisation decides within two weeks, a pressed one within three
 * weeks, an unhurried one keeps the maturity band's own target (30, 20 or 10 days).
 */
export const LASTING_DECISION_DAYS: Readonly<Record<Situation['urgency'], number>> = {
  high: 10,
  medium: 15,
  low: 30,
};

/**
 * Agile delivery re-ranks its work at least once a quarter and takes new initiatives at intake in
 * between: a decision waits no longer than a two-week intake cycle (our judgement).
 */
export const AGILE_DECISION_DAYS = 10;

/**
 * A small organisation (under this many people) decides among few people, often the owner: its
 * decisions need not wait for a board's monthly cycle (our judgement, round 30's franchise and
 * owner-run firms: 5 to 10 days are usual).
 */
export const SMALL_DECISION_EMPLOYEES = 250;
export const SMALL_DECISION_DAYS = 10;

/**
 * The cap on a lasting office's time-to-decision target: the tightest of what its urgency, its
 * delivery approach and its size allow. A higher urgency never allows more days.
 */
export const lastingDecisionDays = (
  s: Pick<Situation, 'urgency' | 'deliveryApproach' | 'employees'>,
): number =>
  Math.min(
    LASTING_DECISION_DAYS[s.urgency],
    s.deliveryApproach === 'agile' ? AGILE_DECISION_DAYS : Number.POSITIVE_INFINITY,
    s.employees < SMALL_DECISION_EMPLOYEES ? SMALL_DECISION_DAYS : Number.POSITIVE_INFINITY,
  );
