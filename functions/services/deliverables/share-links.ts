import type { CreatedShareLink, CreateShareLinkRequest, ShareLinkView } from '../../contract/deliverables';
import type { ShareLinkRecord } from '../../store/deliverable-records';
import type { Store } from '../../store/port';
import type { AssessmentRecord } from '../../store/records';
import { hashToken, newId, newInviteToken } from '../tokens';

export const DEFAULT_SHARE_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** The link leadership opens: the token travels in the fragment, which never reaches a server or a log. */
export const shareUrl = (base: string, token: string): string => `${base.replace(/\/+$/, '')}/share#${token}`;

export const shareState = (link: ShareLinkRecord, now: Date): ShareLinkView['state'] =>
  link.revokedAt ? 'revoked' : Date.parse(link.expiresOn) <= now.getTime() ? 'expired' : 'active';

export const toShareLinkView = (link: ShareLinkRecord, now: Date): ShareLinkView => ({
  id: link.id,
  label: link.label,
  createdAt: link.createdAt,
  createdBy: link.createdBy,
  expiresAt: link.expiresOn,
  revokedAt: link.revokedAt,
  views: link.views,
  lastViewedAt: link.lastViewedAt,
  state: shareState(link, now),
});

/** A new read-only link: 256 random bits, returned once, stored only as SHA-256. */
export const createShareLink = async (
  deps: { store: Pick<Store, 'createShareLink'>; now: () => Date },
  assessment: AssessmentRecord,
  consultant: string,
  input: CreateShareLinkRequest,
  base: string,
): Promise<CreatedShareLink> => {
  const clock = deps.now();
  const token = newInviteToken();
  const link: ShareLinkRecord = {
    id: `${clock.getTime().toString(36).padStart(9, '0')}${newId()}`,
    orgId: assessment.orgId,
    assessmentId: assessment.id,
    tokenHash: hashToken(token),
    label: input.label ?? null,
    createdBy: consultant,
    createdAt: clock.toISOString(),
    expiresOn: new Date(clock.getTime() + (input.expiresInDays ?? DEFAULT_SHARE_DAYS) * DAY_MS).toISOString(),
    revokedAt: null,
    views: 0,
    lastViewedAt: null,
  };
  await deps.store.createShareLink(link);
  return { ...toShareLinkView(link, clock), shareUrl: shareUrl(base, token) };
};
