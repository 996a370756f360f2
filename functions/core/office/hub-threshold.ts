import type { ServiceId } from './catalogue';

/**
 * How much of a group's portfolio its hub reports on, tracks and reviews in full, and what its
 * minimum common standard takes (group-hub.ts holds the rule; sizing.ts and names.ts read these).
 */

/**
 * The share of a group's projects above its threshold: the largest fifth, which in most portfolios
 * carry most of the spend (the Pareto rule of thumb; the engineering reviewer's threshold of
 * EUR 5–10 M kept about 100–150 of 900 projects). Our judgement: the engine knows the group's
 * count and spend, not each project's size, so the threshold is a share of the count.
 */
export const HUB_THRESHOLD_SHARE = 0.2;

/**
 * A project below the threshold stands in the group's list with a monthly status line in the common
 * vocabulary, kept by its unit: the share of the full reporting effort of a monthly pack against the
 * fortnightly cycle the norm assumes (sizing.ts, LEAN_REPORTING_SHARE; our judgement).
 */
export const BELOW_THRESHOLD_SHARE = 0.5;

/** The group's reporting, benefits tracking and reviews, held in full above the threshold only. */
export const THRESHOLD_SERVICES: readonly ServiceId[] = [
  'status-reporting',
  'benefits-tracking',
  'assurance',
];

/** The share of its full effort a service held above the threshold takes: status lines below it are reported, benefits and reviews are not. */
export const thresholdShare = (id: ServiceId): number =>
  id === 'status-reporting'
    ? HUB_THRESHOLD_SHARE + (1 - HUB_THRESHOLD_SHARE) * BELOW_THRESHOLD_SHARE
    : HUB_THRESHOLD_SHARE;

/**
 * The minimum common standard takes this share of the full standards service: a status vocabulary
 * and the gate criteria for the large projects, against a whole method with its templates and
 * tailoring kept in use (our judgement, after P3O's hub, which owns the group's common standards
 * while the spokes run delivery).
 */
export const MINIMUM_STANDARD_SHARE = 0.2;
