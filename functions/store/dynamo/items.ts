import type { StakeholderRecord } from '../records';
import { keys } from '../table';

/** An item as the table holds it: a record with its keys. */
export type Item = Record<string, unknown>;

/** The record an item holds, without the table's keys, the index's keys and the expiry. */
export const strip = <T>(item: Item | undefined): T | null => {
  if (!item) return null;
  const { pk: _pk, sk: _sk, gsi1pk: _g1, gsi1sk: _g2, expiresAt: _e, ...record } = item;
  return record as T;
};

/** Where an assessment lives: under its organisation, so another organisation's id is not found. */
export const assessmentKey = (orgId: string, id: string) => ({
  pk: keys.org(orgId),
  sk: keys.assessment(id),
});

export const stakeholderKey = (assessmentId: string, stakeholderId: string) => ({
  pk: keys.assessmentPartition(assessmentId),
  sk: keys.stakeholder(stakeholderId),
});

export const inviteKey = (tokenHash: string) => ({ pk: keys.invite(tokenHash), sk: 'INVITE' });

export type CountChange = { invited: number; submitted: number };
export const NO_CHANGE: CountChange = { invited: 0, submitted: 0 };

/**
 * What one stakeholder contributes to the live-invitation count. Counted submissions only ever
 * grow (a submission counts for good, once per invitation): they move in the submit alone.
 */
const countsOf = (s: Pick<StakeholderRecord, 'status' | 'submittedAt'> | null) => ({
  invited: s && s.status === 'active' ? 1 : 0,
  submitted: 0,
});

/** How a stakeholder going from `before` to `after` (null: absent) moves the assessment's counts. */
export const countChange = (
  before: Pick<StakeholderRecord, 'status' | 'submittedAt'> | null,
  after: Pick<StakeholderRecord, 'status' | 'submittedAt'> | null,
): CountChange => {
  const [b, a] = [countsOf(before), countsOf(after)];
  return { invited: a.invited - b.invited, submitted: a.submitted - b.submitted };
};
