import { takesOrders } from '../customer-orders';
import { MANAGER_SPEND } from '../project-count';
import { type Situation, spendInEur } from '../situation';
import type { ServiceSpec } from './catalogue';
import { OVERSIGHT_SHARE } from './controls-share';

/**
 * Controls over spend the office's organisation does not control itself (round 25). Where the yearly
 * spend per project manager is more than a project manager carries (the engine's own warning,
 * project-count.ts, MANAGER_SPEND), the spend beyond what the managers entered can control is
 * controlled by others: a contractor's or a quantity surveyor's cost engineers, an owner's
 * representative, line departments' finance and engineering wings, the units of a group. The office
 * controls what its managers lead, and oversees the rest: it reviews the others' forecasts, changes
 * and variances, it does not keep their books (round 25: a state's delivery unit got 40 cost and
 * schedule controllers for INR 30,000 crore its departments spend; a hotel's €18M refurbishment, whose
 * contractor, quantity surveyor and owner's representative control its cost, more than doubled its
 * office when the budget was stated).
 */

/**
 * The yearly spend, in euros, the project managers entered can themselves control, where the spend
 * is beyond it (the spend-per-manager warning's test); undefined where it is not, or where the
 * managers' count says nothing of who controls the spend: customer orders (their per-job controls are
 * already taken as the commercial staff's, controls-need.ts), agile delivery (product owners lead it,
 * its controls already take the oversight share) and organisations with no project manager.
 */
export const managedSpendEur = (s: Situation): number | undefined => {
  if (takesOrders(s) || s.deliveryApproach === 'agile' || s.projectManagers <= 0) return undefined;
  const managed = s.projectManagers * MANAGER_SPEND[s.pmExpertise];
  return (spendInEur(s) ?? 0) > managed ? managed : undefined;
};

/**
 * A controls service's hours on `millions` (euros) of yearly spend: in full on the spend the managers
 * can control, and OVERSIGHT_SHARE of the hours the rest adds, the share of setting the standard,
 * consolidating and reviewing where the per-job controls are done elsewhere (controls-need.ts). It
 * never exceeds the hours in full and never falls as the spend grows (the controls curve grows with
 * spend). Our judgement, as the two shares and the warning's own figures.
 */
export const overseenHours = (spec: ServiceSpec, millions: number, s: Situation): number => {
  const full = spec.hours(millions, s);
  // Only the controls are sized on spend (catalogue.ts: programme and portfolio controls).
  if (spec.driver !== 'spend') return full;
  const managed = managedSpendEur(s);
  if (managed === undefined) return full;
  const own = spec.hours(Math.min(millions, managed / 1e6), s);
  return own + OVERSIGHT_SHARE * Math.max(0, full - own);
};
