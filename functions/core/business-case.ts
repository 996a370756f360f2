import type { Rates } from '../contract/api';
import type { Cost, SourcingId, Staffing } from '../contract/result';
import { round2, thousand, timesOver } from './numbers';
import { STAFFING_SPREAD, WORKDAYS_PER_YEAR } from './office/design';
import { type EngineMessage, english, msg, type Say } from './say';
import type { Situation } from './situation';
import { mixedForGood, ownCoreFte } from './sourcing-mix';
import {
  PUSH_FULL_OUTSIDE_SHARE,
  PUSH_PEAK_SHARE,
  pushHandOverMonth,
  pushHandsOver,
  pushOutsideShare,
} from './sourcing-push';

export { WORKDAYS_PER_YEAR };
export const DEFAULT_CURRENCY = 'EUR';
/** Default cost of one PMO person-day: employed staff, a blend during hand-over, a consultancy. */
export const DEFAULT_DAY_RATE: Record<SourcingId, number> = { internal: 500, hybrid: 800, outsourced: 1100 };

export { STAFFING_SPREAD };

/** A hybrid office hands its roles to internal staff after this many months of its first year. */
export const HANDOVER_MONTHS = 6;
/** In a hybrid office, outside experts make up this share of the team until the hand-over. */
export const OUTSIDE_SHARE = 0.5;
/** Person-days to choose and contract an outside provider (one-off, internal time). */
export const PROCUREMENT_DAYS = 10;

/**
 * An outside person-day costs about this multiple of an own one (our judgement, the ratio of our
 * default rates, 1,100 to 500: a consultancy's day is about twice an employee's fully loaded day).
 * A single rate given alone still prices everyone, as the contract's edition 2 defines it; the cost
 * basis then says so and what outside people usually cost (round 16: with one rate given, a hybrid
 * office was priced at the client's own rate with no note saying so).
 */
export const EXTERNAL_RATE_FACTOR = DEFAULT_DAY_RATE.outsourced / DEFAULT_DAY_RATE.internal;

/**
 * The day rates an office is costed at: internal (employed staff) and external (an outside firm).
 * Edition 2's single `dayRate`, given alone, is the rate for whichever sourcing is chosen (the
 * contract keeps that meaning); the cost basis says so.
 */
export const ratesFor = (
  rates?: Rates,
): { internal: number; external: number; given: boolean; externalGiven: boolean } => {
  const internal = rates?.dayRate ?? DEFAULT_DAY_RATE.internal;
  return {
    internal,
    external: rates === undefined ? DEFAULT_DAY_RATE.outsourced : (rates.externalDayRate ?? internal),
    given: rates !== undefined,
    externalGiven: rates?.externalDayRate !== undefined,
  };
};

/** The day rate of an office's first year: internal, external, or a hybrid's blend before hand-over. */
export const firstYearRate = (sourcing: SourcingId, rates?: Rates): number => {
  const r = ratesFor(rates);
  return sourcing === 'internal'
    ? r.internal
    : sourcing === 'outsourced'
      ? r.external
      : r.internal + ((r.external - r.internal) * OUTSIDE_SHARE * HANDOVER_MONTHS) / 12;
};

/** The day rate of a lasting mixed team of `fte`: its own core at the internal rate, the rest at the external. */
export const mixedForGoodRate = (s: Pick<Situation, 'employees'>, fte: number, rates?: Rates): number => {
  const r = ratesFor(rates);
  const own = ownCoreFte(s, fte);
  return fte > 0 ? (own * r.internal + (fte - own) * r.external) / fte : r.internal;
};

/**
 * The day rate a year of the office is costed at: a temporary hybrid keeps its outside experts, a
 * lasting mixed team (mixedForGood, for an office of `fte`) its outside specialists, every year.
 */
export const chargedRate = (sourcing: SourcingId, s: Situation, rates?: Rates, fte = 0): number =>
  sourcing === 'hybrid' && s.horizon === 'temporary'
    ? temporaryHybridRate(rates, s)
    : sourcing === 'hybrid' && mixedForGood(s, fte)
      ? mixedForGoodRate(s, fte, rates)
      : firstYearRate(sourcing, rates);

/**
 * A push's mixed team at its outside share averaged over the push: the full share until its
 * outside staff hand over (at its end for a short push), outside help at peaks after (sourcing-push.ts).
 */
