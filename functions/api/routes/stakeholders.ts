import type { Questionnaire } from '../../core';
import { inviteStakeholder, reissueInvite, remindPending, retiredCopy } from '../../services/invitations';
import { countedSubmissions, responseProgress } from '../../services/respondents';
import { toStakeholderView } from '../../services/views';
import { ApiError, notFound } from '../http/errors';
import type { Handlers } from '../http/mount';
import type { WorkspaceDeps } from '../types';
import { baseUrl, loadAssessment } from './workspace-helpers';

const closedError = () =>
  new ApiError(409, 'assessment_closed', 'The assessment is closed; reopen it to make changes.');

type StakeholderOperation =
  | 'inviteStakeholder'
  | 'listStakeholders'
  | 'removeStakeholder'
  | 'revokeInvite'
  | 'reissueInvite'
  | 'sendReminders';

/** Consultant routes over an assessment's stakeholders: invite, list, revoke, re-issue, remove, remind. */
export const stakeholderHandlers = (
  _questionnaire: Questionnaire,
  deps: WorkspaceDeps,
): Pick<Handlers, StakeholderOperation> => {
  /** A removed invitation stays listed, but no action reaches it any more. */
  const loadStakeholder = async (assessmentId: string, sid: string) => {
    const stakeholder = await deps.store.getStakeholder(assessmentId, sid);
    if (!stakeholder || stakeholder.status === 'removed') throw notFound('Stakeholder');
    return stakeholder;
  };

  return {
    inviteStakeholder: async (c, { params, body }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      if (assessment.status !== 'open') throw closedError();
      return inviteStakeholder(deps, assessment, body, baseUrl(deps, c));
    },
    listStakeholders: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const [stakeholders, retired] = await Promise.all([
        deps.store.listStakeholders(assessment.id),
        deps.store.listRetiredSubmissions(assessment.id),
      ]);
      return {
        items: stakeholders.map(toStakeholderView),
        responseRate: responseProgress(
          stakeholders,
          countedSubmissions({ stakeholders, retired }),
          assessment.minGroupSize,
        ),
      };
    },
    removeStakeholder: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const stakeholder = await loadStakeholder(assessment.id, params.sid);
      // A submission stays counted: removing a person never takes their answers out of the results.
      await deps.store.removeStakeholder(stakeholder, retiredCopy(stakeholder));
      return undefined;
    },
    revokeInvite: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const stakeholder = await loadStakeholder(assessment.id, params.sid);
      if (stakeholder.status === 'revoked') return toStakeholderView(stakeholder);
      const now = deps.now().toISOString();
      await deps.store.revokeInvite(stakeholder, now);
      // The write is conditioned on the token just read, so this is exactly what is stored now.
      return toStakeholderView({ ...stakeholder, status: 'revoked', updatedAt: now });
    },
    reissueInvite: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      const stakeholder = await loadStakeholder(assessment.id, params.sid);
      if (assessment.status !== 'open') throw closedError();
      return reissueInvite(deps, assessment, stakeholder, baseUrl(deps, c));
    },
    sendReminders: async (c, { params }) => {
      const assessment = await loadAssessment(deps, c, params.id);
      if (assessment.status !== 'open') throw closedError();
      const stakeholders = await deps.store.listStakeholders(assessment.id);
      const sent = await remindPending(deps, assessment, stakeholders, { force: true });
      return { sent };
    },
  };
};
