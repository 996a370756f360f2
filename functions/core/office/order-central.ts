import { forCustomers, takesOrders } from '../customer-orders';
import { controlledOrders, type OrderValueInput, orderControlsHours } from '../order-controls';
import { modelProfile } from '../pmo-models';
import type { Situation } from '../situation';
import { CONTROL_RANK, type ServiceId } from './catalogue';
import { buildWeight, CONTROLS_SHARE, controlsHours, portfolioControlsHours } from './controls-share';

/**
 * Where a contractor's controls sit (round 30, construction F1). When the organisation is the
 * contractor, each job carries its own commercial staff and planners, paid by the contract; the
 * central office does the cross-job part: the standard formats, the monthly forecast review of each
 * job, the order book, the cross-job resource view. That work follows the orders, and the value only
 * as far as larger jobs take a longer review: it is sized per order with a concave spend term, never
 * more per unit of spend than an owner's lasting office would carry for the same spend and projects.
 * A temporary push that delivers the customer's work (a joint venture, a project company) is the
 * jobs' own controls: nobody else plans and costs the work, so it carries at least an owner
 * programme office's share of the spend, never less per unit of spend than the client side.
 */

/**
 * Central commercial controls per customer order a week: the monthly forecast-at-completion review
 * with the job's commercial lead and the order-book update, about two hours a month (our judgement;
 * round 30's contractor reviewer staffed 2-3 people for 22 jobs and 2-4 for 60, the commercial part
 * about one person). Small orders keep their per-order rate (customer-orders.ts,
 * COMMERCIAL_HOURS_PER_ORDER, on the orders reviewed): the office takes whichever is more.
 */
export const CROSS_JOB_HOURS_PER_ORDER = 0.5;

/**
 * ...plus this many hours a week per square root of the orders' yearly value in euro millions: the
 * larger jobs' longer reviews (cost to complete, claims, risk allowances) and the consolidated
 * forecast, growing more slowly than the value (our judgement: EUR 140M of orders adds about 18 h,
 * half a person, EUR 1bn about 47 h).
 */
export const CROSS_JOB_HOURS_PER_ROOT_MILLION = 1.5;

/**
 * Central planning of customer orders a week, per order, where the orders are large builds: the
 * tender and contract programmes, their acceptance by the client and the check of each job's
 * programme updates, which a contractor's central planners do for all its jobs, the larger jobs
 * first (round 30: a contractor's three planners for 50 jobs had their work counted as nothing).
 * Weighed by how far the average order is a large build (controls-share.ts, buildWeight: none at
 * EUR 1M a job, all of it from EUR 50M), so that small jobs planned by their own leads add nothing.
 * Our judgement: about a planner for 20 to 25 jobs of EUR 5-10M, the reviewer's three for 50.
 */
export const PLANNING_HOURS_PER_ORDER = 2;

/**
 * A push that delivers the customer's work carries this many times an owner's programme office's share
 * of the spend (CONTROLS_SHARE.office, a fifth of the whole controls function): it plans the work and
 * has its programme accepted, keeps cost to complete, changes and claims, risk and the documents, for
 * all the packages it delivers, where its own subcontractors keep only their packages'. Our judgement:
 * two fifths of the whole, the contractor side always above the client side; round 30's reviewer
 * staffed 8-12 controls people, about 1 % of the spend, for a joint venture building GBP 150M a year.
 */
export const JOB_CONTROLS_FACTOR = 2;

/**
 * A temporary push whose every project is a customer order large enough to need cost and schedule
 * control of its own (order-controls.ts, controlledOrders): the office is the jobs' own controls.
 * Small orders keep their per-order review: their leads keep their own figures.
 */
export const deliveryMachine = (s: OrderValueInput & Pick<Situation, 'horizon'>): boolean =>
  forCustomers(s) && s.horizon === 'temporary' && controlledOrders(s);

/**
 * The hours a week of central, cross-job controls for customer orders: per order (the forecast review,
 * and the planning of large builds, PLANNING_HOURS_PER_ORDER) and a concave term in their value, at most what an owner's lasting office carries on the same spend and
 * projects (controls-share.ts, portfolioControlsHours). Never grows faster than the orders and their
 * value together (doubling both at most doubles it).
 */
