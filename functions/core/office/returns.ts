import type { PmoReturn, PmoService, PmoShape } from '../../contract/result';
import { forCustomers } from '../customer-orders';
import { thousand } from '../numbers';
import { credibleManagers } from '../project-count';
import { msg, type Say } from '../say';
import { type Situation, statedSpend } from '../situation';
import { HOURS_PER_FTE } from './catalogue';
import { WORKDAYS_PER_YEAR } from './design';
import { unitsPayOwn } from './hub-first';
import { HUB_THRESHOLD_SHARE } from './hub-threshold';
import { SAME_SIZE_SHARE } from './in-place';
import { pooledInPlace } from './overhead';
import { HUB_CREDITED, hubCredited, hubSpendShare, isHub, ORDER_MARGIN_AT_RISK } from './returns-scope';

/**
 * What the office is expected to return each year, beside what it costs, each with the
 * assumption a steering committee can challenge. docs/scoring.md, "Expected returns".
 */

/** Share of project investment wasted through poor performance (PMI Pulse 2018: 9.9 %; 2020: 11.4 %). */
export const WASTE_SHARE = 0.1;
/**
 * Share of that waste an office's controls and reporting avoid in its first years: our own,
 * cautious figure, well below the 25–30 % fewer failed projects that offices report about
 * themselves (PM Solutions, State of the PMO 2010–2014, self-reported).
 */
export const WASTE_AVOIDED = { min: 0.1, max: 0.2 };
/**
 * The waste share is an average organisation's, taken here to stand at AVERAGE_LEVEL; one whose
 * practice stands higher wastes less, in proportion to its distance from the top of the scale
 * (our judgement, round 17: a mature product company's part-time coordinator credited with three
 * times its cost in avoided overruns). Lower practice is not credited with more: the 10 % stays a
 * cautious average.
 */
export const AVERAGE_LEVEL = 2.5;
const wasteAt = (overall: number | null | undefined): number =>
  overall === null || overall === undefined || overall <= AVERAGE_LEVEL
    ? 1
    : Math.max(0, (5 - overall) / (5 - AVERAGE_LEVEL));

/** Hours a week each project manager saves with shared templates, reporting and tools (our assumption). */
export const HOURS_SAVED_PER_PM = { min: 1, max: 2 };
export const WORKING_WEEKS = 44;
/**
 * An office is credited with at most this many times its own yearly cost in avoided overruns: the
 * rest of a portfolio's waste is the projects' to avoid, not the office's (our judgement).
 */
export const MAX_RETURN_MULTIPLE = 3;

const CONTROLS = [
  'status-reporting',
  'programme-controls',
  'assurance',
  'lean-portfolio',
  'project-coordination',
];
const CAPACITY = ['standards', 'tooling', 'coaching', 'status-reporting'];
const DECISIONS = ['portfolio-prioritisation', 'lean-portfolio'];

/**
 * The share of a group of services' hours that is new to the office in place: what it runs today
 * already returns what it returns, so only the rest is a gain (1 where no office is in place).
 */
const newShare = (services: readonly PmoService[], ids: readonly string[], inPlace: boolean): number => {
  if (!inPlace) return 1;
  let all = 0;
  let added = 0;
  for (const x of services) {
    if (!ids.includes(x.id)) continue;
    all += x.hoursPerWeek;
    if (!x.chosenFor.includes('in-place')) added += x.hoursPerWeek;
  }
  return all > 0 ? added / all : 0;
};

export interface ReturnsInput {
  services: readonly PmoService[];
  situation: Situation;
  internalDayRate: number;
  currency: string;
  say: Say;
  /** The office's yearly cost range: what its returns are weighed against. */
  officeCost?: { min: number; max: number };
  /** The recommended staffing, weighed against the office in place. */
  officeFte?: { min: number; max: number };
  /** The pooled managers a kept directive office holds, as its staffing reads them (in-place-pool.ts, pooledWithin). */
  pooled?: number;
  /** An office in place is kept, evolved or reset (not one established beside it): returns are the gain over it. */
  inPlace?: boolean;
  /** The FTE of the office in place that leave it, counted once (leaving.ts): the figure every sentence says. */
  leaving?: number;
  /** The organisation's overall maturity: practice above the average wastes less. */
  overall?: number | null;
  /** The office's shape: a hub's returns read the hub's own services and coverage (hubBasis). */
  shape?: PmoShape;
}