export const temporaryHybridRate = (
  rates: Rates | undefined,
  s: Pick<Situation, 'horizonMonths' | 'pmExpertise' | 'existingPmo' | 'projectsFor'>,
): number => {
  const r = ratesFor(rates);
  return r.internal + (r.external - r.internal) * pushOutsideShare(s);
};

/**
 * Yearly cost range (FTE × day rate × working days) and one-off set-up cost. An internal office
 * is costed at the internal rate, an outsourced one at the external rate; a hybrid office with
 * half its team outside until its hand-over (HANDOVER_MONTHS) and the internal rate after, so its
 * cost falls from the second year; a push's mixed team, or a lasting one (mixedForGood), at the
 * blend of its own and outside people for as long as it runs. `setupDays`: person-days to set the
 * services up. `interimLeadFte`: the part of the office's lead filled by an experienced interim the
 * plan brings in, costed at the outside rate here so that the person is counted once, in the office
 * (rollout-people.ts).
 * The cost basis names the rate of everyone it prices.
 */
export const costOf = (
  staffing: Staffing,
  sourcing: SourcingId,
  s: Situation,
  rates?: Rates,
  say: Say = english,
  setupDays = 0,
  interimLeadFte = 0,
  contract?: ContractLead,
): Cost => {
  const r = ratesFor(rates);
  const currency = rates?.currency ?? DEFAULT_CURRENCY;
  const temporaryHybrid = sourcing === 'hybrid' && s.horizon === 'temporary';
  const fte = (staffing.fte.min + staffing.fte.max) / 2;
  const lastingMix = sourcing === 'hybrid' && mixedForGood(s, fte);
  const yearOneRate = chargedRate(sourcing, s, rates, fte);
  const dayRate = Math.round(yearOneRate);
  // The interim lead's premium over the office's own rate, on the part of the lead they fill; a
  // contract lead's for the months the plan keeps them within the year (the push's whole length).
  const leadFte = contract?.fte ?? interimLeadFte;
  // A push's yearly cost is its rate while it runs; a lasting office's first year has the contract
  // lead only until an own lead is hired.
  const leadShare = contract && s.horizon !== 'temporary' ? Math.min(12, contract.untilHireMonths) / 12 : 1;
  // The lead is never more of the office than the whole of it (an office of one at the low end).
  const interimExtra = (fte: number) =>
    Math.min(leadFte, fte) * leadShare * Math.max(0, r.external - yearOneRate) * WORKDAYS_PER_YEAR;
  const annual = {
    min: thousand(staffing.fte.min * yearOneRate * WORKDAYS_PER_YEAR + interimExtra(staffing.fte.min)),
    max: thousand(staffing.fte.max * yearOneRate * WORKDAYS_PER_YEAR + interimExtra(staffing.fte.max)),
  };
  const setupRate = sourcing === 'internal' ? r.internal : r.external;
  const outside = sourcing === 'internal' ? 0 : PROCUREMENT_DAYS * r.internal;
  const oneOffMid = setupDays * setupRate + outside;
  const oneOff = {
    min: thousand(oneOffMid * (1 - STAFFING_SPREAD)),
    max: thousand(oneOffMid * (1 + STAFFING_SPREAD)),
  };
  const assumptions = [
    say(
      staffing.fte.min === staffing.fte.max
        ? msg('cost.formulaSingle', { fte: staffing.fte.min, dayRate, currency, days: WORKDAYS_PER_YEAR })
        : msg('cost.formula', {
            min: staffing.fte.min,
            max: staffing.fte.max,
            dayRate,
            currency,
            days: WORKDAYS_PER_YEAR,
          }),
    ),
    ...(lastingMix
      ? [
          say(
            msg('cost.mixedForGood', {
              own: Math.round(ownCoreFte(s, fte) * 10) / 10,
              outside: Math.round((fte - ownCoreFte(s, fte)) * 10) / 10,
              internal: r.internal,
              external: r.external,
              currency,
            }),
          ),
        ]
      : []),
    ...(temporaryHybrid
      ? [
          say(
            pushHandsOver(s)
              ? msg('cost.mixedForLongPush', {
                  share: Math.round(PUSH_FULL_OUTSIDE_SHARE * 100),
                  months: Math.round(pushHandOverMonth(s)),
                  peak: Math.round(PUSH_PEAK_SHARE[s.pmExpertise] * 100),
                  average: Math.round(pushOutsideShare(s) * 100),
                  internal: r.internal,
                  external: r.external,
                  currency,
                })
              : msg('cost.mixedForPush', {
                  share: Math.round(PUSH_FULL_OUTSIDE_SHARE * 100),
                  internal: r.internal,
                  external: r.external,
                  currency,
                }),
          ),
        ]
      : []),
    ...(sourcing === 'hybrid' && !temporaryHybrid && !lastingMix && r.internal !== r.external
      ? [
          say(
            msg('cost.hybridHandover', {
              months: HANDOVER_MONTHS,
              external: r.external,
              internal: r.internal,
              currency,
              min: thousand(staffing.fte.min * r.internal * WORKDAYS_PER_YEAR),
              max: thousand(staffing.fte.max * r.internal * WORKDAYS_PER_YEAR),
            }),
          ),
        ]
      : []),
    ...(interimLeadFte > 0
      ? [
          say(
            msg('cost.interimLead', {
              fte: interimLeadFte,
              rate: Math.max(r.external, dayRate),
              currency,
            }),
          ),
        ]
      : []),
    // Which rate prices whom: own people at the internal rate, anyone bought in at the external one.
    say(
      r.given
        ? r.externalGiven
          ? msg('cost.ratesGiven', { internal: r.internal, external: r.external, currency })
          : msg('cost.singleRate', {
              internal: r.internal,
              external: r.external,
              factor: EXTERNAL_RATE_FACTOR,
              currency,
            })
        : msg('cost.defaultRates', {
            internal: DEFAULT_DAY_RATE.internal,
            outsourced: DEFAULT_DAY_RATE.outsourced,
            currency: DEFAULT_CURRENCY,
          }),
    ),
    say(
      msg('cost.oneOff', {
        days: Math.round(setupDays),
        rate: setupRate,
        procurement: outside > 0 ? PROCUREMENT_DAYS : 0,
        currency,
      }),
    ),
    say(msg('cost.notIncluded')),
    // A push's cost for its length leads the assumptions (withTotal, cost-total.ts).
  ];
  if (s.annualProjectBudget !== undefined && s.annualProjectBudget > 0) {
    const low = round2((annual.min / s.annualProjectBudget) * 100);
    const high = round2((annual.max / s.annualProjectBudget) * 100);
    // Past the whole spend a percentage stops reading as one ("2,750,000.00 %"): say how many times
    // the spend it is, and that the spend figure needs checking.
    assumptions.push(
      say(
        high > 100
          ? msg('cost.moreThanSpend', { times: timesOver(high / 100) })
          : low.toFixed(2) === high.toFixed(2)
            ? msg('cost.shareOfSpendSingle', { share: low })
            : msg('cost.shareOfSpend', { min: low, max: high }),
      ),
    );
  }
  return { annual, oneOff, currency, assumptions };
};

