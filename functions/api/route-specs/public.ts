import * as z from 'zod';
import { Health, QuestionnaireDocument } from '../../contract/api';
import { LocalSignIn } from '../../contract/assessments';
import { lazySchema } from '../../contract/lazy';
import { Result } from '../../contract/result';
import { QUESTIONNAIRES } from '../../core/questionnaire';
import { LanguageQuery } from '../language';
import { QuickCheckBody } from '../schemas';
import type { RouteSpec } from './spec';

const Principal = lazySchema(() =>
  z.object({ consultant: z.string(), orgId: z.string(), organisation: z.string() }),
);

/**
 * What anyone may call (health, the OpenAPI document, the questionnaire, the quick check), the
 * local sign-in and sign-out, and who is signed in.
 */
export const PUBLIC_ROUTES = {
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
    query: lazySchema(() =>
      LanguageQuery.extend({
        edition: z
          .enum(QUESTIONNAIRES.map((q) => q.version) as [string, ...string[]])
          .optional()
          .describe('An earlier edition, for assessments answered in it (default: the current one)'),
      }).strict(),
    ),
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
    response: lazySchema(() => z.object({ token: z.string() })),
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
} as const satisfies Record<string, RouteSpec>;
