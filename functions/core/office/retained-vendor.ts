import { takesOrders } from '../customer-orders';
import { MANAGER_SPEND } from '../project-count';
import { type Situation, spendInEur } from '../situation';
import type { ServiceId } from './catalogue';

/**
 * Delivery bought from partners, held to account by the organisation that keeps it (round 30: a
 * retailer whose 6M € a year is delivered by a nearshore partner, with two internal project managers
 * and little competition for people, got a part-time coordinator; the retained office reconciles
 * the partner's reports, which are "green until red", runs acceptance gates on what it delivers and
 * change control on the contract, and the reviewer signed 1 to 1.5 FTE). The office's other drivers
 * (internal project managers, competition for people) are low precisely because a partner delivers,
 * so the spend the internal managers do not lead themselves carries that work. docs/scoring.md,
 * "Sizing from services".
 */

/**
 * The share of MANAGER_SPEND (project-count.ts: what a project manager keeps in view before they are
 * stretched) a project manager leads in person: about 1.5M € a year at basic level, 4.5M € for an
 * experienced one. Beyond it, the delivery is someone else's, bought from a partner or a vendor, and
 * the retained organisation assures it. Our judgement: a project manager leads two or three
 * ordinary projects in person, and keeps about three times that in view (MANAGER_SPEND), below the
 * line at which the engine warns that its managers are stretched.
 */
export const RETAINED_SPEND_SHARE = 0.3;

/**
 * Hours a week of retained assurance for the square root of each million euros a year beyond the
 * line: about 21 hours on 3M € beyond (the retailer's 6M € on two managers), 54 on 20M €, 120 on
 * 100M €. Concave, as one partner's reporting and one contract's change control serve a growing
 * spend, and within the office's spend ceiling at every size (5 %: 12 hours are about 0.3 FTE,
 * 40,000 € a year, per square-root million). Our judgement, from the reviewer's 1 to 1.5 FTE in all.
 */
export const RETAINED_HOURS_PER_ROOT_MEUR = 12;

/** The services that carry that work, and each one's share: reconciling reports, and acceptance and change control. */
export const RETAINED_SHARES: Readonly<Partial<Record<ServiceId, number>>> = {
  'status-reporting': 0.5,
  assurance: 0.5,
};

/**
 * The yearly spend, in millions of euros, beyond what the internal project managers lead in person,
 * where delivery is bought from partners: 0 where it is not, for customer orders (the firm is the
 * delivery partner), agile delivery (product owners and teams lead it), a temporary push (its
 * programme controls are sized on its spend) and organisations with no project manager (no line
 * says whose the delivery is: their help is the leads first).
 */
export const boughtDeliveryMeur = (s: Situation): number => {
  if (takesOrders(s) || s.deliveryApproach === 'agile' || s.horizon === 'temporary') return 0;
  if (s.projectManagers <= 0) return 0;
  const spend = spendInEur(s) ?? 0;
  const line = s.projectManagers * MANAGER_SPEND[s.pmExpertise] * RETAINED_SPEND_SHARE;
  return Math.max(0, spend - line) / 1e6;
};

/** Hours a week a service carries for the delivery bought from partners (0 for any other service). */
export const retainedVendorHours = (id: ServiceId, s: Situation): number => {
  const share = RETAINED_SHARES[id] ?? 0;
  if (share === 0) return 0;
  const beyond = boughtDeliveryMeur(s);
  return beyond > 0 ? share * RETAINED_HOURS_PER_ROOT_MEUR * Math.sqrt(beyond) : 0;
};

/** The sources of the services that carry it (sizing.ts says them where the work is added). */
export const BOUGHT_SOURCES = ['office.source.statusBought', 'office.source.assuranceBought'] as const;
