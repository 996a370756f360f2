import type { Harness } from './harness';
import { tokenOf } from './harness';

export const CONTEXT = {
  employees: 450,
  concurrentProjects: 14,
  projectManagers: 6,
  pmExpertise: 'basic',
  urgency: 'medium',
  controlAppetite: 'medium',
  resourceContention: 'high',
  horizon: 'lasting',
} as const;

export const createAssessment = async (h: Harness, token: string, clientName = 'Northwind Logistics') => {
  const res = await h.call('POST', '/api/assessments', { clientName, context: CONTEXT }, token);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.json as { id: string; version: number };
};

export const invite = async (
  h: Harness,
  token: string,
  assessmentId: string,
  role = 'project-manager',
  extra: object = {},
) => {
  const res = await h.call(
    'POST',
    `/api/assessments/${assessmentId}/stakeholders`,
    { role, ...extra },
    token,
  );
  if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${res.text}`);
  return {
    id: res.json.id as string,
    inviteUrl: res.json.inviteUrl as string,
    token: tokenOf(res.json.inviteUrl),
  };
};
