import type { Situation } from '../situation';
import { spendInEur } from '../situation';
import { CONTROLLED_PROJECT_SPEND, LARGE_PROJECT_SPEND } from '../spend-scale';
import type { ServiceId } from './catalogue';
import { byPain, type Painful } from './order';

/**
 * What comes before what among an office's services, beside the pain each answers (order.ts): what
 * a service rests on, and what is at stake in the spend its controls watch (round 21: benefits
 * tracking first for plants still being built, ahead of the register it reads, while the controls
 * over EUR 180M of plant spend waited for the roll-out). docs/scoring.md, "One ordering rule".
 */

/**
 * The one declaration of what a service rests on: where the office holds both, the service is never
 * ordered before what it rests on. Benefits are tracked against the register of projects, which the
 * portfolio's decisions (or a lean portfolio's intake) rank and the status round keeps current (our
 * judgement: a benefit without a project and an owner on the register has nothing to be traced to).
 */
export const SERVICE_NEEDS: Readonly<Partial<Record<ServiceId, readonly ServiceId[]>>> = {
  'benefits-tracking': ['portfolio-prioritisation', 'lean-portfolio', 'status-reporting'],
};

/** Service `a` rests on service `b` (SERVICE_NEEDS). */
export const needsService = (a: ServiceId, b: ServiceId): boolean => SERVICE_NEEDS[a]?.includes(b) === true;

/** An office's services in the one order: most pain first, never before what they rest on. */
export const inServiceOrder = <T extends { spec: { id: ServiceId } }>(
  items: readonly T[],
  painful: (t: T) => Painful,
): T[] => byPain(items, painful, (a, b) => needsService(a.spec.id, b.spec.id));

/**
 * Points of pain the controls over project spend gain from what is at stake in each project: none
 * at CONTROLLED_PROJECT_SPEND a year (where the controls' own point starts, choice.ts), rising on a
 * log scale to CONTROLS_STAKE_POINTS at LARGE_PROJECT_SPEND (capital and plant work, whose every
 * project carries a controls function of its own), and no further. Our judgement: at that stake a
 * month of unseen overrun costs more than a year of the office, so the controls lead over a low
 * score in a dimension of neutral or lesser importance (a gap of at most two levels and a point of
 * pressure); a dimension the client rates as important, or handed-over work, can still come first.
 */
export const CONTROLS_STAKE_POINTS = 2.5;

export const controlsStake = (
  s: Pick<Situation, 'annualProjectBudget' | 'eurPerUnit' | 'concurrentProjects'>,
): number => {
  const perProject = (spendInEur(s) ?? 0) / Math.max(1, s.concurrentProjects);
  if (perProject <= CONTROLLED_PROJECT_SPEND) return 0;
  const rise =
    Math.log(perProject / CONTROLLED_PROJECT_SPEND) /
    Math.log(LARGE_PROJECT_SPEND / CONTROLLED_PROJECT_SPEND);
  return CONTROLS_STAKE_POINTS * Math.min(1, rise);
};