export const crossJobControlsHours = (
  s: OrderValueInput &
    Pick<Situation, 'horizon' | 'deliveryApproach' | 'resourceContention' | 'controlAppetite'>,
): number => {
  const millions = ((s.orderValue ?? 0) * s.eurPerUnit) / 1e6;
  const orders = Math.ceil(s.concurrentProjects);
  const planning = PLANNING_HOURS_PER_ORDER * buildWeight(millions, orders);
  const cross =
    orders * (CROSS_JOB_HOURS_PER_ORDER + planning) + CROSS_JOB_HOURS_PER_ROOT_MILLION * Math.sqrt(millions);
  const owner = portfolioControlsHours(millions, { ...s, horizon: 'lasting' });
  return Math.min(cross, owner);
};

/**
 * The commercial controls of customer orders by their value, with the need (controls-need.ts), before
 * the form's share: a push delivering the orders carries JOB_CONTROLS_FACTOR times the owner programme
 * office's share of their value whatever the orders' size (deliveryMachine); a controlling office in place that does the
 * per-job work today (`perJobToday`) keeps the owner's curve on the value where the orders are large
 * (order-controls.ts, as before); elsewhere the office does the cross-job work (crossJobControlsHours).
 * Nothing where the orders are small: they are reviewed order by order (order-sample.ts).
 */
export const orderValueControlsHours = (s: Situation, perJobToday: boolean, need: number): number => {
  if (deliveryMachine(s))
    return (
      controlsHours(((s.orderValue ?? 0) * s.eurPerUnit) / 1e6, CONTROLS_SHARE.office * JOB_CONTROLS_FACTOR) *
      need
    );
  // Small orders are reviewed order by order, a sample of them (order-sample.ts): nothing by value.
  if (!controlledOrders(s)) return 0;
  return (perJobToday ? orderControlsHours(s) : crossJobControlsHours(s)) * need;
};

/**
 * Where an organisation runs both customer orders and its own projects, the engine is not told how
 * the projects and the spend divide: it takes this share as its own change (the rest under client
 * contracts, controls-need.ts, BOTH_CONTRACT_SHARE), and sizes the own-change services on that share
 * only, so that no unit of spend or project is counted by two services doing the same work (round 30:
 * an offsite manufacturer's GBP 60M was controlled twice, and its 30 orders were benefit-tracked). Our
 * judgement: an even split, the assumption said, where the form asks no split.
 */
export const BOTH_OWN_SHARE = 0.5;

/** The services of the organisation's own change, sized on its own share of the projects and spend where it runs both. */
export const OWN_CHANGE_SERVICES: readonly ServiceId[] = [
  'portfolio-controls',
  'benefits-tracking',
  'portfolio-prioritisation',
];

/** The share of its driver an own-change service covers: BOTH_OWN_SHARE where the organisation runs both, all of it elsewhere. */
export const ownChangeShare = (id: ServiceId, s: Pick<Situation, 'projectsFor'>): number =>
  s.projectsFor === 'both' && OWN_CHANGE_SERVICES.includes(id) ? BOTH_OWN_SHARE : 1;

/** Where the commercial controls of customer orders are sized from (the source said with the service). */
export const orderControlsSource = (
  s: Situation,
  perJobToday: boolean,
): 'office.source.jobControls' | 'office.source.crossJob' | undefined =>
  deliveryMachine(s) ? 'office.source.jobControls' : perJobToday ? undefined : 'office.source.crossJob';

/**
 * The office in place controls (a control tower or a directive office) and so runs the controls today:
 * the portfolio's controls, the commercial controls of customer orders, whose per-job work it does,
 * and a regulated organisation's reviews. A reset to less control keeps them: it changes who decides,
 * not the work (our judgement).
 */
export const runsControlsToday = (id: ServiceId, s: Situation): boolean =>
  s.existingPmo !== 'none' &&
  CONTROL_RANK[modelProfile(s.existingPmo).control] >= CONTROL_RANK.controlling &&
  (id === 'portfolio-controls' ||
    (id === 'programme-controls' && takesOrders(s)) ||
    (id === 'assurance' && s.regulated === true));
