import * as z from 'zod';
import { Health, QuestionnaireDocument } from '../contract/api';
import {
  AddStakeholderRequest,
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  CreateAssessmentRequest,
  Invite,
  ListQuery,
  LocalSignIn,
  Mail,
  ResponseDocument,
  ResponseRate,
  StakeholderView,
  UpdateAssessmentRequest,
} from '../contract/assessments';
import {
  BenchmarkConsentRequest,
  BenchmarkView,
  Branding,
  BrandingRequest,
  CreatedShareLink,
  CreateShareLinkRequest,
  Portfolio,
  SharedReport,
  ShareLinkView,
  Targets,
  TargetsRequest,
} from '../contract/deliverables';
import { AccessLog, PrivacySettings, PrivacySettingsRequest } from '../contract/privacy';
import { Result } from '../contract/result';
import { QUESTIONNAIRES } from '../core';
import { TransferCode } from '../services/tokens';
import { LanguageQuery } from './language';
import { Id, QuickCheckBody, SaveBody } from './schemas';

/**
 * Who may call a route. `public`: anyone; `consultant`: a signed-in consultant (in AWS behind
 * API Gateway's JWT authorizer); `stakeholder`: the holder of an invite token (checked by the
 * function); `share`: the holder of a share token in the `X-Share-Token` header (checked by the
 * function); `local`: only the local host mounts it, and it never reaches API Gateway.
 */
export type Access = 'public' | 'consultant' | 'stakeholder' | 'share' | 'local';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One route, declared once: the hono app, the OpenAPI document and API Gateway derive from it. */
export interface RouteSpec {
  method: Method;
  /** OpenAPI and API Gateway path syntax: `/api/assessments/{id}`. */
  path: `/api/${string}`;
  access: Access;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** An empty body is accepted and reads as `{}` (submit without final changes). */
  bodyOptional?: boolean;
  response?: z.ZodType;
  status?: 200 | 201 | 204;
  /** Non-JSON responses (CSV). */
  contentType?: 'text/csv';
}

const AssessmentPath = z.object({ id: Id }).strict();
const StakeholderPath = z.object({ id: Id, sid: Id }).strict();
const TransferCodeResponse = z.object({
  code: z.string().describe('XXXXX-XXXXX; shown once, single use.'),
  expiresAt: z.string(),
});
const RedeemTransferRequest = z.object({ code: TransferCode }).strict();

const FollowUpRequest = CreateAssessmentRequest.partial().strict();
const FollowUp = z.object({
  assessment: AssessmentView,
  invites: z.array(Invite),
  remaining: z
    .number()
    .int()
    .describe('Invitations still to carry over: call POST …/follow-up/invites on the follow-up until 0.'),
});
const StakeholderList = z.object({ items: z.array(StakeholderView), responseRate: ResponseRate });
/** The results export: the assessment beside its results, in one file. */
const ResultsExport = AssessmentResults.extend({ assessment: AssessmentView });
const Principal = z.object({ consultant: z.string(), orgId: z.string(), organisation: z.string() });
const Csv = z.string();
const ShareLinkPath = z.object({ id: Id, linkId: Id }).strict();
const PortfolioQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(25),
    cursor: z.string().max(2048).optional(),
  })
  .strict();

