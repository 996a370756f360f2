import { type PrivacySettings, RETENTION_DAYS } from '../contract/privacy';
import type { Store } from '../store/port';
import type { AccessAction, PrivacySettingsRecord, StakeholderRecord } from '../store/records';
import { retiredCopy } from './invitations';
import { newId } from './tokens';

/** The organisation's retention as the API shows it: the default until it sets its own. */
export const toPrivacySettings = (record: PrivacySettingsRecord | null): PrivacySettings => ({
  retentionDays: record?.retentionDays ?? RETENTION_DAYS.default,
  updatedAt: record?.updatedAt ?? null,
});

/**
 * Erases one invitation on request (the consultant's, or the stakeholder's own from their device):
 * name, e-mail, link, draft and notes go in one transaction, a submission stays counted as a
 * retired copy (as removal keeps it), then the person's mail is scrubbed. No mail to them can
 * predate their invitation, so the scrub reads the outbox from then on only.
 */
export const eraseInvitation = async (
  deps: { store: Pick<Store, 'eraseStakeholder' | 'scrubMail'>; now: () => Date },
  stakeholder: StakeholderRecord,
): Promise<StakeholderRecord> => {
  const erased = await deps.store.eraseStakeholder(
    stakeholder,
    retiredCopy(stakeholder),
    deps.now().toISOString(),
  );
  await deps.store.scrubMail(
    stakeholder.orgId,
    { stakeholderIds: [stakeholder.id], emails: stakeholder.email ? [stakeholder.email] : [] },
    stakeholder.createdAt,
  );
  return erased;
};

/** Who share link holders appear as in the record of access. */
export const SHARE_LINK_ACTOR = 'share link';

/** Appends one entry to an assessment's record of access: one PutItem. */
export const recordAccess = (
  deps: { store: Pick<Store, 'recordAccess'>; now: () => Date },
  assessmentId: string,
  actor: string,
  action: AccessAction,
  detail: string | null = null,
): Promise<void> =>
  deps.store.recordAccess({
    id: newId(),
    assessmentId,
    at: deps.now().toISOString(),
    actor,
    action,
    detail,
  });