/** The lead of an internal office that nobody inside can lead, on contract (contractLead, sourcing-mix.ts). */
export interface ContractLead {
  fte: number;
  /** How long a lasting office keeps the contract lead until an own lead is hired. */
  untilHireMonths: number;
}
const contractMonths = (l: ContractLead, s: Pick<Situation, 'horizon' | 'horizonMonths'>): number =>
  s.horizon === 'temporary' ? (s.horizonMonths ?? 12) : l.untilHireMonths;

/**
 * The contract lead is one of the office's people the plan buys in: the headline cost includes
 * their premium over the own rate for as long as the plan keeps them (the push, or until an own
 * lead is hired), and the cost basis says so (round 18: a 0.45-FTE interim lead's premium, and a
 * one-person pilot whose only member was an interim, were printed only as "not in the office's
 * cost", so the headline read half the money signed for).
 */
export const contractLeadNote = (
  leadFte: number,
  s: Pick<Situation, 'horizon' | 'horizonMonths'>,
  rates: Rates | undefined,
  currency: string,
  months: number,
): EngineMessage => {
  const r = ratesFor(rates);
  const span = contractMonths({ fte: leadFte, untilHireMonths: months }, s);
  return msg('cost.contractLead', {
    fte: leadFte,
    months: span,
    rate: r.external,
    amount: thousand((leadFte * Math.max(0, r.external - r.internal) * WORKDAYS_PER_YEAR * span) / 12),
    currency,
  });
};

/** The people the plan brings in, named with their cost beside the office's cost (rollout-people.ts). */
export const withPeopleCost = (cost: Cost, people: readonly string[]): Cost =>
  people.length === 0 ? cost : { ...cost, assumptions: [...cost.assumptions, ...people] };
