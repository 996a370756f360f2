import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { createAssessment, invite } from './fixtures';
import { type Harness, harness } from './harness';

const ALL = Object.fromEntries(QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((x) => [x.id, 3])));
const item = {
  dimension: 'governance',
  document: 'Steering committee minutes, Q3',
  link: 'https://docs.client.test/steering/q3',
  observation: 'Decisions and owners are minuted at every meeting.',
  level: 3,
};

describe('evidence register and calibration workshop', () => {
  let h: Harness;
  let token: string;
  let id: string;
  beforeAll(async () => {
    h = await harness();
    token = await h.signIn();
    id = (await createAssessment(h, token)).id;
  });
  const call = (method: string, path: string, body?: unknown, as = token) => h.call(method, path, body, as);

  it('keeps evidence items per dimension: add, change, list, remove; never attributed to a person', async () => {
    const created = await call('POST', `/api/assessments/${id}/evidence`, item);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ...item, id: expect.any(String) });
    const changed = await call('PUT', `/api/assessments/${id}/evidence/${created.json.id}`, {
      ...item,
      level: 2,
    });
    expect(changed.json.level).toBe(2);
    expect((await call('GET', `/api/assessments/${id}/evidence`)).json.items).toHaveLength(1);
    for (const refused of [
      { ...item, stakeholderId: 'abc' },
      { ...item, stakeholderName: 'Ann' },
      { ...item, link: 'javascript:alert(1)' },
      { ...item, link: 'https://user:pw@docs.client.test/' },
      { ...item, level: 6 },
      { ...item, dimension: 'no-such-dimension' },
    ])
      expect((await call('POST', `/api/assessments/${id}/evidence`, refused)).status).toBe(400);
    expect((await call('DELETE', `/api/assessments/${id}/evidence/${created.json.id}`)).status).toBe(204);
    expect((await call('DELETE', `/api/assessments/${id}/evidence/${created.json.id}`)).status).toBe(404);
  });

  it('is scoped to the organisation: another consultancy sees and changes nothing', async () => {
    const rival = await h.signIn('rival@other.test', 'Other Consulting');
    expect((await call('GET', `/api/assessments/${id}/evidence`, undefined, rival)).status).toBe(404);
    expect((await call('POST', `/api/assessments/${id}/evidence`, item, rival)).status).toBe(404);
    expect((await call('GET', `/api/assessments/${id}/calibration`, undefined, rival)).status).toBe(404);
    expect(
      (
        await call(
          'PUT',
          `/api/assessments/${id}/calibration/governance`,
          { level: 1, rationale: 'x' },
          rival,
        )
      ).status,
    ).toBe(404);
    expect((await h.call('GET', `/api/assessments/${id}/calibration`)).status).toBe(401);
  });

  it('records every change of an agreed level in the audit trail: who, when, from, to, why', async () => {
    const first = await call('PUT', `/api/assessments/${id}/calibration/governance`, {
      level: 2,
      importance: 5,
      rationale: 'Minutes show decisions, but no escalation path.',
    });
    expect(first.status).toBe(200);
    expect(first.json.trail).toHaveLength(2);
    const second = await call('PUT', `/api/assessments/${id}/calibration/governance`, {
      level: 1,
      rationale: 'Escalations go around the board.',
      version: first.json.version,
    });
    expect(second.json.trail[0]).toMatchObject({
      by: 'consultant@acme.test',
      dimension: 'governance',
      field: 'level',
      from: 2,
      to: 1,
      why: 'Escalations go around the board.',
      at: expect.any(String),
    });
    expect(second.json.trail).toHaveLength(3);
    // A stale version is a conflict, not a silent overwrite.
    const stale = await call('PUT', `/api/assessments/${id}/calibration/governance`, {
      level: 3,
      rationale: 'x',
      version: first.json.version,
    });
    expect(stale.status).toBe(409);
    expect(
      (await call('PUT', `/api/assessments/${id}/calibration/nope`, { level: 3, rationale: 'x' })).status,
    ).toBe(400);
  });

  it('results carry surveyed and validated side by side before k answered, with the trail in brief and the priorities', async () => {
    const res = await call('GET', `/api/assessments/${id}/results`);
    expect(res.status).toBe(200);
    const governance = res.json.validation.dimensions.find((d: { id: string }) => d.id === 'governance');
    expect(governance).toMatchObject({
      surveyed: null,
      agreed: 1,
      rationale: 'Escalations go around the board.',
    });
    expect(res.json.result.maturity.respondents).toBe(0);
    expect(res.json.validation.trail.changes).toBe(3);
    expect(res.json.validation.trail.summary[0]).toMatch(/changed 2 times/);
    expect(res.json.priorities[0]).toMatchObject({
      id: 'governance',
      importance: 5,
      source: 'workshop',
      gap: 2,
      priority: 10,
    });
  });

  it("publishes stakeholders' importance only as a mean of k raters, and a re-issued link starts without it", async () => {
    const other = (await createAssessment(h, token, 'Contoso')).id;
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await invite(h, token, other));
    for (const [i, p] of people.slice(0, 2).entries()) {
      const saved = await h.respond('PUT', p.token, { answers: ALL, importance: { finance: 4 + (i % 2) } });
      expect(saved.json.importance).toEqual({ finance: 4 + (i % 2) });
      await h.respond('SUBMIT', p.token);
    }
    expect((await h.respond('PUT', people[2]?.token as string, { importance: { nope: 3 } })).status).toBe(
      400,
    );
    let results = (await call('GET', `/api/assessments/${other}/results`)).json;
    expect(results.priorities.find((p: { id: string }) => p.id === 'finance').stakeholders).toBeNull();
    await h.respond('PUT', people[2]?.token as string, { answers: ALL, importance: { finance: 3 } });
    await h.respond('SUBMIT', people[2]?.token as string);
    results = (await call('GET', `/api/assessments/${other}/results`)).json;
    expect(results.priorities.find((p: { id: string }) => p.id === 'finance')).toMatchObject({
      stakeholders: { mean: 4, raters: 3 },
      source: 'stakeholders',
    });
    await h.respond('PUT', people[3]?.token as string, { importance: { finance: 1 } });
    const reissued = await call('POST', `/api/assessments/${other}/stakeholders/${people[3]?.id}/reissue`);
    const fresh = await h.respond('GET', reissued.json.inviteUrl.split('#').pop());
    expect(fresh.json.importance ?? {}).toEqual({});
  });
});
