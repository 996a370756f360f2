import type { Questionnaire } from '../../core';
import { questionnaireFor } from '../../core/questionnaire';
import { agreeLevel, evidenceRecord, toCalibration, toEvidenceItem } from '../../services/calibration';
import { MAX_EVIDENCE_ITEMS } from '../../store/calibration-port';
import type { AssessmentRecord } from '../../store/records';
import { ApiError, notFound } from '../http/errors';
import type { Handlers } from '../http/mount';
import type { WorkspaceDeps } from '../types';
import { loadAssessment } from './workspace-helpers';

export type CalibrationOperation =
  | 'listEvidence'
  | 'createEvidence'
  | 'updateEvidence'
  | 'deleteEvidence'
  | 'getCalibration'
  | 'agreeLevel';

/** The edition's dimension, or a 400 naming the field. */
const refuseUnknownDimension = (q: Questionnaire, assessment: AssessmentRecord, id: string, path: string) => {
  const edition = questionnaireFor(assessment.questionnaireVersion ?? q.version);
  if (!edition.dimensions.some((d) => d.id === id))
    throw new ApiError(400, 'invalid_request', `${path}: no such dimension`, [
      { path, message: `not a dimension of edition ${edition.version}` },
    ]);
  return edition;
};

/** The evidence register and the calibration workshop (consultant-only, in the caller's organisation). */
export const calibrationHandlers = (
  q: Questionnaire,
  deps: WorkspaceDeps,
): Pick<Handlers, CalibrationOperation> => ({
  listEvidence: async (c, { params }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    return { items: (await deps.store.listEvidence(assessment.id)).map(toEvidenceItem) };
  },
  createEvidence: async (c, { params, body }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    refuseUnknownDimension(q, assessment, body.dimension, 'dimension');
    if ((await deps.store.listEvidence(assessment.id)).length >= MAX_EVIDENCE_ITEMS)
      throw new ApiError(
        409,
        'too_many_evidence_items',
        `This assessment already has ${MAX_EVIDENCE_ITEMS} evidence items.`,
      );
    const record = evidenceRecord(
      assessment.id,
      body,
      c.get('principal').consultant,
      deps.now().toISOString(),
      null,
    );
    await deps.store.putEvidence(record, 'create');
    return toEvidenceItem(record);
  },
  updateEvidence: async (c, { params, body }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    refuseUnknownDimension(q, assessment, body.dimension, 'dimension');
    const existing = (await deps.store.listEvidence(assessment.id)).find((e) => e.id === params.evidenceId);
    if (!existing) throw notFound('Evidence item');
    const record = evidenceRecord(
      assessment.id,
      body,
      c.get('principal').consultant,
      deps.now().toISOString(),
      existing,
    );
    await deps.store.putEvidence(record, 'replace');
    return toEvidenceItem(record);
  },
  deleteEvidence: async (c, { params }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    await deps.store.deleteEvidence(assessment.id, params.evidenceId);
    return undefined;
  },
  getCalibration: async (c, { params }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    const edition = questionnaireFor(assessment.questionnaireVersion ?? q.version);
    const [record, trail] = await Promise.all([
      deps.store.getCalibration(assessment.id),
      deps.store.listCalibrationAudit(assessment.id),
    ]);
    return toCalibration(edition, record, trail);
  },
  agreeLevel: async (c, { params, body }) => {
    const assessment = await loadAssessment(deps, c, params.id);
    const edition = refuseUnknownDimension(q, assessment, params.dimension, 'path.dimension');
    return agreeLevel(
      deps.store,
      edition,
      assessment,
      params.dimension,
      body,
      c.get('principal').consultant,
      deps.now().toISOString(),
    );
  },
});
