import type { PmoRecommendation } from '../contract/result';
import { costOverToday } from './office/returns';
import { english, msg, type Say } from './say';
import type { Situation } from './situation';
import { weakSourcingWarnings } from './sourcing-floor';
import { returnWarnings } from './warnings';

/**
 * A push that tracks benefits exists for them (synergies, savings, a stand-alone cost, the outcome
 * it is funded for): where the returns the engine can price fall short of its cost, the case rests
 * on those benefits, which the organisation's own plan prices, not on what cannot be priced (round
 * 25: integration offices told an investment committee their case "rests on what cannot be
 * priced"). Our judgement: the engine cannot price a client's synergy or savings case, but it can
 * say where the figure is.
 */
const pushTracksItsBenefits = (pmo: PmoRecommendation, s: Situation): boolean =>
  s.horizon === 'temporary' && pmo.services.some((x) => x.id === 'benefits-tracking');

/** The warnings on the case for the office: priced returns against its cost, and a sourcing named below the floor. */
export const caseWarnings = (
  pmo: PmoRecommendation,
  s: Situation,
  internalRate: number,
  say: Say = english,
): string[] => [
  ...returnWarnings(costOverToday(pmo, s, internalRate), pmo.returns, say).map((w) =>
    pushTracksItsBenefits(pmo, s) ? say(msg('warning.returnsRestOnTrackedBenefits')) : w,
  ),
  ...weakSourcingWarnings(pmo.needed ? pmo.sourcingFit : undefined, pmo.sourcing, say),
];
