import type { PmoModelId, PmoService, PmoShape } from '../contract/result';
import type { EngineKey } from './say';
import { schedulingMandate } from './shared-people';
import type { Situation } from './situation';

/**
 * Mixed delivery: product teams that deliver in an agile way beside plan-driven projects (an ERP
 * track beside e-commerce teams). The office serves both tracks in the form each works in, not the
 * plan-driven form for all. Our judgement, from round 30's reviewers and the lean-portfolio practice
 * round 19 named: stable teams are planned as teams against demand, so a person-by-person weekly
 * board over them breaks the teams the agile track rests on; people are scheduled by name only where
 * the plan-driven projects share specialists. Both tracks still compete for the same money and
 * people, so they come through one intake and one ranked list, and stage gates stay on the
 * plan-driven track.
 */
export const mixedDelivery = (s: Pick<Situation, 'deliveryApproach'>): boolean =>
  s.deliveryApproach === 'mixed';

/**
 * The charter's steps for how the office plans people and takes in work: the directive scheduling
 * mandate where it holds (shared-people.ts), limited to the plan-driven track's specialists under
 * mixed delivery, and the two-track intake under mixed delivery.
 */
export const deliveryCharterSteps = (
  s: Situation,
  model: PmoModelId,
  services: readonly Pick<PmoService, 'id'>[],
  shape: PmoShape,
): EngineKey[] => {
  const mixed = mixedDelivery(s);
  return [
    ...(schedulingMandate(s, model, services, shape)
      ? [mixed ? ('plan.schedulingMandateMixed' as const) : ('plan.schedulingMandate' as const)]
      : []),
    // One intake for all new work is a lasting portfolio's mandate: a push's office runs the push's
    // own work and never widens to everything the organisation starts (round 31).
    ...(mixed && s.horizon !== 'temporary' ? ['plan.mixed.oneIntake' as const] : []),
  ];
};
