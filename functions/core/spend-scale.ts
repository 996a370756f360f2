import { type Situation, spendInEur, statedSpend } from './situation';

/**
 * When money, not headcount or the number of projects, says how much control the work needs
 * (round 10: an €80 M plant with one project manager was given a part-time coordinator; a
 * 60-person owner spending $400 M a year was held to its headcount). Both figures are our judgement.
 */

/** Projects this large each (yearly spend) need cost and schedule control beyond status reports. */
export const CONTROLLED_PROJECT_SPEND = 1_000_000;
/** A project spending this much a year carries a controls function of its own (Heywood & Allen's 5 % of it is about four people). */
export const LARGE_PROJECT_SPEND = 10_000_000;
/** Yearly project spend this high per employee marks an owner whose delivery team is mostly contractors. */
export const CAPITAL_INTENSIVE_SPEND_PER_EMPLOYEE = 1_000_000;

type Spend = Pick<Situation, 'annualProjectBudget' | 'eurPerUnit' | 'concurrentProjects' | 'employees'> &
  Partial<Pick<Situation, 'orderValue'>>;
/** The scale of the work reads all the spend stated, customer orders' value included (customer-orders.ts). */
const scaleInEur = (s: Spend): number | undefined =>
  spendInEur({ annualProjectBudget: statedSpend(s), eurPerUnit: s.eurPerUnit });

/** The average project is large: few projects or few leads do not make it a coordinator's work. */
export const largeProjects = (s: Spend): boolean =>
  (scaleInEur(s) ?? 0) / Math.max(1, s.concurrentProjects) >= LARGE_PROJECT_SPEND;

/**
 * An owner of large projects that spends far more than its own people could deliver: its office is
 * not held to its headcount. A developer of many mid-sized projects is (round 11).
 */
export const capitalIntensive = (s: Spend): boolean =>
  largeProjects(s) && (scaleInEur(s) ?? 0) / Math.max(1, s.employees) >= CAPITAL_INTENSIVE_SPEND_PER_EMPLOYEE;
