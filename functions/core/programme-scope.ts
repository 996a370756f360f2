import type { PmoScope } from '../contract/result';
import { teamFundedInitiatives } from './agile-initiatives';
import { forCustomers } from './customer-orders';
import { type Situation, spendInEur } from './situation';
import { largeProjects } from './spend-scale';

/**
 * Whether an organisation's few large projects are one programme, and whether the office's scope
 * is that programme or the organisation (docs/scoring.md, "Need" and "Shapes").
 */

/** Below this many concurrent projects there is no portfolio to coordinate. */
export const MIN_PROJECTS_FOR_PMO = 3;
/** One or two projects justify a programme office from this size of organisation... */
export const PROGRAMME_MIN_EMPLOYEES = 500;
/** ...or from this yearly project spend. */
export const PROGRAMME_MIN_BUDGET = 2_000_000;
/** A lasting organisation with one or two big lines of work runs them as products unless this large. */
export const LASTING_PROGRAMME_MIN_BUDGET = 10_000_000;
/** Without a spend figure, a programme needs this many project managers to be taken for a large one. */
export const PROGRAMME_MIN_MANAGERS = 2;
/** Fewer large projects than this are one programme (MIN_PROJECTS_FOR_OFFICE in office/shape.ts). */
export const MIN_PROJECTS_FOR_OFFICE_OF_FEW = 6;

/**
 * One or two projects large enough to need a programme office. When the spend is known it
 * decides (PROGRAMME_MIN_BUDGET or more); without it, a large organisation is not enough on its
 * own: it also needs several project managers on the programme and competition for people that
 * is not low. Otherwise a capable project lead serves.
 */
export const isProgramme = (s: Situation): boolean =>
  s.concurrentProjects >= 1 &&
  // Agile teams' initiatives, funded as stable teams, are not a programme (agile-initiatives.ts).
  !teamFundedInitiatives(s) &&
  // A few large projects are run as one programme, not a portfolio (round 11: two or three
  // projects of hundreds of millions gave an office with two and a coordinator with three).
  (s.concurrentProjects < MIN_PROJECTS_FOR_PMO ||
    (largeProjects(s) && s.concurrentProjects < MIN_PROJECTS_FOR_OFFICE_OF_FEW)) &&
  (spendInEur(s) !== undefined
    ? (spendInEur(s) ?? 0) >=
      (s.horizon === 'temporary' ? PROGRAMME_MIN_BUDGET : LASTING_PROGRAMME_MIN_BUDGET)
    : s.employees >= PROGRAMME_MIN_EMPLOYEES &&
      s.projectManagers >= PROGRAMME_MIN_MANAGERS &&
      s.resourceContention !== 'low');

/**
 * A lasting organisation whose projects are all customer orders runs a book of orders for different
 * clients, however few and large: each order serves its own client's goal, so they are a portfolio
 * of orders, never one programme serving one goal (round 24: an offshore fabricator's four
 * independent contracts of about EUR 60M each got a programme office "running the push", and the
 * yard and welder capacity they fight over was left to a quick win). The few large orders still
 * warrant an office where one large programme would (isProgramme): the need is the same, the scope
 * is the organisation's order book. A temporary push is a programme whoever pays for it. Our
 * judgement, with the practitioners of rounds 11 and 24.
 */
export const ordersAreAPortfolio = (s: Situation): boolean => forCustomers(s) && s.horizon !== 'temporary';

/** The office's scope: the programme where a few large projects are one, the organisation otherwise. */
export const scopeOf = (s: Situation, programme: boolean = isProgramme(s)): PmoScope =>
  programme && !ordersAreAPortfolio(s) ? 'programme' : 'organisation';
