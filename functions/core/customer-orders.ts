import type { OrganisationContext, ProjectsFor } from '../contract/context';
import type { Params } from './render';
import { type EngineKey, msg } from './say';

/**
 * Firms whose projects are customer orders (machine builders, contractors, engineering offices,
 * contract manufacturers, system integrators, agencies): the stated "spend on projects" is order
 * volume, the benefit of an order is its margin, and an order is won or lost at the bid, not ranked
 * or stopped by a board. Panel rounds 10, 11, 18 and 19 named the class. Absent means own change:
 * the engine's result is then exactly what it was before the field existed.
 */

export const projectsForOf = (c: Pick<OrganisationContext, 'projectsFor'>): ProjectsFor =>
  c.projectsFor ?? 'own-organisation';

/** Every project is a customer order. */
export const forCustomers = (c: Pick<OrganisationContext, 'projectsFor'>): boolean =>
  c.projectsFor === 'customers';

/** Some or all projects are customer orders. */
export const takesOrders = (c: Pick<OrganisationContext, 'projectsFor'>): boolean =>
  c.projectsFor === 'customers' || c.projectsFor === 'both';

/**
 * The spend the office's rules (controls, ceilings, returns) read: all of it for own change, and all
 * of it where the organisation runs both customer orders and its own projects: an office that runs
 * a customer contract is paid by that contract, so its ceilings read the value it controls (round
 * 22: a regulated ministry contract's office was held to 5 % of half its spend, and a plant
 * retooling lost its mixed team to a 3 % line on half its EUR 40M). None of it where every project
 * is a customer order: those offices are held by their own bound (customerOfficeBound), and their
 * controls read the orders' value (orderControlsHours).
 */
export const controlledSpend = (
  c: Pick<OrganisationContext, 'projectsFor' | 'annualProjectBudget'>,
): number | undefined => (forCustomers(c) ? undefined : c.annualProjectBudget);

/**
 * The stated yearly spend where some or all projects are customer orders: their order value. It is
 * what the orders are worth, so it weighs in the need for an office and prices what the office
 * protects (late-delivery penalties, margin lost); it sizes no controls and sets no spend ceiling
 * (controlledSpend). Undefined for own change, where the spend is read as it always was.
 */
export const orderValueOf = (
  c: Pick<OrganisationContext, 'projectsFor' | 'annualProjectBudget'>,
): number | undefined => (takesOrders(c) ? c.annualProjectBudget : undefined);

/**
 * Practitioners size an office for customer orders at about one person per 20 to 30 customer
 * projects, its lead a player-coach who also carries orders (round 19's mittelstand and defence
 * reviewers, from the machine builders and contractors they staffed). The engine holds such an
 * office to the top of that band: one person per CUSTOMER_PROJECTS_PER_FTE.min projects.
 */
export const CUSTOMER_PROJECTS_PER_FTE = { min: 20, max: 30 } as const;

/**
 * ...or one person per this much yearly order value (euros), whichever allows more: large orders
 * need cost to complete, variations and claims kept by a controller whatever their number (round
 * 20: a rail signalling contractor's 30 orders of EUR 2M each were held to 1.5 people). Our
 * judgement: one project controller at about EUR 120-150k a year per EUR 20M of orders is well
 * under 1 % of their value, the order of the margin one variation recovered or one penalty avoided.
 */
export const ORDER_VALUE_PER_FTE = 20_000_000;

/**
 * Regulated or safety-critical orders carry their evidence (test records, safety cases, sign-offs)
 * through every order: the bound is raised by this factor (our judgement: the evidence trail a
 * regulator requires weighs about a quarter of the controlling work).
 */
export const REGULATED_ORDERS_FACTOR = 1.25;

/**
 * An office for customer orders is never held below the smallest office (need-edge.ts,
 * MIN_OFFICE_FTE: one person): the bound sizes the office, it does not decide whether there is one
 * (round 20: a fabricator with EUR 6M of orders needing an office as own change got none as a
 * contractor). Our judgement.
 */
export const CUSTOMER_OFFICE_MIN_FTE = 1;

/**
 * The people one lead's customer orders keep busy, at most: a producer, project or engagement
 * manager runs a delivery team of about 8 to 15 (our judgement, from the studios, agencies and
 * consultancies round 21 reviewed). With the headcount it estimates the people on customer work:
 * the form asks neither figure directly.
 */
