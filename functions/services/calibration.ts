import type { AgreeLevelRequest, AuditEntry, Calibration, EvidenceItem } from '../contract/calibration';
import type { Questionnaire } from '../core';
import type { CalibrationPort } from '../store/calibration-port';
import type { CalibrationAuditRecord, CalibrationRecord, EvidenceRecord } from '../store/calibration-records';
import { type Store, StoreError } from '../store/port';
import type { AssessmentRecord } from '../store/records';
import { targetsFor } from './deliverables/targets';
import { newId } from './tokens';

/** What the results add from the calibration: agreed levels, their evidence, importance, targets, the trail. */
export interface CalibrationInput {
  record: CalibrationRecord | null;
  evidence: readonly EvidenceRecord[];
  trail: readonly CalibrationAuditRecord[];
  targets: Readonly<Record<string, number>>;
}

/** Everything the results need of the calibration, read together (three reads, one more for targets). */
export const calibrationInput = async (
  store: Pick<Store, 'getCalibration' | 'listEvidence' | 'listCalibrationAudit' | 'getTargets'>,
  assessment: AssessmentRecord,
): Promise<CalibrationInput> => {
  const [record, evidence, trail, targets] = await Promise.all([
    store.getCalibration(assessment.id),
    store.listEvidence(assessment.id),
    store.listCalibrationAudit(assessment.id),
    targetsFor(store, assessment),
  ]);
  return { record, evidence, trail, targets: targets.dimensions };
};

export const toEvidenceItem = (r: EvidenceRecord): EvidenceItem => ({
  id: r.id,
  dimension: r.dimension,
  document: r.document,
  link: r.link,
  observation: r.observation,
  level: r.level,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** A new or changed evidence item from a request: never anything of a stakeholder. */
export const evidenceRecord = (
  assessmentId: string,
  input: { dimension: string; document: string; link?: string | null; observation: string; level: number },
  consultant: string,
  now: string,
  existing: EvidenceRecord | null,
): EvidenceRecord => ({
  id: existing?.id ?? newId(),
  assessmentId,
  dimension: input.dimension,
  document: input.document,
  link: input.link ?? null,
  observation: input.observation,
  level: input.level,
  createdAt: existing?.createdAt ?? now,
  createdBy: existing?.createdBy ?? consultant,
  updatedAt: now,
});

const toAuditEntry = (r: CalibrationAuditRecord): AuditEntry => ({
  id: r.id,
  at: r.at,
  by: r.by,
  dimension: r.dimension,
  field: r.field,
  from: r.from,
  to: r.to,
  why: r.why,
});

export const toCalibration = (
  q: Questionnaire,
  record: CalibrationRecord | null,
  trail: readonly CalibrationAuditRecord[],
): Calibration => ({
  version: record?.version ?? 0,
  dimensions: q.dimensions.map((d) => {
    const agreed = record?.dimensions[d.id];
    return {
      id: d.id,
      level: agreed?.level ?? null,
      rationale: agreed?.rationale ?? null,
      importance: agreed?.importance ?? null,
      updatedAt: agreed?.updatedAt ?? null,
    };
  }),
  trail: trail.map(toAuditEntry),
});

/**
 * One change in the workshop: the dimension's agreed level (and importance, when sent), with one
 * audit entry for each value that really changed (who, when, from, to, why). A save that changes
 * nothing writes nothing.
 */
export const agreeLevel = async (
  store: Pick<CalibrationPort, 'getCalibration' | 'saveCalibration' | 'listCalibrationAudit'>,
  q: Questionnaire,
  assessment: AssessmentRecord,
  dimension: string,
  input: AgreeLevelRequest,
  consultant: string,
  now: string,
): Promise<Calibration> => {
  const current = await store.getCalibration(assessment.id);
  const version = current?.version ?? 0;
  if (input.version !== undefined && input.version !== version)
    throw new StoreError(
      'version-conflict',
      'The workshop changed meanwhile: reload it and make the change again.',
    );
  const was = current?.dimensions[dimension] ?? {
    level: null,
    rationale: null,
    importance: null,
    updatedAt: null,
  };
  const next = {
    level: input.level,
    rationale: input.rationale,
    importance: input.importance === undefined ? was.importance : input.importance,
    updatedAt: now,
  };
  const entries: CalibrationAuditRecord[] = (['level', 'importance'] as const)
    .filter((field) => next[field] !== was[field])
    .map((field) => ({
      id: newId(),
      assessmentId: assessment.id,
      at: now,
      by: consultant,
      dimension,
      field,
      from: was[field],
      to: next[field],
      why: input.rationale,
    }));
  if (entries.length > 0 || next.rationale !== was.rationale) {
    const record: CalibrationRecord = {
      assessmentId: assessment.id,
      version: version + 1,
      dimensions: { ...(current?.dimensions ?? {}), [dimension]: next },
    };
    await store.saveCalibration(record, version, entries);
    return toCalibration(q, record, await store.listCalibrationAudit(assessment.id));
  }
  return toCalibration(q, current, await store.listCalibrationAudit(assessment.id));
};
