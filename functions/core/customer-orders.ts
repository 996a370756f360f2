import type { OrganisationContext, ProjectsFor } from '../contract/context';
import type { EngineKey } from './say';

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
 * The share of the stated yearly spend that is the organisation's own change where it runs both
 * customer orders and its own projects: half (our judgement; the form does not ask the split, and
 * a firm that says "both" has neither kind as a side line). Order volume is not a stake the office
 * controls, so only this share drives the spend-based rules (controls, ceilings, returns).
 */
export const OWN_SPEND_SHARE_WHEN_BOTH = 0.5;

/**
 * The spend the office's rules read: all of it for own change, none of it for customer orders
 * (each order is controlled commercially, per project), OWN_SPEND_SHARE_WHEN_BOTH for both.
 */
export const controlledSpend = (
  c: Pick<OrganisationContext, 'projectsFor' | 'annualProjectBudget'>,
): number | undefined =>
  c.annualProjectBudget === undefined || !takesOrders(c)
    ? c.annualProjectBudget
    : forCustomers(c)
      ? undefined
      : c.annualProjectBudget * OWN_SPEND_SHARE_WHEN_BOTH;

/**
 * Practitioners size an office for customer orders at about one person per 20 to 30 customer
 * projects, its lead a player-coach who also carries orders (round 19's mittelstand and defence
 * reviewers, from the machine builders and contractors they staffed). The engine holds such an
 * office to the top of that band: one person per CUSTOMER_PROJECTS_PER_FTE.min projects.
 */
export const CUSTOMER_PROJECTS_PER_FTE = { min: 20, max: 30 } as const;

/** An office for customer orders is never held below this, however few its orders (our judgement: a part-time coordinator). */
export const CUSTOMER_OFFICE_MIN_FTE = 0.5;

/**
 * The most people an office for customer orders holds: the per-project band's top, or the office
 * in place where it is already larger (a working office is not cut by this rule). Undefined where
 * the projects are not all customer orders.
 */
export const customerOfficeMaxFte = (
  s: Pick<OrganisationContext, 'projectsFor' | 'concurrentProjects' | 'existingPmoFte'>,
): number | undefined =>
  forCustomers(s)
    ? Math.max(
        CUSTOMER_OFFICE_MIN_FTE,
        s.concurrentProjects / CUSTOMER_PROJECTS_PER_FTE.min,
        s.existingPmoFte ?? 0,
      )
    : undefined;

/**
 * Commercial project controlling (cost to complete, variations and claims) per customer order:
 * about three quarters of an hour a week each, a monthly cost-to-complete review and the
 * variation log kept with the project lead (our judgement).
 */
export const COMMERCIAL_HOURS_PER_ORDER = 0.75;

/**
 * A service's name where projects are customer orders: controls become commercial project
 * controlling (with any customer orders), and scheduling people the order of customer commitments
 * and capacity with bid/no-bid support (where every project is an order).
 */
export const customerServiceName = (id: string, projectsFor: ProjectsFor): EngineKey | undefined =>
  id === 'programme-controls' && projectsFor !== 'own-organisation'
    ? 'orders.service.commercial'
    : id === 'capacity-planning' && projectsFor === 'customers'
      ? 'orders.service.sequencing'
      : undefined;
