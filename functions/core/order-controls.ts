import type { ProjectsFor } from '../contract/context';
import { CONTROLS_COST_PER_FTE, CONTROLS_SHARE, controlsShare, HOURS_PER_FTE } from './office/catalogue';
import { controlsStake } from './office/precedence';
import type { Situation } from './situation';
import { CONTROLLED_PROJECT_SPEND } from './spend-scale';

/**
 * Customer orders whose controls scale with their value (round 22: a shipyard's EUR 23M hulls, GBP
 * 14M defence contracts and USD 120M of defence electronics were each controlled at three quarters
 * of an hour a week per order, whatever they were worth). Capital-heavy contractors (yards, defence
 * primes, EPC firms, machine builders) run earned value, schedules and cost to complete on every
 * order of any size: an order's controls are sized by its value as an owner's programme controls
 * are by spend, on the same curve (catalogue.ts, controlsShare, the office's share
 * CONTROLS_SHARE.office), wherever the average order reaches the size from which a project needs
 * cost and schedule control beyond status reports (spend-scale.ts, CONTROLLED_PROJECT_SPEND). Below
 * it the orders are small and the per-order rate holds (customer-orders.ts,
 * COMMERCIAL_HOURS_PER_ORDER). Our judgement: the contractor carries its own orders' controls, at
 * least the share an owner's office carries of its projects'.
 */
export interface OrderValueInput {
  projectsFor?: ProjectsFor;
  concurrentProjects: number;
  /** The orders' yearly value in the spend's currency (situation.ts, orderValue). */
  orderValue?: number;
  eurPerUnit: number;
}

/** The orders' yearly value in euros, where every project is a customer order; 0 otherwise. */
const orderValueInEur = (s: OrderValueInput): number =>
  s.projectsFor === 'customers' ? (s.orderValue ?? 0) * s.eurPerUnit : 0;

/** The average order is large enough to need cost and schedule control of its own. */
export const controlledOrders = (s: OrderValueInput): boolean => {
  const value = orderValueInEur(s);
  return value > 0 && value / Math.max(1, s.concurrentProjects) >= CONTROLLED_PROJECT_SPEND;
};

/**
 * The hours a week of controls the orders' value requires: the owner's programme-controls curve on
 * their yearly value, where the orders are controlled orders; 0 where they are small or no value was
 * stated. Never falls as the value rises. The office takes the part of it its need calls for: the
 * standard, the consolidation and the review where each contract's own staff do its per-job work
 * (office/controls-need.ts, round 24).
 */
export const orderControlsHours = (s: OrderValueInput): number => {
  if (!controlledOrders(s)) return 0;
  const value = orderValueInEur(s);
  return ((value * controlsShare(value) * CONTROLS_SHARE.office) / CONTROLS_COST_PER_FTE) * HOURS_PER_FTE;
};

/**
 * What the situation weighs on commercial controlling: where the orders are controlled orders, as
 * much as an owner's portfolio controls over its spend, with what is at stake in each order
 * (precedence.ts, controlsStake, read on the orders' value); elsewhere the weight it always had.
 */
export const commercialPressure = (s: OrderValueInput & Pick<Situation, 'annualProjectBudget'>): number =>
  controlledOrders(s)
    ? 1 + controlsStake({ ...s, annualProjectBudget: s.orderValue })
    : 0.5 + controlsStake(s);

/**
 * The commercial controls of customer orders are a role, not an office, up to this many people: one
 * commercial manager or quantity surveyor keeps cost to complete, variations and claims for a small
 * contractor's orders (round 23: a 60-person subcontractor with EUR 25M of orders was told to
 * establish a portfolio office, where the same firm as its own change got a part-time role). Our
 * judgement, the reviewer's answer: a controls team of more than one person is an office of its own.
 */
export const ORDER_CONTROLS_ROLE_FTE = 1;

/**
 * An office that only the customer orders' controls make one: without its commercial controlling
 * (programme-controls, named so where the projects are orders) the office is a part-time role
 * (`partTimeFte`, decide.ts), and the controls themselves are one person's work at most. Orders
 * then add a commercial controls role beside the coordination, never an office the same firm's
 * own change would not need.
 */
export const ordersAloneMakeOffice = (
  s: OrderValueInput,
  office: {
    services: readonly { id: string; hoursPerWeek: number }[];
    staffing: { fte: { min: number; max: number } } | null;
  },
  partTimeFte: number,
): boolean => {
  if (!controlledOrders(s) || !office.staffing) return false;
  const all = office.services.reduce((a, x) => a + x.hoursPerWeek, 0);
  const controls = office.services
    .filter((x) => x.id === 'programme-controls')
    .reduce((a, x) => a + x.hoursPerWeek, 0);
  if (all <= 0 || controls <= 0) return false;
  const mid = (office.staffing.fte.min + office.staffing.fte.max) / 2;
  return mid * (1 - controls / all) <= partTimeFte && controls / HOURS_PER_FTE <= ORDER_CONTROLS_ROLE_FTE;
};
