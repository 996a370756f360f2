import { DEFAULT_DAY_RATE, WORKDAYS_PER_YEAR } from './business-case';
import { SPEND_CEILINGS } from './office/spend-share';
import { type Situation, spendInEur } from './situation';

/** How the plan's people brought in from outside are held to the project spend (rollout-people.ts). */

export type BringInVia = 'hire' | 'interim' | 'interim-then-hire';

/**
 * What the plan brings in is held to the same kind of test as the office: a share of the yearly
 * project spend (round 20: an interim at about 35 % of a GBP 400k project; three hires at 3.6 % of a
 * EUR 12M portfolio on top of an office at its 5 % cap; an interim at 2.2 % of a culture year beside
 * an office at its cap). People brought in cost at most BROUGHT_IN_MAX_SPEND_SHARE of the spend a
 * year, half the 3 % an office may take before it is questioned (need-edge.ts); where fewer pass, fewer come (one senior instead of three, the rest named from inside);
 * where not one does, the cheaper form: an experienced lead part-time, PART_TIME_LEAD_DAYS_PER_MONTH
 * days a month, or the supplier's project manager under the contract. Our judgement: beside the
 * office's own cap (5 % of spend) the management overhead stays near what funders and owners
 * accept (one senior hire on a EUR 12M portfolio, the reviewer's answer), and the reviewers' own answer for a single small project was an owner's engineer a
 * few days a month (GBP 5–15k).
 */
export const BROUGHT_IN_MAX_SPEND_SHARE = 0.015;
export const PART_TIME_LEAD_DAYS_PER_MONTH = 2;

/**
 * A person brought in a year, in EUR at the default rates (the advice is the same with or without
 * the client's rates, so that the plan and the costs agree): an interim at the outside rate, a hire
 * at the internal rate, an interim then a hire at the two for half a year each.
 */
export const broughtInYearEur = (via: BringInVia): number =>
  WORKDAYS_PER_YEAR *
  (via === 'interim'
    ? DEFAULT_DAY_RATE.outsourced
    : via === 'hire'
      ? DEFAULT_DAY_RATE.internal
      : (DEFAULT_DAY_RATE.outsourced + DEFAULT_DAY_RATE.internal) / 2);

/**
 * An organisation of this many people running this many projects or more always has the work for
 * one experienced project manager: the first person brought in is not held to the share of spend
 * (those beyond the first are). The spend test was written for a single small project (round 20);
 * at a thousand people and ten projects one person is a tenth of a percent of the staff, and the
 * yearly spend entered is often the outside spend alone (round 25: a 4,000-person retailer with a
 * failing ERP among 15 projects and MXN 180m a year was told a full-time project manager was "out of
 * proportion to the spend", where a client-side ERP lead costs 0.5–2 % of it). Our judgement, the
 * reviewer's bound.
 */
export const FIRST_LEAD_FREE_FROM_EMPLOYEES = 1_000;
export const FIRST_LEAD_FREE_FROM_PROJECTS = 10;

/**
 * The first experienced person brought in passes the share-of-spend test where a year of them costs
 * at most this share of the yearly spend, whatever the organisation's size: one person who leads the
 * largest project and coaches the others is never "out of proportion" to a spend on which the engine
 * would design a whole office (its cap, MAX_SPEND_SHARE_OFFICE, 5 %), and the rule reads the spend
 * alone, so a lead offered at one spend is offered at every larger one (round 30: a logistics firm
 * with 12 projects, one project manager and EUR 5M a year was refused a full-time experienced project
 * manager as "out of proportion", at about 3.5 % of its spend, while a council with EUR 1.5M was
 * given one). Those beyond the first stay at BROUGHT_IN_MAX_SPEND_SHARE. Our judgement.
 */
export const FIRST_LEAD_MAX_SPEND_SHARE = SPEND_CEILINGS.office;

/** How many of `wanted` people brought in pass the share-of-spend test (all where the spend is unknown). */
export const broughtInWithinSpend = (
  s: Pick<Situation, 'annualProjectBudget' | 'eurPerUnit'> &
    Partial<Pick<Situation, 'employees' | 'concurrentProjects'>>,
  wanted: number,
  via: BringInVia,
): number => {
  const spend = spendInEur(s);
  if (spend === undefined) return wanted;
  const withinShare = Math.floor((spend * BROUGHT_IN_MAX_SPEND_SHARE) / broughtInYearEur(via));
  const firstFree =
    (s.employees ?? 0) >= FIRST_LEAD_FREE_FROM_EMPLOYEES &&
    (s.concurrentProjects ?? 0) >= FIRST_LEAD_FREE_FROM_PROJECTS
      ? 1
      : 0;
  const firstWithinShare = spend * FIRST_LEAD_MAX_SPEND_SHARE >= broughtInYearEur(via) ? 1 : 0;
  return Math.min(wanted, Math.max(firstFree, firstWithinShare, withinShare));
};