export const PEOPLE_PER_ORDER_LEAD = 15;

/**
 * ...and one person of the office per this many people it schedules across orders: staffing across
 * client orders is the business of a studio or an agency, and a resource manager keeps about 100 to
 * 150 people's assignments, bookings and forecasts (our judgement; round 21: 150 people on a few
 * large orders is a full-time resourcing job). The engine holds to the lower end.
 */
export const PEOPLE_SCHEDULED_PER_FTE = 100;

/** The people on customer work: the teams the project leads run, never more than the organisation's people. */
export const peopleOnOrders = (s: Pick<OrganisationContext, 'employees' | 'projectManagers'>): number =>
  Math.min(s.employees, s.projectManagers * PEOPLE_PER_ORDER_LEAD);

/**
 * Scheduling people across client orders, where it is what the firm asks of its office: hours a week
 * per person scheduled, about one resource manager per 190 people (37.5 / 0.2), each keeping their
 * bookings, the weekly resource meeting and the forecast of who is free. Our judgement, between the
 * 100 people a directive resourcing team assigns one by one (PEOPLE_SCHEDULED_PER_FTE) and the
 * 250-300 where the leads book their own teams against a central plan; round 26's agency, co-dev and
 * VFX reviewers staffed 0.5 FTE for 120 people, 1-2 for 300 and 6 for 600 artists assigned centrally.
 */
export const SCHEDULING_HOURS_PER_PERSON = 0.2;

/**
 * A firm whose resource is its people: every project a customer order, people fought over
 * (contention high), and at least half the stakeholders asking the office to allocate them
 * (`allocationAsked`: the capacity service chosen for what was asked). Its capacity service is
 * sized by the people it schedules, not by the count of orders (round 26: an agency, a co-dev studio
 * and a VFX house, whose scheduling got 5-15 hours a week whatever their size).
 */
export const schedulesPeople = (
  s: Pick<OrganisationContext, 'projectsFor' | 'resourceContention'>,
  allocationAsked: boolean,
): boolean => allocationAsked && forCustomers(s) && s.resourceContention === 'high';

/**
 * The most people a central office schedules across orders, per order: the people who move between
 * orders are bounded by the orders they move between, not by the headcount. Where a firm has more
 * people per order than this, the rest are rostered to their order for its life by its own site or
 * crew planning, and only its key staff and scarce specialists are booked across orders. Our
 * judgement, at the largest team round 26 saw booked centrally (a VFX house's 600 artists on 30
 * shows); round 28's contract miner, 2,000 staff on 25 client contracts, had every employee
 * scheduled weekly where only key people and fleet move between contracts.
 */
export const PEOPLE_MOVED_PER_ORDER = 20;

/**
 * The people such an office schedules: the project managers and the people on delivery. The form asks
 * no figure of the latter: in a firm that sells its people's time nearly all of them are, so the
 * organisation's people are read as scheduled, up to what the orders hold (PEOPLE_MOVED_PER_ORDER)
 * and what its project people can be: the teams its project managers lead (peopleOnOrders,
 * PEOPLE_PER_ORDER_LEAD each). An agency or studio whose staff all work on orders is led by enough
 * producers for all of them; an operator that onboards customers into its operation (contract
 * logistics, ground handling, outsourced services) has a small implementation team and a large
 * operational workforce no office schedules across orders (round 29: a 3PL's 35 customer
 * implementations, run by 20 implementation managers, were read as 700 people to schedule). Our
 * judgement. It never falls as people, orders or project managers are added.
 */
export const peopleScheduled = (
  s: Pick<OrganisationContext, 'employees' | 'projectManagers' | 'concurrentProjects'>,
): number =>
  Math.max(
    s.projectManagers,
    Math.min(peopleOnOrders(s), Math.ceil(s.concurrentProjects) * PEOPLE_MOVED_PER_ORDER),
  );

/** The bound on an office for customer orders and what sets it, said in words (orders.ceiling). */
export interface OrderBound {
  fte: number;
  /** One person per CUSTOMER_PROJECTS_PER_FTE.min orders. */
  byCount: number;
  /** One person per ORDER_VALUE_PER_FTE of yearly order value (0 where no spend was given). */
  byValue: number;
  /** One person per PEOPLE_SCHEDULED_PER_FTE people on customer work (peopleOnOrders). */
  byPeople: number;
  /**
   * Where the average order is large enough to need controls of its own (order-controls.ts,
   * controlledOrders), the people the share of the orders' value an owner's office may cost buys
   * (office/spend-share.ts): the value requires what it requires of an owner. 0 where orders are small.
   */
  byShare: number;
  regulated: boolean;
}

