import type { ResponseDocument } from '../../contract/assessments';
import { hashToken, sameHash } from '../../services/tokens';
import type { AssessmentRecord, StakeholderRecord } from '../../store/records';
import { ApiError } from '../http/errors';
import type { Handlers, Input } from '../http/mount';
import type { ROUTES } from '../route-table';
import type { WorkspaceDeps } from '../types';

const invalidInvite = () =>
  new ApiError(
    404,
    'invite_not_found',
    'This invitation link is not valid: it may have been revoked or replaced.',
  );

const toDocument = (a: AssessmentRecord, s: StakeholderRecord): ResponseDocument => ({
  assessment: { clientName: a.clientName, status: a.status, dueDate: a.dueDate },
  stakeholder: { role: s.role, name: s.name },
  answers: s.answers,
  notes: s.notes,
  expectations: s.expectations,
  version: s.version,
  submittedAt: s.submittedAt,
  updatedAt: s.updatedAt,
});

/** Stakeholder routes: the invite token alone authorises them, and only for that one response. */
export const responseHandlers = (
  deps: WorkspaceDeps,
): Pick<Handlers, 'getResponse' | 'saveResponse' | 'submitResponse'> => {
  /** The invite behind a token: unknown, revoked and replaced tokens all read as "not valid". */
  const findInvite = async (token: string) => {
    const hash = hashToken(token);
    const invite = await deps.store.findInvite(hash);
    if (!invite) throw invalidInvite();
    return invite;
  };

  const save = async (
    { params, body }: Input<(typeof ROUTES)['saveResponse' | 'submitResponse']>,
    submit: boolean,
  ) => {
    const invite = await findInvite(params.token);
    // One transaction checks that the assessment is open and the token still current, and saves.
    const saved = await deps.store.saveResponse(
      invite.orgId,
      invite.assessmentId,
      invite.stakeholderId,
      {
        ...(body.answers ? { answers: body.answers } : {}),
        ...(body.notes ? { notes: body.notes } : {}),
        ...(body.expectations ? { expectations: [...new Set(body.expectations)] } : {}),
        ...(body.version !== undefined ? { expectedVersion: body.version } : {}),
        ...(body.requestId ? { requestId: body.requestId } : {}),
        submit,
        tokenHash: invite.tokenHash,
      },
      deps.now().toISOString(),
    );
    return toDocument(saved.assessment, saved.stakeholder);
  };

  return {
    getResponse: async (_c, { params }) => {
      const invite = await findInvite(params.token);
      const found = await deps.store.getResponseContext(
        invite.orgId,
        invite.assessmentId,
        invite.stakeholderId,
      );
      if (
        !found ||
        found.stakeholder.status === 'revoked' ||
        !sameHash(found.stakeholder.tokenHash, invite.tokenHash)
      ) {
        throw invalidInvite();
      }
      return toDocument(found.assessment, found.stakeholder);
    },
    saveResponse: (_c, input) => save(input, false),
    submitResponse: (_c, input) => save(input, true),
  };
};
