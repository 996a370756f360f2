import { STAKEHOLDER_ROLES, type StakeholderRole } from '../contract/roles';
import { MIN_GROUP_SIZE } from './group-size';
import type { SubmittedResponse } from './stakeholder-analysis';

/**
 * When submissions are published (rules 1–4 of functions/core/disclosure.ts): the order and the
 * counts, without the scoring. Response progress reads these where no result is computed (a
 * consultant's lists), so they stand apart from the rest of the disclosure rules and the engine
 * they pull in.
 */

export interface CountedResponse extends SubmittedResponse {
  /** When it was submitted: orders the batches. */
  submittedAt: string;
}

/** Submissions in publication order: by submission time, ties broken by content (never by person). */
export const inPublicationOrder = <T extends CountedResponse>(counted: readonly T[]): T[] =>
  [...counted].sort(
    (a, b) =>
      a.submittedAt.localeCompare(b.submittedAt) ||
      JSON.stringify(a.answers).localeCompare(JSON.stringify(b.answers)),
  );

/**
 * The counts the rules publish: submissions in whole batches of k, and per role the members its
 * group shows (in steps of k; null while the role has fewer than k published). Response progress
 * is these counts, so it moves exactly when the results do.
 */
export const publishedCounts = (
  counted: readonly CountedResponse[],
  minGroupSize: number,
): { published: number; byRole: Map<StakeholderRole, number | null> } => {
  const k = Math.max(MIN_GROUP_SIZE, minGroupSize);
  const ordered = inPublicationOrder(counted);
  const published = ordered.slice(0, Math.floor(ordered.length / k) * k);
  const byRole = new Map<StakeholderRole, number | null>();
  for (const role of STAKEHOLDER_ROLES) {
    const shown = Math.floor(published.filter((r) => r.role === role).length / k) * k;
    byRole.set(role, shown > 0 ? shown : null);
  }
  return { published: published.length, byRole };
};
