import type { PmoRecommendation } from '../contract/result';
import { hoursBesideStaffing } from './office/hours-beside-staffing';
import { costOverToday } from './office/returns';
import { wholeCostWarnings } from './office/returns-whole-cost';
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

/**
 * Where no office is recommended (a part-time role at most) or the organisation is small, there is
 * no steering committee to tell: the owner or the management who approve the spend read the case
 * (round 30: "Say so to the steering committee" for a 60-person owner-run firm and for owner-run
 * franchisees). Our judgement: under 250 people (the European small-and-medium line) the spend on
 * project work is approved by the owner or the management team, not by a standing committee.
 */
export const NO_COMMITTEE_EMPLOYEES = 250;
export const hasNoCommittee = (
  pmo: Pick<PmoRecommendation, 'needed'>,
  s: Pick<Situation, 'employees'>,
): boolean => !pmo.needed || s.employees < NO_COMMITTEE_EMPLOYEES;

/**
 * An office in place that is kept, evolved or reset is weighed on what the change adds to today's cost
 * (returns.ts, costOverToday) against the returns of what changes: the warning says that only that
 * part is compared, never that the returns fail to cover "the office's cost" (round 31: a working
 * gate office kept at 4 FTE read that its returns do not cover its cost, an argument handed to whoever
 * wants it cut). Our judgement: today's running cost is in the budget already and its returns are not
 * priced, so the comparison is of the increment only, and the sentence must say so.
 */
export const weighsAddedCost = (pmo: Pick<PmoRecommendation, 'action'>, s: Pick<Situation, 'existingPmo'>) =>
  s.existingPmo !== 'none' && pmo.action !== 'establish';

/**
 * Priced returns against the cost they are weighed against; where that says nothing, against the
 * whole cost the result shows (returns-whole-cost.ts).
 */
const returnsAgainstCost = (
  pmo: PmoRecommendation,
  s: Situation,
  internalRate: number,
  say: Say,
): string[] => {
  const over = returnWarnings(costOverToday(pmo, s, internalRate), pmo.returns, say).map((w) =>
    pushTracksItsBenefits(pmo, s)
      ? say(msg('warning.returnsRestOnTrackedBenefits'))
      : weighsAddedCost(pmo, s)
        ? say(msg('warning.returnsBelowAddedCost'))
        : hasNoCommittee(pmo, s)
          ? say(msg('warning.returnsBelowCostOwner'))
          : w,
  );
  return over.length > 0 ? over : wholeCostWarnings(pmo, s, say);
};

/** The warnings on the case for the office: priced returns against its cost, and a sourcing named below the floor. */
export const caseWarnings = (
  pmo: PmoRecommendation,
  s: Situation,
  internalRate: number,
  say: Say = english,
): string[] => [
  ...returnsAgainstCost(pmo, s, internalRate, say),
  ...weakSourcingWarnings(pmo.needed ? pmo.sourcingFit : undefined, pmo.sourcing, say),
  ...hoursBesideStaffing(pmo, s, say),
];
