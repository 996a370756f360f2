import type {
  AddStakeholderRequest,
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  CreateAssessmentRequest,
  Invite,
  StakeholderView,
  UpdateAssessmentRequest,
} from '../../../functions/contract/assessments';
import { language } from '../i18n';
import { saveBlob } from '../lib/save-file';
import { ApiFailure, currentBearer, request } from './client';

/**
 * The consultant's calls, apart from the client every route shares: a stakeholder's questionnaire
 * never downloads them.
 */
const lang = () => `lang=${language.value}`;

export const signInLocal = (email: string, organisation: string, password?: string) =>
  request<{ token: string }>('/api/auth/local', {
    method: 'POST',
    body: { email, organisation, ...(password !== undefined ? { password } : {}) },
  });
export const me = () => request<{ consultant: string; orgId: string; organisation: string }>('/api/me');

export const listAssessments = () => request<AssessmentList>('/api/assessments?limit=100');
export const createAssessment = (body: CreateAssessmentRequest) =>
  request<AssessmentView>('/api/assessments', { method: 'POST', body });
export const getAssessment = (id: string) => request<AssessmentDetail>(`/api/assessments/${id}`);
export const updateAssessment = (id: string, body: UpdateAssessmentRequest) =>
  request<AssessmentView>(`/api/assessments/${id}`, { method: 'PATCH', body });
type FollowUp = { assessment: AssessmentView; invites: Invite[]; remaining: number };
/**
 * Starts a follow-up, then carries the rest of the invitations over in bounded batches until none
 * remain; each batch resumes where the last stopped, so a failure midway can simply be retried.
 */
export const followUp = async (id: string) => {
  const first = await request<FollowUp>(`/api/assessments/${id}/follow-up`, { method: 'POST', body: {} });
  const invites = [...first.invites];
  let remaining = first.remaining;
  while (remaining > 0) {
    const next = await request<FollowUp>(`/api/assessments/${first.assessment.id}/follow-up/invites`, {
      method: 'POST',
    });
    invites.push(...next.invites);
    if (next.invites.length === 0) break;
    remaining = next.remaining;
  }
  return { assessment: first.assessment, invites };
};
export const getResults = (id: string) =>
  request<AssessmentResults>(`/api/assessments/${id}/results?${lang()}`);
export const exportUrl = (id: string, file: 'answers.csv' | 'scores.csv' | 'results.json') =>
  `/api/assessments/${id}/export/${file}?${lang()}`;

export const addStakeholder = (id: string, body: AddStakeholderRequest) =>
  request<Invite>(`/api/assessments/${id}/stakeholders`, { method: 'POST', body });
export const revokeStakeholder = (id: string, sid: string) =>
  request<StakeholderView>(`/api/assessments/${id}/stakeholders/${sid}/revoke`, { method: 'POST' });
export const reissueStakeholder = (id: string, sid: string) =>
  request<Invite>(`/api/assessments/${id}/stakeholders/${sid}/reissue`, { method: 'POST' });
export const removeStakeholder = (id: string, sid: string) =>
  request<void>(`/api/assessments/${id}/stakeholders/${sid}`, { method: 'DELETE' });
/** One reminder to everyone who has not submitted: 1 when queued, 0 within a day of the last one. */
export const sendReminders = (id: string) =>
  request<{ sent: 0 | 1 }>(`/api/assessments/${id}/reminders`, { method: 'POST' });
/** Erases one stakeholder's name and e-mail on their request; the invitation stays listed as removed. */
export const eraseStakeholder = (id: string, sid: string) =>
  request<StakeholderView>(`/api/assessments/${id}/stakeholders/${sid}/erase`, { method: 'POST' });

/** Who looked at, exported or shared an assessment's results, and when. */
export type AccessAction = 'viewed-results' | 'exported' | 'shared' | 'share-viewed' | 'share-revoked';
export interface AccessEntry {
  at: string;
  actor: string;
  action: AccessAction;
}
export const getAccessLog = (id: string) =>
  request<{ items: AccessEntry[] }>(`/api/assessments/${id}/access-log`);

/** How long personal data is kept after the last assessment in a client's chain of follow-ups closes. */
export interface PrivacySettings {
  retentionDays: number;
}
export const RETENTION_DAYS = { min: 30, max: 3650, default: 180 } as const;
export const getPrivacySettings = () => request<PrivacySettings>('/api/organisation/privacy');
export const putPrivacySettings = (body: PrivacySettings) =>
  request<PrivacySettings>('/api/organisation/privacy', { method: 'PUT', body });
export const getOutbox = () =>
  request<{ items: { id: string; to: string; subject: string; body: string; sentAt: string }[] }>(
    '/api/outbox',
  );

/** Downloads an export with the bearer token (a plain link could not carry it). */
export const download = async (path: string, filename: string) => {
  const bearer = currentBearer();
  const res = await fetch(path, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  if (!res.ok) throw new ApiFailure(res.status, 'download_failed', `Download failed (${res.status}).`);
  saveBlob(await res.blob(), filename);
};
