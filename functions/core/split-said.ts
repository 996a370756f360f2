import type { PmoRecommendation } from '../contract/result';
import { BOTH_OWN_SHARE, OWN_CHANGE_SERVICES } from './office/order-central';
import { msg, type Say } from './say';
import type { Situation } from './situation';

/**
 * Where an organisation runs both client orders and its own projects, the form asks no split and
 * the office sizes its own-change services on an even share (order-central.ts, BOTH_OWN_SHARE) and
 * the controls of orders on the rest (controls-need.ts). An assumption that sets the size is said
 * where a reader sees it, with the counts it gives (round 31: a packaging-line builder with 6
 * development projects and 50 orders read "× 28 projects" without a word on where 28 came from).
 * Our judgement: the user who knows the split can tell whether the office is too large or too small.
 */
export const splitsOrdersEvenly = (
  pmo: Pick<PmoRecommendation, 'services'>,
  s: Pick<Situation, 'projectsFor'>,
) =>
  s.projectsFor === 'both' &&
  pmo.services.some(
    (x) => (OWN_CHANGE_SERVICES as readonly string[]).includes(x.id) || x.id === 'programme-controls',
  );

/** The warning that says the even split, once, where the result's services rest on it. */
export const splitWarnings = (
  pmo: Pick<PmoRecommendation, 'services'>,
  s: Pick<Situation, 'projectsFor' | 'concurrentProjects'>,
  say: Say,
): string[] =>
  splitsOrdersEvenly(pmo, s)
    ? [
        say(
          msg('warning.ordersSplitAssumed', {
            percent: Math.round(BOTH_OWN_SHARE * 100),
            own: Math.round(s.concurrentProjects * BOTH_OWN_SHARE),
            projects: s.concurrentProjects,
          }),
        ),
      ]
    : [];
