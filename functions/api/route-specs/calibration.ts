import * as z from 'zod';
import {
  AgreeLevelRequest,
  Calibration,
  EvidenceItem,
  EvidenceItemRequest,
  EvidenceList,
} from '../../contract/calibration';
import { lazySchema } from '../../contract/lazy';
import { Id } from '../schemas';
import { AssessmentPath } from './paths';
import type { RouteSpec } from './spec';

const EvidencePath = lazySchema(() => z.object({ id: Id, evidenceId: Id }).strict());
const DimensionPath = lazySchema(() =>
  z
    .object({
      id: Id,
      dimension: z
        .string()
        .min(1)
        .max(64)
        .regex(/^[a-z0-9-]+$/, 'must be a dimension id'),
    })
    .strict(),
);

/**
 * From survey to validated findings: the consultant's evidence register per dimension, and the
 * calibration workshop's agreed levels and importance with their audit trail. Consultant-only and
 * scoped to the caller's organisation, as every assessment route.
 */
export const CALIBRATION_ROUTES = {
  listEvidence: {
    method: 'get',
    path: '/api/assessments/{id}/evidence',
    access: 'consultant',
    summary: "The assessment's evidence register: documents, observations and the level each supports",
    params: AssessmentPath,
    response: EvidenceList,
  },
  createEvidence: {
    method: 'post',
    path: '/api/assessments/{id}/evidence',
    access: 'consultant',
    summary:
      'Record an evidence item for a dimension (document, optional link, observation, level 1–5); never attributed to a stakeholder',
    params: AssessmentPath,
    body: EvidenceItemRequest,
    response: EvidenceItem,
    status: 201,
  },
  updateEvidence: {
    method: 'put',
    path: '/api/assessments/{id}/evidence/{evidenceId}',
    access: 'consultant',
    summary: 'Change an evidence item',
    params: EvidencePath,
    body: EvidenceItemRequest,
    response: EvidenceItem,
  },
  deleteEvidence: {
    method: 'delete',
    path: '/api/assessments/{id}/evidence/{evidenceId}',
    access: 'consultant',
    summary: 'Remove an evidence item',
    params: EvidencePath,
    status: 204,
  },
  getCalibration: {
    method: 'get',
    path: '/api/assessments/{id}/calibration',
    access: 'consultant',
    summary:
      "The calibration workshop: each dimension's agreed level, rationale and importance, and the audit trail of every change (who, when, from, to, why)",
    params: AssessmentPath,
    response: Calibration,
  },
  agreeLevel: {
    method: 'put',
    path: '/api/assessments/{id}/calibration/{dimension}',
    access: 'consultant',
    summary:
      "Set (or withdraw) a dimension's agreed level and importance with the rationale; each change goes into the audit trail",
    params: DimensionPath,
    body: AgreeLevelRequest,
    response: Calibration,
  },
} as const satisfies Record<string, RouteSpec>;
