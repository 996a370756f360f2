import type { Context } from 'hono';
import type { AssessmentRecord } from '../../store/records';
import { notFound } from '../http/errors';
import type { ConsultantEnv, WorkspaceDeps } from '../types';

/** Loads an assessment of the caller's organisation; another organisation's id is simply not found. */
export const loadAssessment = async (
  deps: WorkspaceDeps,
  c: Context<ConsultantEnv>,
  id: string,
): Promise<AssessmentRecord> => {
  const assessment = await deps.store.getAssessment(c.get('principal').orgId, id);
  if (!assessment) throw notFound('Assessment');
  return assessment;
};

/**
 * Invite links point at the configured public URL; else at the host the viewer used (CloudFront
 * passes it as x-forwarded-host, since the API sees its own host); else at the request's origin.
 */
export const baseUrl = (deps: WorkspaceDeps, c: Context): string => {
  if (deps.publicBaseUrl) return deps.publicBaseUrl;
  const forwarded = c.req.header('x-forwarded-host');
  if (forwarded && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/.test(forwarded)) return `https://${forwarded}`;
  return new URL(c.req.url).origin;
};
