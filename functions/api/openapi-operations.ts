import * as z from 'zod';
import { ErrorBody, Health, QuestionnaireDocument, QuickCheckRequest } from '../contract/api';
import {
  AddStakeholderRequest,
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  CreateAssessmentRequest,
  Invite,
  LocalSignIn,
  Mail,
  ResponseDocument,
  RoleProgress,
  SaveResponseRequest,
  StakeholderView,
  UpdateAssessmentRequest,
} from '../contract/assessments';
import { Result } from '../contract/result';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  auth?: 'consultant' | 'invite';
  request?: z.ZodType;
  query?: Record<string, { description: string; schema: Record<string, unknown> }>;
  response?: z.ZodType;
  status?: number;
  contentType?: string;
}

export { ErrorBody };

const TransferCodeResponse = z.object({
  code: z.string().describe('XXXXX-XXXXX; shown once, single use.'),
  expiresAt: z.string(),
});
const RedeemTransferRequest = z.object({ code: z.string() }).strict();
const FollowUp = z.object({ assessment: AssessmentView, invites: z.array(Invite) });
const StakeholderList = z.object({
  items: z.array(StakeholderView),
  responseRate: z.object({ overall: z.number(), byRole: z.array(RoleProgress) }),
});

/** Every route of the API, as served: the OpenAPI document is generated from this list and the zod contract. */
export const OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness and questionnaire version', response: Health },
  { method: 'get', path: '/api/openapi.json', summary: 'This document' },
  {
    method: 'get',
    path: '/api/model',
    summary: 'The questionnaire: dimensions, questions, answer scale, context fields',
    response: QuestionnaireDocument,
  },
  {
    method: 'post',
    path: '/api/quick-check',
    summary: 'Score answers and recommend a PMO without an account',
    request: QuickCheckRequest,
    response: Result,
  },
  {
    method: 'post',
    path: '/api/auth/local',
    summary: 'Local sign-in (only when running locally; in AWS, Cognito issues the tokens)',
    request: LocalSignIn,
    response: z.object({ token: z.string() }),
  },
  {
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in consultant and organisation',
    auth: 'consultant',
  },
  {
    method: 'post',
    path: '/api/assessments',
    summary: 'Create an assessment',
    auth: 'consultant',
    request: CreateAssessmentRequest,
    response: AssessmentView,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/assessments',
    summary: "List the organisation's assessments with response progress, newest first",
    auth: 'consultant',
    query: {
      limit: {
        description: 'Page size, 1–100 (default 25)',
        schema: { type: 'integer', minimum: 1, maximum: 100 },
      },
      cursor: { description: 'The cursor returned by the previous page', schema: { type: 'string' } },
    },
    response: AssessmentList,
  },
  {
    method: 'get',
    path: '/api/assessments/{id}',
    summary: 'An assessment with its stakeholders and response rates',
    auth: 'consultant',
    response: AssessmentDetail,
  },
  {
    method: 'patch',
    path: '/api/assessments/{id}',
    summary: 'Update client, context, due date or minimum group size; close or reopen through status',
    auth: 'consultant',
    request: UpdateAssessmentRequest,
    response: AssessmentView,
  },
  {
    method: 'post',
    path: '/api/assessments/{id}/follow-up',
    summary: 'Start a re-assessment from this one: same client, context and stakeholders, new invite links',
    auth: 'consultant',
    request: CreateAssessmentRequest.partial(),
    response: FollowUp,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/assessments/{id}/results',
    summary: 'The Result plus the stakeholder analysis and the change against a baseline',
    auth: 'consultant',
    response: AssessmentResults,
  },
  {
    method: 'get',
    path: '/api/assessments/{id}/export/answers.csv',
    summary: 'Submitted answers, pseudonymous, by role group',
    auth: 'consultant',
    contentType: 'text/csv',
    response: z.string(),
  },
  {
    method: 'get',
    path: '/api/assessments/{id}/export/scores.csv',
    summary: 'Dimension scores overall and by role group',
    auth: 'consultant',
    contentType: 'text/csv',
    response: z.string(),
  },
  {
    method: 'get',
    path: '/api/assessments/{id}/export/results.json',
    summary: 'The assessment and its results',
    auth: 'consultant',
    response: AssessmentResults,
  },
  {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders',
    summary: 'Invite a stakeholder; the invite link is returned once (the token is its last path segment)',
    auth: 'consultant',
    request: AddStakeholderRequest,
    response: Invite,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/assessments/{id}/stakeholders',
    summary: 'Stakeholders with their progress, and response rates by role',
    auth: 'consultant',
    response: StakeholderList,
  },
  {
    method: 'delete',
    path: '/api/assessments/{id}/stakeholders/{sid}',
    summary: 'Remove a stakeholder and their answers',
    auth: 'consultant',
    status: 204,
  },
  {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders/{sid}/revoke',
    summary: 'Revoke the invite link at once',
    auth: 'consultant',
    response: StakeholderView,
  },
  {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders/{sid}/reissue',
    summary:
      'Replace the invite link: the new link starts empty; a submission made stays counted, detached from the person',
    auth: 'consultant',
    response: Invite,
  },
  {
    method: 'post',
    path: '/api/assessments/{id}/reminders',
    summary: 'Remind every stakeholder with an e-mail who has not submitted',
    auth: 'consultant',
    response: z.object({ sent: z.number().int() }),
  },
  {
    method: 'get',
    path: '/api/outbox',
    summary: 'Mail sent by the local product (the stand-in for a mail server)',
    auth: 'consultant',
    response: z.object({ items: z.array(Mail) }),
  },
  {
    method: 'get',
    path: '/api/response',
    summary:
      "The stakeholder's questionnaire state. Headers: X-Invite-Token; X-Device-Key once the link is bound (else 403 device_mismatch). 404 invite_not_found, 410 invite_expired.",
    auth: 'invite',
    response: ResponseDocument,
  },
  {
    method: 'put',
    path: '/api/response',
    summary:
      'Autosave: merge answers, notes and expectations (idempotent; optional version). Headers: X-Invite-Token, X-Device-Key; the first write binds the link and returns deviceKey once. 409 already_submitted after submission.',
    auth: 'invite',
    request: SaveResponseRequest,
    response: ResponseDocument,
  },
  {
    method: 'post',
    path: '/api/response/submit',
    summary:
      'Submit (optionally with final changes); a submission is final. Headers: X-Invite-Token, X-Device-Key (or none for a first write, which binds the link).',
    auth: 'invite',
    request: SaveResponseRequest,
    response: ResponseDocument,
  },
  {
    method: 'post',
    path: '/api/response/transfer',
    summary:
      'Only the bound device (X-Invite-Token + X-Device-Key) gets a one-time code, valid 10 minutes, to move the link to another device. 409 device_not_bound before the first write.',
    auth: 'invite',
    response: TransferCodeResponse,
  },
  {
    method: 'post',
    path: '/api/response/transfer/redeem',
    summary:
      'The new device (X-Invite-Token) trades the code for its own deviceKey; the old device stops working. 403 transfer_code_invalid for a wrong, used or expired code.',
    auth: 'invite',
    request: RedeemTransferRequest,
    response: ResponseDocument,
  },
];
