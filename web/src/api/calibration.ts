import type {
  AgreeLevelRequest,
  Calibration,
  EvidenceItem,
  EvidenceItemRequest,
} from '../../../functions/contract/calibration';
import { request } from './client';

export type { AgreeLevelRequest, Calibration, EvidenceItem, EvidenceItemRequest };

/** The evidence register and the calibration workshop (consultant-only). */
export const listEvidence = (id: string) =>
  request<{ items: EvidenceItem[] }>(`/api/assessments/${id}/evidence`);
export const createEvidence = (id: string, body: EvidenceItemRequest) =>
  request<EvidenceItem>(`/api/assessments/${id}/evidence`, { method: 'POST', body });
export const deleteEvidence = (id: string, evidenceId: string) =>
  request<void>(`/api/assessments/${id}/evidence/${evidenceId}`, { method: 'DELETE' });
export const getCalibration = (id: string) => request<Calibration>(`/api/assessments/${id}/calibration`);
export const agreeLevel = (id: string, dimension: string, body: AgreeLevelRequest) =>
  request<Calibration>(`/api/assessments/${id}/calibration/${dimension}`, { method: 'PUT', body });
