import { eraseInvitation, toPrivacySettings } from '../../services/privacy';
import { toStakeholderView } from '../../services/views';
import { notFound } from '../http/errors';
import type { Handlers } from '../http/mount';
import type { WorkspaceDeps } from '../types';
import { loadAssessment } from './workspace-helpers';

/** Most entries the record of access returns (one Query page). */
export const ACCESS_LOG_LIMIT = 200;

/** The organisation's retention, erasure of one stakeholder on request, and the record of access. */
export const privacyHandlers = (
  deps: WorkspaceDeps,
): Pick<Handlers, 'getPrivacySettings' | 'putPrivacySettings' | 'eraseStakeholder' | 'getAccessLog'> => ({
  // One GetItem.
  getPrivacySettings: async (c) =>
    toPrivacySettings(await deps.store.getPrivacySettings(c.get('principal').orgId)),
  // One PutItem.
  putPrivacySettings: async (c, { body }) => {
    const { orgId, consultant } = c.get('principal');
    const record = {
      orgId,
      retentionDays: body.retentionDays,
      updatedAt: deps.now().toISOString(),
      updatedBy: consultant,
    };
    await deps.store.putPrivacySettings(record);
    return toPrivacySettings(record);
  },
  // GetItem assessment, GetItem stakeholder, one transaction, the mail Query and a write per mail of theirs.
  eraseStakeholder: async (c, { params }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    // A removed invitation can still be erased: its name and address are still listed.
    const stakeholder = await deps.store.getStakeholder(assessment.id, params.sid);
    if (!stakeholder) throw notFound('Stakeholder');
    return toStakeholderView(await eraseInvitation(deps, stakeholder));
  },
  // GetItem assessment and one Query (at most ACCESS_LOG_LIMIT entries).
  getAccessLog: async (c, { params }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    const entries = await deps.store.listAccessLog(assessment.id, ACCESS_LOG_LIMIT);
    return {
      items: entries.map(({ at, actor, action, detail }) => ({ at, actor, action, detail: detail ?? null })),
    };
  },
});
