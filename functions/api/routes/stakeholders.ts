import { Hono } from 'hono';
import * as z from 'zod';
import { AddStakeholderRequest } from '../../contract/assessments';
import type { Questionnaire } from '../../core';
import { ApiError, notFound } from '../http/errors';
import { parse, readBody } from '../http/validate';
import { inviteStakeholder, reissueInvite, remindPending, retiredCopy } from '../invitations';
import { Id } from '../schemas';
import type { ConsultantEnv, WorkspaceDeps } from '../types';
import { responseRate, toStakeholderView } from '../views';
import { baseUrl, loadAssessment } from './workspace-helpers';

const closedError = () =>
  new ApiError(409, 'assessment_closed', 'The assessment is closed; reopen it to make changes.');

/** Consultant routes over an assessment's stakeholders: invite, list, revoke, re-issue, remove, remind. */
export const stakeholderRoutes = (q: Questionnaire, deps: WorkspaceDeps) => {
  const questions = q.dimensions.reduce((n, d) => n + d.questions.length, 0);

  const loadStakeholder = async (assessmentId: string, raw: string | undefined) => {
    const { sid } = parse(z.object({ sid: Id }), { sid: raw }, 'path');
    const stakeholder = await deps.store.getStakeholder(assessmentId, sid);
    if (!stakeholder) throw notFound('Stakeholder');
    return stakeholder;
  };

  return new Hono<ConsultantEnv>()
    .post('/:id/stakeholders', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const body = await readBody(c, AddStakeholderRequest);
      if (assessment.status !== 'open') throw closedError();
      return c.json(await inviteStakeholder(deps, assessment, body, baseUrl(deps, c)), 201);
    })
    .get('/:id/stakeholders', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const stakeholders = await deps.store.listStakeholders(assessment.id);
      const rate = responseRate(stakeholders);
      return c.json({
        items: stakeholders.map((s) => toStakeholderView(s, questions)),
        responseRate: { overall: rate.overall, byRole: rate.byRole },
      });
    })
    .delete('/:id/stakeholders/:sid', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const stakeholder = await loadStakeholder(assessment.id, c.req.param('sid'));
      await deps.store.removeStakeholder(
        assessment.orgId,
        assessment.id,
        stakeholder.id,
        stakeholder.tokenHash,
        // A submission stays counted: removing a person never takes their answers out of the results.
        retiredCopy(stakeholder),
      );
      return c.body(null, 204);
    })
    .post('/:id/stakeholders/:sid/revoke', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const stakeholder = await loadStakeholder(assessment.id, c.req.param('sid'));
      if (stakeholder.status === 'revoked') return c.json(toStakeholderView(stakeholder, questions));
      const now = deps.now().toISOString();
      await deps.store.revokeInvite(assessment.id, stakeholder.id, stakeholder.tokenHash, now);
      // The write is conditioned on the token just read, so this is exactly what is stored now.
      return c.json(toStakeholderView({ ...stakeholder, status: 'revoked', updatedAt: now }, questions));
    })
    .post('/:id/stakeholders/:sid/reissue', async (c) => {
      const assessment = await loadAssessment(deps, c);
      const stakeholder = await loadStakeholder(assessment.id, c.req.param('sid'));
      if (assessment.status !== 'open') throw closedError();
      return c.json(await reissueInvite(deps, assessment, stakeholder, baseUrl(deps, c)));
    })
    .post('/:id/reminders', async (c) => {
      const assessment = await loadAssessment(deps, c);
      if (assessment.status !== 'open') throw closedError();
      const stakeholders = await deps.store.listStakeholders(assessment.id);
      const sent = await remindPending(deps, assessment, stakeholders, { force: true });
      return c.json({ sent });
    });
};