/**
 * The most people an office for customer orders holds: the largest of the count, the value, the
 * share (`shareFte`: where orders are large, what an owner's office of that spend may cost) and the
 * people bound (a few large orders that keep many people busy need them scheduled), raised for regulated orders, never below CUSTOMER_OFFICE_MIN_FTE, or the office in place
 * where it is already larger (a working office is not cut by this rule). Undefined where the
 * projects are not all customer orders.
 */
export const customerOfficeBound = (
  s: Pick<
    OrganisationContext,
    | 'projectsFor'
    | 'concurrentProjects'
    | 'existingPmoFte'
    | 'annualProjectBudget'
    | 'regulated'
    | 'employees'
    | 'projectManagers'
  > & { orderValue?: number; eurPerUnit?: number; shareFte?: number; schedules?: boolean },
): OrderBound | undefined => {
  if (!forCustomers(s)) return undefined;
  const value = (s.orderValue ?? s.annualProjectBudget ?? 0) * (s.eurPerUnit ?? 1);
  const byCount = s.concurrentProjects / CUSTOMER_PROJECTS_PER_FTE.min;
  const byValue = value / ORDER_VALUE_PER_FTE;
  // An office that schedules the firm's people is bounded by all of them (schedulesPeople).
  const byPeople = (s.schedules ? peopleScheduled(s) : peopleOnOrders(s)) / PEOPLE_SCHEDULED_PER_FTE;
  // The bound allows what the orders' value requires (round 22): an owner's spend ceiling on it.
  const byShare = s.shareFte ?? 0;
  const regulated = s.regulated === true;
  const fte = Math.max(
    CUSTOMER_OFFICE_MIN_FTE,
    Math.max(byCount, byValue, byPeople) * (regulated ? REGULATED_ORDERS_FACTOR : 1),
    byShare,
    s.existingPmoFte ?? 0,
  );
  return { fte, byCount, byValue, byPeople, byShare, regulated };
};

/** The bound's figures for its sentence: what sets it, in words (round 20: it was said as a spend share). */
export const orderBoundWords = (b: OrderBound, percent?: number): Params => ({
  fte: Math.round(b.fte * 10) / 10,
  per: CUSTOMER_PROJECTS_PER_FTE.min,
  byCount: Math.round(b.byCount * 10) / 10,
  million: ORDER_VALUE_PER_FTE / 1e6,
  byValue: Math.round(b.byValue * 10) / 10,
  // The people bound is said where it sets the bound: elsewhere the sentence stays as it was.
  people:
    b.byPeople > Math.max(b.byCount, b.byValue)
      ? msg('orders.bound.people', {
          perPeople: PEOPLE_SCHEDULED_PER_FTE,
          byPeople: Math.round(b.byPeople * 10) / 10,
        })
      : '',
  regulated: b.regulated
    ? msg('orders.bound.regulated', { percent: Math.round((REGULATED_ORDERS_FACTOR - 1) * 100) })
    : '',
  ...(percent === undefined ? {} : { percent }),
});

/**
 * Commercial project controlling (cost to complete, variations and claims) per customer order:
 * about three quarters of an hour a week each, a monthly cost-to-complete review and the
 * variation log kept with the project lead (our judgement).
 */
export const COMMERCIAL_HOURS_PER_ORDER = 0.75;

/**
 * A service's name where projects are customer orders: controls become commercial project
 * controlling (with any customer orders; the jobs' own project controls in a push that delivers them),
 * and scheduling people the order of customer commitments
 * and capacity with bid/no-bid support (where every project is an order).
 */
export const customerServiceName = (
  id: string,
  projectsFor: ProjectsFor,
  byPeople = false,
  /** The office is the jobs' own controls (office/order-central.ts, deliveryMachine). */
  delivers = false,
): EngineKey | undefined =>
  id === 'programme-controls' && projectsFor !== 'own-organisation'
    ? delivers
      ? 'orders.service.jobControls'
      : 'orders.service.commercial'
    : id === 'capacity-planning' && projectsFor === 'customers'
      ? byPeople
        ? 'orders.service.scheduling'
        : 'orders.service.sequencing'
      : undefined;