/** Every route of the API, keyed by its operationId. */
export const ROUTES = {
  getHealth: {
    method: 'get',
    path: '/api/health',
    access: 'public',
    summary: 'Liveness and questionnaire version',
    response: Health,
  },
  getOpenApi: {
    method: 'get',
    path: '/api/openapi.json',
    access: 'public',
    summary: 'This document',
  },
  getModel: {
    method: 'get',
    path: '/api/model',
    access: 'public',
    summary: 'The questionnaire: dimensions, questions, answer scale, context fields',
    query: LanguageQuery.extend({
      edition: z
        .enum(QUESTIONNAIRES.map((q) => q.version) as [string, ...string[]])
        .optional()
        .describe('An earlier edition, for assessments answered in it (default: the current one)'),
    }).strict(),
    response: QuestionnaireDocument,
  },
  runQuickCheck: {
    method: 'post',
    path: '/api/quick-check',
    access: 'public',
    summary: 'Score answers and recommend a PMO without an account',
    query: LanguageQuery,
    body: QuickCheckBody,
    response: Result,
  },
  signInLocally: {
    method: 'post',
    path: '/api/auth/local',
    access: 'local',
    summary: 'Local sign-in (only when running locally; in AWS, Cognito issues the tokens)',
    body: LocalSignIn,
    response: z.object({ token: z.string() }),
  },
  signOutLocally: {
    method: 'post',
    path: '/api/auth/sign-out',
    access: 'local',
    summary:
      'Local sign-out: the bearer token stops working at once (in AWS, the web app revokes at Cognito)',
    status: 204,
  },
  getMe: {
    method: 'get',
    path: '/api/me',
    access: 'consultant',
    summary: 'The signed-in consultant and organisation',
    response: Principal,
  },
  createAssessment: {
    method: 'post',
    path: '/api/assessments',
    access: 'consultant',
    summary: 'Create an assessment',
    body: CreateAssessmentRequest,
    response: AssessmentView,
    status: 201,
  },
  listAssessments: {
    method: 'get',
    path: '/api/assessments',
    access: 'consultant',
    summary: "List the organisation's assessments with response progress, newest first",
    query: ListQuery,
    response: AssessmentList,
  },
  getAssessment: {
    method: 'get',
    path: '/api/assessments/{id}',
    access: 'consultant',
    summary: 'An assessment with its stakeholders and response rates',
    params: AssessmentPath,
    response: AssessmentDetail,
  },
  updateAssessment: {
    method: 'patch',
    path: '/api/assessments/{id}',
    access: 'consultant',
    summary: 'Update client, context, due date or minimum group size; close or reopen through status',
    params: AssessmentPath,
    body: UpdateAssessmentRequest,
    response: AssessmentView,
  },
  startFollowUp: {
    method: 'post',
    path: '/api/assessments/{id}/follow-up',
    access: 'consultant',
    summary: 'Start a re-assessment from this one: same client, context and stakeholders, new invite links',
    params: AssessmentPath,
    body: FollowUpRequest,
    response: FollowUp,
    status: 201,
  },
  continueFollowUp: {
    method: 'post',
    path: '/api/assessments/{id}/follow-up/invites',
    access: 'consultant',
    summary:
      "Carry the next batch of the baseline's live invitations over into this follow-up (resumable: none is invited twice); new links returned once",
    params: AssessmentPath,
    response: FollowUp,
  },
  getResults: {
    method: 'get',
    path: '/api/assessments/{id}/results',
    access: 'consultant',
    summary: 'The Result plus the stakeholder analysis and the change against a baseline',
    params: AssessmentPath,
    query: LanguageQuery,
    response: AssessmentResults,
  },
  exportAnswers: {
    method: 'get',
    path: '/api/assessments/{id}/export/answers.csv',
    access: 'consultant',
    summary:
      'Per-question figures overall and by shown role group: the same aggregates the results hold, each resting on at least minGroupSize ratings; never a row per respondent',
    params: AssessmentPath,
    query: LanguageQuery,
    response: Csv,
    contentType: 'text/csv',
  },
  exportScores: {
    method: 'get',
    path: '/api/assessments/{id}/export/scores.csv',
    access: 'consultant',
    summary: 'Dimension scores overall and by role group',
    params: AssessmentPath,
    query: LanguageQuery,
    response: Csv,
    contentType: 'text/csv',
  },
  exportResults: {
    method: 'get',
    path: '/api/assessments/{id}/export/results.json',
    access: 'consultant',
    summary: 'The assessment and its results',
    params: AssessmentPath,
    query: LanguageQuery,
    response: ResultsExport,
  },
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
    response: z.object({
      sent: z
        .number()
        .int()
        .describe('Reminders queued: 1, or 0 within a day of the last; never a count of people.'),
    }),
  },
  listMail: {
    method: 'get',
    path: '/api/outbox',
    access: 'consultant',
    summary: "The organisation's mail: invitations and reminders, queued and sent, without links",
    response: z.object({ items: z.array(Mail) }),
  },
  getResponse: {
    method: 'get',
    path: '/api/response',
    access: 'stakeholder',
    summary:
      "The stakeholder's questionnaire state. X-Device-Key once the link is bound (else 403 device_mismatch); 404 invite_not_found, 410 invite_expired.",
    response: ResponseDocument,
  },
  saveResponse: {
    method: 'put',
    path: '/api/response',
    access: 'stakeholder',
    summary:
      'Autosave: merge answers, notes and expectations (idempotent; optional version). The first write binds the link to the device and returns deviceKey once; 409 already_submitted after submission.',
    body: SaveBody,
    response: ResponseDocument,
  },
  submitResponse: {
    method: 'post',
    path: '/api/response/submit',
    access: 'stakeholder',
    summary: 'Submit, optionally with final changes; a submission is final',
    body: SaveBody,
    bodyOptional: true,
    response: ResponseDocument,
  },
  startDeviceTransfer: {
    method: 'post',
    path: '/api/response/transfer',
    access: 'stakeholder',
    summary:
      'The bound device gets a one-time code, valid 10 minutes, to move the link to another device; 409 device_not_bound before the first write',
    response: TransferCodeResponse,
  },
  redeemDeviceTransfer: {
    method: 'post',
    path: '/api/response/transfer/redeem',
    access: 'stakeholder',
    summary:
      'The new device trades the code for its own deviceKey; the old device stops working. 403 transfer_code_invalid for a wrong, used or expired code',
    body: RedeemTransferRequest,
    response: ResponseDocument,
  },

  // ── What leadership sees and what consultants hand over (issue 13) ──
  createShareLink: {
    method: 'post',
    path: '/api/assessments/{id}/share-links',
    access: 'consultant',
    summary:
      'Create a read-only link to the report for leadership; the link (/share#<token>) is returned once',
    params: AssessmentPath,
    body: CreateShareLinkRequest,
    bodyOptional: true,
    response: CreatedShareLink,
    status: 201,
  },
  listShareLinks: {
    method: 'get',
    path: '/api/assessments/{id}/share-links',
    access: 'consultant',
    summary: "The assessment's share links with their views, expiry and state (without tokens)",
    params: AssessmentPath,
    response: z.object({ items: z.array(ShareLinkView) }),
  },
  revokeShareLink: {
    method: 'post',
    path: '/api/assessments/{id}/share-links/{linkId}/revoke',
    access: 'consultant',
    summary: 'Revoke a share link at once',
    params: ShareLinkPath,
    response: ShareLinkView,
  },
  getSharedReport: {
    method: 'get',
    path: '/api/share',
    access: 'share',
    summary:
      'The shared report (same anonymised results as the consultant sees), targets and branding; token in X-Share-Token',
    query: LanguageQuery,
    response: SharedReport,
  },
  getBranding: {
    method: 'get',
    path: '/api/branding',
    access: 'consultant',
    summary: "The firm's branding: name, logo and accent colour",
    response: Branding,
  },
  putBranding: {
    method: 'put',
    path: '/api/branding',
    access: 'consultant',
    summary: "Set the firm's branding (logo: PNG or JPEG data URL ≤ 40 KB; accent: ≥ 4.5:1 against white)",
    body: BrandingRequest,
    response: Branding,
  },
  getPortfolio: {
    method: 'get',
    path: '/api/portfolio',
    access: 'consultant',
    summary:
      "One page of assessments side by side with maturity, verdict and response rate, and each client's trend",
    query: PortfolioQuery,
    response: Portfolio,
  },
  getTargets: {
    method: 'get',
    path: '/api/assessments/{id}/targets',
    access: 'consultant',
    summary: "Target level per dimension and date (a re-assessment without its own shows its baseline's)",
    params: AssessmentPath,
    response: Targets,
  },
  putTargets: {
    method: 'put',
    path: '/api/assessments/{id}/targets',
    access: 'consultant',
    summary: 'Set the target level per dimension and the date leadership agreed',
    params: AssessmentPath,
    body: TargetsRequest,
    response: Targets,
  },
  getBenchmark: {
    method: 'get',
    path: '/api/assessments/{id}/benchmark',
    access: 'consultant',
    summary:
      "The client's benchmark consent and, with consent and ≥ 5 published clients of ≥ 2 other consultancies in the cell, its percentile per dimension against them",
    params: AssessmentPath,
    response: BenchmarkView,
  },
  putBenchmark: {
    method: 'put',
    path: '/api/assessments/{id}/benchmark',
    access: 'consultant',
    summary:
      "Record the client's consent, industry and size band; withdrawing takes its scores out of the benchmark",
    params: AssessmentPath,
    body: BenchmarkConsentRequest,
    response: BenchmarkView,
  },

  // ── Personal data lifecycle: retention, erasure, the record of access ──
  getPrivacySettings: {
    method: 'get',
    path: '/api/organisation/privacy',
    access: 'consultant',
    summary:
      "How many days stakeholders' names and e-mail addresses are kept after a client's last assessment closes (default 180)",
    response: PrivacySettings,
  },
  putPrivacySettings: {
    method: 'put',
    path: '/api/organisation/privacy',
    access: 'consultant',
    summary: 'Set the retention of names and e-mail addresses (30 to 3650 days)',
    body: PrivacySettingsRequest,
    response: PrivacySettings,
  },
  eraseStakeholder: {
    method: 'post',
    path: '/api/assessments/{id}/stakeholders/{sid}/erase',
    access: 'consultant',
    summary:
      'Erase a stakeholder on request, open or closed assessment: name, e-mail, link, draft and notes go (also from the outbox); it stays listed as removed, and a submission stays counted anonymously',
    params: StakeholderPath,
    response: StakeholderView,
  },
  eraseResponse: {
    method: 'delete',
    path: '/api/response',
    access: 'stakeholder',
    summary:
      'The stakeholder erases their own invitation from the bound device (X-Device-Key, else 403 device_mismatch): name, e-mail, draft and notes go, the link stops working; a submission stays counted anonymously',
    status: 204,
  },
  getAccessLog: {
    method: 'get',
    path: '/api/assessments/{id}/access-log',
    access: 'consultant',
    summary:
      'Who viewed the results, exported, shared or opened a share link of this assessment: the newest 200 entries, newest first',
    params: AssessmentPath,
    response: AccessLog,
  },
} as const satisfies Record<string, RouteSpec>;

export type OperationId = keyof typeof ROUTES;

const routeEntries = (): [OperationId, RouteSpec][] => Object.entries(ROUTES) as [OperationId, RouteSpec][];

/** The routes API Gateway serves (every route but the local-only ones). */
export const deployedRoutes = () => routeEntries().filter(([, spec]) => spec.access !== 'local');
