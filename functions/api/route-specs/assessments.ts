import * as z from 'zod';
import {
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  CreateAssessmentRequest,
  Invite,
  ListQuery,
  UpdateAssessmentRequest,
} from '../../contract/assessments';
import { lazySchema } from '../../contract/lazy';
import { LanguageQuery } from '../language';
import { AssessmentPath } from './paths';
import type { RouteSpec } from './spec';

const FollowUpRequest = lazySchema(() => CreateAssessmentRequest.partial().strict());
const FollowUp = lazySchema(() =>
  z.object({
    assessment: AssessmentView,
    invites: z.array(Invite),
    remaining: z
      .number()
      .int()
      .describe('Invitations still to carry over: call POST …/follow-up/invites on the follow-up until 0.'),
  }),
);
/** The results export: the assessment beside its results, in one file. */
const ResultsExport = lazySchema(() => AssessmentResults.extend({ assessment: AssessmentView }));
const Csv = lazySchema(() => z.string());

/** An organisation's assessments: create, list, read, update, follow up, and their results and exports. */
export const ASSESSMENT_ROUTES = {
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
} as const satisfies Record<string, RouteSpec>;
