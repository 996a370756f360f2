/**
 * The calibration's records: the consultant's evidence register, the workshop's agreed levels and
 * importance, and the audit trail of their changes. None holds a stakeholder's id, name or answer.
 */

/** One evidence item of the register, in the assessment's partition. */
export interface EvidenceRecord {
  id: string;
  assessmentId: string;
  dimension: string;
  document: string;
  link: string | null;
  observation: string;
  level: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface AgreedDimensionRecord {
  level: number | null;
  rationale: string | null;
  importance: number | null;
  updatedAt: string | null;
}

/** The workshop's state, one item per assessment; every save moves the version by one. */
export interface CalibrationRecord {
  assessmentId: string;
  version: number;
  dimensions: Record<string, AgreedDimensionRecord>;
}

/** One change of an agreed level or importance: who, when, from, to, why. Never deleted by a save. */
export interface CalibrationAuditRecord {
  id: string;
  assessmentId: string;
  at: string;
  by: string;
  dimension: string;
  field: 'level' | 'importance';
  from: number | null;
  to: number | null;
  why: string;
}
