import type { ErrorBody, QuestionnaireDocument, QuickCheckRequest } from '../../../functions/contract/api';
import type { Result } from '../../../functions/contract/result';

export type { QuestionnaireDocument, Result };

/** A refused request, with the server's code and the fields at fault. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let bearer: string | null = null;
export const setBearer = (token: string | null) => {
  bearer = token;
};

/** Renews an expired session token, when the sign-in method can (Cognito refresh tokens); null when it cannot. */
let renewToken: (() => Promise<string | null>) | null = null;
export const setTokenRenewal = (renew: (() => Promise<string | null>) | null) => {
  renewToken = renew;
};

const send = (path: string, init: { method?: string; body?: unknown }) =>
  fetch(path, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });

/** Fetches JSON from the API; a non-2xx answer becomes an ApiFailure, a dropped network a status-0 failure. */
export const request = async <T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> => {
  let res: Response;
  try {
    res = await send(path, init);
    // An expired token is renewed once, and the request repeated with the new one.
    if (res.status === 401 && bearer && renewToken) {
      const renewed = await renewToken().catch(() => null);
      if (renewed) {
        bearer = renewed;
        res = await send(path, init);
      }
    }
  } catch {
    throw new ApiFailure(0, 'offline', 'The server cannot be reached. Check your connection.');
  }
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const error = (json as ErrorBody | undefined)?.error;
    throw new ApiFailure(
      res.status,
      error?.code ?? 'http_error',
      error?.message ?? `Request failed (${res.status}).`,
      error?.issues,
    );
  }
  return json as T;
};

export const getModel = () => request<QuestionnaireDocument>('/api/model');
export const quickCheck = (body: QuickCheckRequest) =>
  request<Result>('/api/quick-check', { method: 'POST', body });

import type {
  AddStakeholderRequest,
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  CreateAssessmentRequest,
  Invite,
  ResponseDocument,
  SaveResponseRequest,
  StakeholderView,
  UpdateAssessmentRequest,
} from '../../../functions/contract/assessments';

export type {
  AssessmentDetail,
  AssessmentList,
  AssessmentResults,
  AssessmentView,
  Invite,
  ResponseDocument,
  StakeholderView,
};

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
export const followUp = (id: string) =>
  request<{ assessment: AssessmentView; invites: Invite[] }>(`/api/assessments/${id}/follow-up`, {
    method: 'POST',
    body: {},
  });
export const getResults = (id: string) => request<AssessmentResults>(`/api/assessments/${id}/results`);
export const exportUrl = (id: string, file: 'answers.csv' | 'scores.csv' | 'results.json') =>
  `/api/assessments/${id}/export/${file}`;

export const addStakeholder = (id: string, body: AddStakeholderRequest) =>
  request<Invite>(`/api/assessments/${id}/stakeholders`, { method: 'POST', body });
export const revokeStakeholder = (id: string, sid: string) =>
  request<StakeholderView>(`/api/assessments/${id}/stakeholders/${sid}/revoke`, { method: 'POST' });
export const reissueStakeholder = (id: string, sid: string) =>
  request<Invite>(`/api/assessments/${id}/stakeholders/${sid}/reissue`, { method: 'POST' });
export const removeStakeholder = (id: string, sid: string) =>
  request<void>(`/api/assessments/${id}/stakeholders/${sid}`, { method: 'DELETE' });
export const sendReminders = (id: string) =>
  request<{ sent: number }>(`/api/assessments/${id}/reminders`, { method: 'POST' });
export const getOutbox = () =>
  request<{ items: { id: string; to: string; subject: string; body: string; sentAt: string }[] }>(
    '/api/outbox',
  );

export const getResponse = (token: string) => request<ResponseDocument>(`/api/responses/${token}`);
export const saveResponse = (token: string, body: SaveResponseRequest) =>
  request<ResponseDocument>(`/api/responses/${token}`, { method: 'PUT', body });
export const submitResponse = (token: string, body: SaveResponseRequest) =>
  request<ResponseDocument>(`/api/responses/${token}/submit`, { method: 'POST', body });

/** Downloads an export with the bearer token (a plain link could not carry it). */
export const download = async (path: string, filename: string) => {
  const res = await fetch(path, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  if (!res.ok) throw new ApiFailure(res.status, 'download_failed', `Download failed (${res.status}).`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
};
