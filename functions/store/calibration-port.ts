import type { CalibrationAuditRecord, CalibrationRecord, EvidenceRecord } from './calibration-records';

/** Most evidence items one assessment keeps (one Query page lists them all). */
export const MAX_EVIDENCE_ITEMS = 200;
/** Most audit entries one read returns, newest first. */
export const MAX_AUDIT_ENTRIES = 500;

/**
 * The calibration's part of the Store port: the evidence register, the agreed levels and their
 * audit trail. Declared on its own, so the port never depends on an adapter.
 */
export interface CalibrationPort {
  /** An assessment's evidence items, oldest first. */
  listEvidence(assessmentId: string): Promise<EvidenceRecord[]>;
  /** Adds an item (refused as `exists` if its id is taken) or replaces one (refused as `not-found` if gone). */
  putEvidence(record: EvidenceRecord, mode: 'create' | 'replace'): Promise<void>;
  /** Deletes an item; refused as `not-found` when it is not there. */
  deleteEvidence(assessmentId: string, id: string): Promise<void>;
  getCalibration(assessmentId: string): Promise<CalibrationRecord | null>;
  /**
   * Saves the workshop's state with its audit entries in one transaction, only while the stored
   * version is `expectedVersion` (0: none stored yet); refused as `version-conflict` otherwise.
   */
  saveCalibration(
    record: CalibrationRecord,
    expectedVersion: number,
    entries: readonly CalibrationAuditRecord[],
  ): Promise<void>;
  /** The audit trail, newest first, at most MAX_AUDIT_ENTRIES. */
  listCalibrationAudit(assessmentId: string): Promise<CalibrationAuditRecord[]>;
}