/**
 * What a group's hub is credited with: the services it pays for itself (the units pay their own
 * offices, hub-first.ts, unitsPayOwn) and the project managers of the projects those services reach,
 * its threshold share of the group's largest projects (hub-threshold.ts, HUB_THRESHOLD_SHARE). The
 * returns read the same office the cost prices: the time the units' offices free for their own
 * managers is theirs, at their cost (round 26: a 12-division group's hub credited with JPY
 * 422–845M a year of time freed for all 900 managers, against a hub cost of JPY 116–174M). Our
 * judgement; the share is the hub's own threshold, so the basis never exceeds its coverage.
 */
export const hubBasis = (
  services: readonly PmoService[],
  s: Situation,
  shape: PmoShape | undefined,
): { services: readonly PmoService[]; pms: number; share: number } => {
  const pms = credibleManagers(s);
  if (shape !== 'hub-and-spoke' || (s.businessUnits ?? 1) < 2) return { services, pms, share: 1 };
  return {
    services: services.filter((x) => !unitsPayOwn(s, shape, x.id)),
    pms: Math.ceil(pms * HUB_THRESHOLD_SHARE),
    share: HUB_THRESHOLD_SHARE,
  };
};

export const returnsOf = (i: ReturnsInput): PmoReturn[] => {
  const { situation: s, internalDayRate, currency, say, officeFte } = i;
  // A hub is credited with what its own services deliver, never the units' offices' work.
  const basis = hubBasis(i.services, s, i.shape);
  const services = basis.services;
  const officeCost = i.officeCost ?? { min: Number.POSITIVE_INFINITY, max: Number.POSITIVE_INFINITY };
  const inPlace = i.inPlace === true && s.existingPmo !== 'none';
  const capped = (x: number, cost: number) => thousand(Math.min(x, MAX_RETURN_MULTIPLE * cost));
  const out: PmoReturn[] = [];
  // What the office in place runs today already returns what it returns: said once, not counted again.
  const running = inPlace ? services.filter((x) => x.chosenFor.includes('in-place')).map((x) => x.name) : [];
  if (running.length > 0)
    out.push({
      id: 'delivered-today',
      benefit: say(msg('returns.today')),
      annual: null,
      assumption: say(msg('returns.today.assumption', { services: running })),
    });
  // Customer orders' value prices what the office protects: penalties and margin (customer-orders.ts).
  const spend = statedSpend(s);
  const orders = forCustomers(s) && spend !== undefined && spend > 0;
  /** The gain over the office in place, said where it is less than the whole. */
  const overToday = (share: number) =>
    inPlace && share < 1 ? [say(msg('returns.overToday', { percent: Math.round(share * 100) }))] : [];
  // A hub is credited on the portfolio it prioritises or consolidates, scaled by what it controls
  // at its appetite (returns-scope.ts); a customer firm's waste is read on the margin at risk.
  const hub = isHub(s, i.shape);
  const controls = hub ? newShare(i.services, HUB_CREDITED, inPlace) : newShare(services, CONTROLS, inPlace);
  const waste = wasteAt(i.overall);
  const read = (spend ?? 0) * (orders ? ORDER_MARGIN_AT_RISK : WASTE_SHARE) * (hub ? hubSpendShare(s) : 1);
  if (
    (hub ? hubCredited(i.services) : services.some((x) => CONTROLS.includes(x.id))) &&
    controls > 0 &&
    waste > 0
  )
    out.push({
      id: 'overruns-avoided',
      benefit: say(msg(orders ? 'returns.orders' : 'returns.overruns')),
      annual:
        spend !== undefined && spend > 0
          ? {
              // Less waste to avoid lowers the ceiling too: the office's share of it is the same.
              min: capped(read * waste * WASTE_AVOIDED.min * controls, officeCost.min * waste),
              max: capped(read * waste * WASTE_AVOIDED.max * controls, officeCost.max * waste),
            }
          : null,
      assumption: [
        say(
          msg(
            orders
              ? 'returns.orders.margin'
              : spend !== undefined && spend > 0
                ? 'returns.overruns.assumption'
                : 'returns.overruns.noSpend',
            {
              margin: ORDER_MARGIN_AT_RISK * 100,
              waste: WASTE_SHARE * 100,
              min: WASTE_AVOIDED.min * 100,
              max: WASTE_AVOIDED.max * 100,
              multiple: MAX_RETURN_MULTIPLE,
            },
          ),
        ),
        ...(waste < 1 && spend !== undefined && spend > 0
          ? [
              say(
                msg('returns.overruns.mature', {
                  overall: i.overall ?? 0,
                  average: AVERAGE_LEVEL,
                  percent: Math.round(waste * 100),
                }),
              ),
            ]
          : []),
        ...(hub && spend !== undefined && spend > 0 && hubSpendShare(s) < 1
          ? [say(msg('returns.overruns.hub', { percent: Math.round(hubSpendShare(s) * 100) }))]
          : []),
        ...overToday(controls),
      ].join(' '),
    });
  const capacity = newShare(services, CAPACITY, inPlace);
  // Priced on the project managers the result believes: a count it doubts carries no money
  // (project-count.ts); a hub's, on those of the projects its own services reach (hubBasis).
  const pms = basis.pms;
  if (services.some((x) => CAPACITY.includes(x.id)) && capacity > 0 && pms > 0) {
    const hourRate = internalDayRate / (HOURS_PER_FTE / 5);
    const value = (hours: number) => thousand(pms * hours * WORKING_WEEKS * hourRate * capacity);
    out.push({
      id: 'capacity-freed',
      benefit: say(msg('returns.capacity')),
      annual: { min: value(HOURS_SAVED_PER_PM.min), max: value(HOURS_SAVED_PER_PM.max) },
      assumption: [
        say(
          msg('returns.capacity.assumption', {
            pms,
            min: HOURS_SAVED_PER_PM.min,
            max: HOURS_SAVED_PER_PM.max,
            weeks: WORKING_WEEKS,
            rate: Math.round(hourRate),
            currency,
          }),
        ),
        ...(basis.share < 1
          ? [
              say(
                msg('returns.capacity.hub', {
                  percent: Math.round(basis.share * 100),
                  all: credibleManagers(s),
                }),
              ),
            ]
          : []),
        ...overToday(capacity),
      ].join(' '),
    });
  }
  // A smaller office than the one in place frees people for other work. That is capacity, not cash:
  // a saving only where their posts are not refilled (rounds 15 and 16: redeployed staff, and a
  // directive office's pooled project managers, booked as money released). Pooled project managers
  // go back to leading projects: they are not the office's overhead.
  const existing = s.existingPmo !== 'none' ? s.existingPmoFte : undefined;
  if (existing !== undefined && officeFte !== undefined) {
    // The staffing's own reading where it holds the pool: one figure in every sentence (round 31).
    const pooled = i.pooled ?? pooledInPlace(s);
    const overhead = existing - pooled;
    // The people leaving as the plan counts them (leaving.ts), so that one figure is said (round 30:
    // 8.5 FTE freed beside 10.6 FTE beyond the target); else against the top of the range.
    const freed = i.leaving ?? Math.round((overhead - officeFte.max) * 10) / 10;
    if (freed > SAME_SIZE_SHARE * existing || pooled > 0)
      out.push({
        id: 'cost-released',
        // The yearly cost of the people released, in words and apart from the total: the reset's
        // financial case, worth that only if their posts are not refilled (round 19: "not priced").
        benefit: say(
          freed > SAME_SIZE_SHARE * existing
            ? msg('returns.releasedWorth', {
                freed,
                worth: thousand(freed * internalDayRate * WORKDAYS_PER_YEAR),
                currency,
              })
            : msg('returns.released'),
        ),
        annual: null,
        assumption: [
          ...(freed > SAME_SIZE_SHARE * existing
            ? [
                say(
                  msg('returns.released.assumption', {
                    existing,
                    freed,
                    worth: thousand(freed * internalDayRate * WORKDAYS_PER_YEAR),
                    currency,
                  }),
                ),
              ]
            : []),
          ...(pooled > 0 ? [say(msg('returns.released.pooled', { pooled }))] : []),
        ].join(' '),
      });
  }
  if (services.some((x) => DECISIONS.includes(x.id)) && newShare(services, DECISIONS, inPlace) > 0)
    out.push({
      id: 'time-to-decision',
      benefit: say(msg('returns.decisions')),
      annual: null,
      assumption: say(msg('returns.decisions.assumption')),
    });
  return out;
};

/**
 * What the office costs beyond the office in place, which its returns (the gain over it) are
 * weighed against: the whole cost where none is in place, or where the office is established anew;
 * unknown (null) where the size of the office in place was not given.
 */
export const costOverToday = <C extends { annual: { min: number; max: number } }>(
  pmo: { cost: C | null; action: string },
  s: Situation,
  internalDayRate: number,
): C | null => {
  if (!pmo.cost || s.existingPmo === 'none' || pmo.action === 'establish') return pmo.cost;
  if (s.existingPmoFte === undefined) return null;
  const today = s.existingPmoFte * internalDayRate * WORKDAYS_PER_YEAR;
  const over = (x: number) => Math.max(0, x - today);
  return { ...pmo.cost, annual: { min: over(pmo.cost.annual.min), max: over(pmo.cost.annual.max) } };
};
