import type { Rates } from '../contract/api';
import type { Cost, PmoService, PmoShape, SourcingId, Staffing } from '../contract/result';
import { contractLeadNote, costOf, ratesFor, WORKDAYS_PER_YEAR, withPeopleCost } from './business-case';
import { round2, thousand } from './numbers';
import { groupTotal } from './office/group-cost';
import { overheadOf, pooledOf } from './office/overhead';
import type { StagedWeeks } from './push-stage-cost';
import { INTERIM_MONTHS, type PeopleAdvice, partTimeLeadDaysOf } from './rollout-people';
import { type EngineMessage, msg, type Say } from './say';
import type { Situation } from './situation';
import { COACHED_LEAD_DAYS_PER_MONTH } from './sourcing-paid';

/**
 * What the plan costs in all, said first beside the office's yearly cost (round 19: project-manager
 * hires and interims the plan brings in were priced on lines of their own, but neither the headline
 * nor the share of spend held them, so an owner read a third of the year-one outlay; a 6-month
 * office led with a yearly figure). A push leads with its cost for its length; where the plan
 * brings people in, the total holds them, for the push or the first year, with its share of the
 * yearly project spend. The people are priced as their own lines price them (peopleCostNotes,
 * rollout-people.ts): an interim at the outside rate for the push or INTERIM_MONTHS, a hire at the
 * internal rate (in a first year, for the months after the interim it follows), coaching by the day.
 */
export const peopleOutlay = (
  advice: PeopleAdvice | null,
  s: Pick<Situation, 'horizon' | 'horizonMonths'>,
  rates: Rates | undefined,
  leadInOffice: boolean,
  coachedLeadDays = 0,
): number => {
  const r = ratesFor(rates);
  if (!advice) return coachedLeadDays * r.external;
  const coaching = (advice.coachingDays + coachedLeadDays + partTimeLeadDaysOf(advice, s)) * r.external;
  const count = advice.bringIn - (leadInOffice ? 1 : 0);
  if (count <= 0) return coaching;
  const push = s.horizon === 'temporary';
  const months = push ? (s.horizonMonths ?? 12) : 12;
  const interimMonths = advice.via === 'hire' ? 0 : push ? months : Math.min(months, INTERIM_MONTHS);
  const hireMonths = advice.via === 'interim' ? 0 : months - interimMonths;
  const day = (rate: number, m: number) => count * (m / 12) * WORKDAYS_PER_YEAR * rate;
  return coaching + day(r.external, interimMonths) + day(r.internal, hireMonths);
};

/**
 * The cost with what the plan costs in all said first: a push's total for its length, and the people
 * brought in. A push staffed by its stages is totalled over them (push-stage-cost.ts).
 */
export const withTotal = (
  cost: Cost,
  s: Situation,
  people: number,
  say: Say,
  staged?: StagedWeeks | null,
): Cost => {
  const push = s.horizon === 'temporary' && s.horizonMonths !== undefined;
  if (!push && people <= 0) return cost;
  const months = push ? (s.horizonMonths ?? 12) : 12;
  const factor = push && staged ? staged.factor : 1;
  const total = (annual: number, oneOff: number) =>
    thousand((annual * months * factor) / 12 + oneOff + people);
  const min = total(cost.annual.min, cost.oneOff.min);
  const max = total(cost.annual.max, cost.oneOff.max);
  const spend = s.annualProjectBudget ?? 0;
  const line = push
    ? staged
      ? msg('cost.overStages', {
          months,
          min,
          max,
          currency: cost.currency,
          core: staged.coreFte,
          coreWeeks: staged.coreWeeks,
          full: staged.fullFte,
          fullWeeks: staged.fullWeeks,
          people: people > 0 ? 1 : 0,
        })
      : people > 0
        ? msg('cost.totalPushWithPeople', { months, min, max, currency: cost.currency })
        : msg('cost.overHorizon', { months, min, max, currency: cost.currency })
    : spend > 0 && max <= spend
      ? msg('cost.totalYearWithPeopleShare', {
          min,
          max,
          currency: cost.currency,
          low: round2((min / spend) * 100),
          high: round2((max / spend) * 100),
        })
      : msg('cost.totalYearWithPeople', { min, max, currency: cost.currency });
  return { ...cost, assumptions: [say(line), ...cost.assumptions] };
};

/** Days of outside coaching for an own lead where the ceiling left no room for a contract one (sourcing-paid.ts). */
export const coachedLeadDays = (s: Pick<Situation, 'horizon' | 'horizonMonths'>): number =>
  COACHED_LEAD_DAYS_PER_MONTH * (s.horizon === 'temporary' ? (s.horizonMonths ?? 12) : INTERIM_MONTHS);

/** The coaching's cost, said beside the office's cost as the plan's other coaching is. */
export const coachingNote = (days: number, rates: Rates | undefined, currency: string): EngineMessage[] =>
  days > 0
    ? [
        msg('plan.people.cost.coaching', {
          days,
          amount: thousand(days * ratesFor(rates).external),
          currency,
        }),
      ]
    : [];

/**
 * The office's cost as the result shows it: its staffing at its sourcing's rates with its set-up,
 * an own office's contract lead at the outside rate until the hire (or an interim's premium), the
 * people the plan brings in beside it, and the total in all first.
 */
export const officeCost = (o: {
  staffing: Staffing;
  sourcing: SourcingId;
  s: Situation;
  rates: Rates | undefined;
  say: Say;
  setupDays: number;
  /** The interim lead's FTE, where the plan brings one in. */
  interimFte: number | null;
  /** That lead is the office's own hire, on contract until then. */
  hiredLead: boolean;
  peopleCost: string[];
  /** What the people the plan brings in cost in the first year. */
  people: number;
  currency: string;
  /** A group's services and shape: a hub's cost leads with the group's total (group-cost.ts). */
  group?: { services: readonly PmoService[]; shape: PmoShape };
  /** A push staffed by its stages: its total follows them (push-stage-cost.ts). */
  staged?: StagedWeeks | null;
}): Cost => {
  const lead = o.hiredLead && o.interimFte !== null ? o.interimFte : null;
  // The pooled project managers lead projects: the office's cost is its overhead (overhead.ts).
  const pooled = pooledOf(o.staffing);
  const base = costOf(
    overheadOf(o.staffing),
    o.sourcing,
    o.s,
    o.rates,
    o.say,
    o.setupDays,
    lead === null ? (o.interimFte ?? 0) : 0,
    lead === null ? undefined : { fte: lead, untilHireMonths: INTERIM_MONTHS },
  );
  const notes = [
    ...(pooled > 0 ? [o.say(msg('cost.pooledLeftOut', { pooled }))] : []),
    ...o.peopleCost,
    ...(lead === null ? [] : [o.say(contractLeadNote(lead, o.s, o.rates, o.currency, INTERIM_MONTHS))]),
  ];
  const cost = withTotal(withPeopleCost(base, notes), o.s, o.people, o.say, o.staged);
  const group =
    o.group &&
    groupTotal(o.group.services, o.group.shape, o.s, cost.annual, ratesFor(o.rates).internal, o.currency);
  return group ? { ...cost, assumptions: [o.say(group), ...cost.assumptions] } : cost;
};
