import * as z from 'zod';
import {
  AddStakeholderRequest,
  Invite,
  Mail,
  ResponseRate,
  StakeholderView,
} from '../../contract/assessments';
import { lazySchema } from '../../contract/lazy';
import { AssessmentPath, StakeholderPath } from './paths';
import type { RouteSpec } from './spec';

const StakeholderList = lazySchema(() =>
  z.object({ items: z.array(StakeholderView), responseRate: ResponseRate }),
);

/** An assessment's stakeholders and their invitations, reminders, and the organisation's outbox. */
export const STAKEHOLDER_ROUTES = {
  inviteStakeholder: {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders',
    access: 'consultant',
    summary: 'Invite a stakeholder; the invite link is returned once',
    params: AssessmentPath,
    body: AddStakeholderRequest,
    response: Invite,
    status: 201,
  },
  listStakeholders: {
    method: 'get',
    path: '/api/assessments/{id}/stakeholders',
    access: 'consultant',
    summary:
      'Invitations as the consultant made them (live, revoked, removed), and response counts published in batches of minGroupSize',
    params: AssessmentPath,
    response: StakeholderList,
  },
  removeStakeholder: {
    method: 'delete',
    path: '/api/assessments/{id}/stakeholders/{sid}',
    access: 'consultant',
    summary:
      'Remove an invitation: its link, draft and personal notes go; it stays listed as removed, and a submission it made stays counted',
    params: StakeholderPath,
    status: 204,
  },
  revokeInvite: {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders/{sid}/revoke',
    access: 'consultant',
    summary: 'Revoke the invite link at once',
    params: StakeholderPath,
    response: StakeholderView,
  },
  reissueInvite: {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders/{sid}/reissue',
    access: 'consultant',
    summary: 'Replace the invite link',
    params: StakeholderPath,
    response: Invite,
  },
  sendReminders: {
    method: 'post',
    path: '/api/assessments/{id}/reminders',
    access: 'consultant',
    summary:
      'Remind everyone with an e-mail who has not submitted: one outbox entry, the same text for all; at most once a day',
    params: AssessmentPath,
    response: lazySchema(() =>
      z.object({
        sent: z
          .number()
          .int()
          .describe('Reminders queued: 1, or 0 within a day of the last; never a count of people.'),
      }),
    ),
  },
  listMail: {
    method: 'get',
    path: '/api/outbox',
    access: 'consultant',
    summary: "The organisation's mail: invitations and reminders, queued and sent, without links",
    response: lazySchema(() => z.object({ items: z.array(Mail) })),
  },
} as const satisfies Record<string, RouteSpec>;
