import type { Context } from 'hono';
import { z } from 'zod';
import type { AssessmentRecord } from '../../store/records';
import { notFound } from '../http/errors';
import { parse } from '../http/validate';
import { Id } from '../schemas';
import type { ConsultantEnv, WorkspaceDeps } from '../types';

/** Loads an assessment of the caller's organisation; another organisation's id is simply not found. */
export const loadAssessment = async (
  deps: WorkspaceDeps,
  c: Context<ConsultantEnv>,
): Promise<AssessmentRecord> => {
  const { id } = parse(z.object({ id: Id }), { id: c.req.param('id') }, 'path');
  const assessment = await deps.store.getAssessment(c.get('principal').orgId, id);
  if (!assessment) throw notFound('Assessment');
  return assessment;
};

/** Invite links point at the configured public URL, or else at the origin the request came to. */
export const baseUrl = (deps: WorkspaceDeps, c: Context): string =>
  deps.publicBaseUrl ?? new URL(c.req.url).origin;
