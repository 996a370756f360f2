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

/**
 * A lean, asset-heavy owner (round 21: an irrigation association of 40 people spending EUR 25M a
 * year on 15 contracts was refused an office by the 2 %-of-headcount gate, where one person is
 * 0.35 % of its spend). The brakes read what the office serves, not headcount alone: an owner of
 * its own projects with LEAN_OWNER_PROJECTS or more (more than one coordinator holds in view:
 * project-count.ts, PROJECTS_PER_MANAGER_STRETCH) and a yearly spend of LEAN_OWNER_SPEND or more
 * (one full-time person at the default internal rate, about EUR 110k a year, is then 1 % of it or
 * less, inside the 1-1.5 % a board accepts) may have an office of LEAN_OWNER_OFFICE_FTE, however
 * few its people, down to LEAN_OWNER_MIN_EMPLOYEES. Customer orders are the contractor's own work,
 * held by their own bound. Our judgement; round 3's developer of 45 people with 8 schemes stays
 * with a coordinator, as its reviewer asked.
 *
 * Round 26 lowered LEAN_OWNER_MIN_EMPLOYEES from 34 to 10 (a European Capital of Culture company
 * of 30 staff with EUR 25M of audited funds and 12 strands got no office, where 34 staff got one;
 * round 20's expo pavilion of 25 staff and EUR 27M the same): festivals, producers, expo and grant
 * programmes have few staff and buy in most of their delivery. Below 34 people this spend is more
 * than EUR 320k a head: even if every employee worked on projects full time at a loaded cost of
 * about EUR 100k, two-thirds of the spend is bought in, and the office oversees suppliers, not the
 * staff. A higher line per head would not do: an owner with a few more people would then lose its
 * office at the same spend, so more people would mean no office. Ten is the EU's micro-enterprise
 * line (small-firm.ts, ONE_TABLE_EMPLOYEES): below it everybody works at one table and the owner
 * runs the programme.
 */
export const LEAN_OWNER_SPEND = 11_000_000;
export const LEAN_OWNER_PROJECTS = 10;
export const LEAN_OWNER_MIN_EMPLOYEES = 10;
export const LEAN_OWNER_OFFICE_FTE = 1;

/** A lean, asset-heavy owner of its own projects: its office is not refused for its headcount. */
export const leanOwner = (s: Spend & Partial<Pick<Situation, 'projectsFor'>>): boolean =>
  s.projectsFor !== 'customers' &&
  s.employees >= LEAN_OWNER_MIN_EMPLOYEES &&
  s.concurrentProjects >= LEAN_OWNER_PROJECTS &&
  (scaleInEur(s) ?? 0) >= LEAN_OWNER_SPEND;
