import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, invite } from './fixtures';
import { type Harness, harness } from './harness';

let h: Harness;
let owner: string;
let intruder: string;
let assessmentId: string;
let stakeholderId: string;
beforeAll(async () => {
  h = await harness();
  owner = await h.signIn('owner@acme.test', 'Acme Consulting');
  intruder = await h.signIn('someone@globex.test', 'Globex Advisory');
  assessmentId = (await createAssessment(h, owner, 'Secret Client')).id;
  stakeholderId = (await invite(h, owner, assessmentId, 'executive', { email: 'exec@secret.test' })).id;
});

describe('organisation isolation', () => {
  const routes = (): [string, string, unknown?][] => [
    ['GET', `/api/assessments/${assessmentId}`],
    ['PATCH', `/api/assessments/${assessmentId}`, { status: 'closed' }],
    ['GET', `/api/assessments/${assessmentId}/results`],
    ['GET', `/api/assessments/${assessmentId}/export/answers.csv`],
    ['GET', `/api/assessments/${assessmentId}/export/scores.csv`],
    ['GET', `/api/assessments/${assessmentId}/export/results.json`],
    ['POST', `/api/assessments/${assessmentId}/follow-up`, {}],
    ['GET', `/api/assessments/${assessmentId}/stakeholders`],
    ['POST', `/api/assessments/${assessmentId}/stakeholders`, { role: 'other' }],
    ['DELETE', `/api/assessments/${assessmentId}/stakeholders/${stakeholderId}`],
    ['POST', `/api/assessments/${assessmentId}/stakeholders/${stakeholderId}/revoke`],
    ['POST', `/api/assessments/${assessmentId}/stakeholders/${stakeholderId}/reissue`],
    ['POST', `/api/assessments/${assessmentId}/reminders`],
  ];

  it('answers 404 on every consultant route for another organisation, and changes nothing', async () => {
    for (const [method, path, body] of routes()) {
      const res = await h.call(method, path, body, intruder);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.text).not.toContain('Secret Client');
      expect(res.text).not.toContain('exec@secret.test');
    }
    const list = await h.call('GET', '/api/assessments', undefined, intruder);
    expect(list.json.items).toEqual([]);
    const outbox = await h.call('GET', '/api/outbox', undefined, intruder);
    expect(outbox.json.items).toEqual([]);
    const still = await h.call('GET', `/api/assessments/${assessmentId}`, undefined, owner);
    expect(still.json).toMatchObject({
      status: 'open',
      stakeholders: [{ id: stakeholderId, link: 'live' }],
    });
  });

  it('takes the organisation from the token, never from the body', async () => {
    const res = await h.call(
      'POST',
      '/api/assessments',
      { clientName: 'x', context: {}, orgId: 'acme-consulting' },
      intruder,
    );
    expect(res.status).toBe(400);
  });
});
