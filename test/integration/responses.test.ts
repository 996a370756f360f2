import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE, QUESTIONNAIRE_2026_1 } from '../../functions/core';
import { createAssessment, invite } from './fixtures';
import { type Harness, harness } from './harness';

let h: Harness;
let consultant: string;
let assessmentId: string;
beforeAll(async () => {
  h = await harness();
  consultant = await h.signIn();
  assessmentId = (await createAssessment(h, consultant)).id;
});

describe('stakeholder responses', () => {
  it('serves the saved answers and merges autosaves answer by answer, with notes and expectations', async () => {
    const { token } = await invite(h, consultant, assessmentId, 'executive', { name: 'Ana' });
    const empty = await h.respond('GET', token);
    expect(empty.json).toMatchObject({
      answers: {},
      version: 1,
      stakeholder: { role: 'executive', name: 'Ana' },
      submittedAt: null,
    });
    await h.respond('PUT', token, { answers: { 'std-method': 2 } });
    const second = await h.respond('PUT', token, {
      answers: { 'gov-decider': 'dont-know' },
      notes: { 'gov-decider': 'Depends on the division' },
      expectations: ['status-reporting', 'coaching', 'coaching'],
    });
    expect(second.json).toMatchObject({
      answers: { 'std-method': 2, 'gov-decider': 'dont-know' },
      notes: { 'gov-decider': 'Depends on the division' },
      expectations: ['status-reporting', 'coaching'],
      version: 3,
    });
    const cleared = await h.respond('PUT', token, {
      answers: { 'std-method': null },
      notes: { 'gov-decider': null },
    });
    expect(cleared.json.answers).toEqual({ 'gov-decider': 'dont-know' });
    expect(cleared.json.notes).toEqual({});
  });

  it('keeps both answers when two autosaves of one response race', async () => {
    const { token } = await invite(h, consultant, assessmentId);
    // The browser's first save binds the link; its autosaves then race.
    await h.respond('PUT', token, {});
    const ids = [
      'std-method',
      'std-formats',
      'gov-checkpoints',
      'gov-decider',
      'pf-inventory',
      'pf-selection',
      'res-view',
      'res-allocation',
    ];
    await Promise.all(ids.map((id, i) => h.respond('PUT', token, { answers: { [id]: (i % 5) + 1 } })));
    const saved = await h.respond('GET', token);
    expect(saved.json.answers).toEqual(Object.fromEntries(ids.map((id, i) => [id, (i % 5) + 1])));
    expect(saved.json.version).toBe(2 + ids.length);
  });

  it('applies optimistic concurrency when a version is sent, and acknowledges a retried request', async () => {
    const { token } = await invite(h, consultant, assessmentId);
    const first = await h.respond('PUT', token, {
      answers: { 'std-method': 3 },
      version: 1,
      requestId: 'req-00000001',
    });
    expect(first.json.version).toBe(2);
    const retry = await h.respond('PUT', token, {
      answers: { 'std-method': 3 },
      version: 1,
      requestId: 'req-00000001',
    });
    expect(retry.status).toBe(200);
    expect(retry.json.version).toBe(2);
    const stale = await h.respond('PUT', token, {
      answers: { 'std-method': 5 },
      version: 1,
      requestId: 'req-00000002',
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('version_conflict');
    expect((await h.respond('GET', token)).json.answers).toEqual({ 'std-method': 3 });
  });

  it('submits once: a submission is final, counted as submitted (no edit can be traced in the results)', async () => {
    const { token, id } = await invite(h, consultant, assessmentId);
    const submitted = await h.respond('SUBMIT', token, {
      answers: { 'std-method': 4 },
    });
    expect(submitted.json.submittedAt).toEqual(expect.any(String));
    const edited = await h.respond('PUT', token, { answers: { 'std-method': 5 } });
    expect(edited.status).toBe(409);
    expect(edited.json.error.code).toBe('already_submitted');
    expect((await h.respond('SUBMIT', token, {})).status).toBe(409);
    // Once submitted, nothing of it reads back through the link, even on its own device.
    expect((await h.respond('GET', token)).json).toMatchObject({
      answers: {},
      notes: {},
      submittedAt: submitted.json.submittedAt,
    });
    const list = await h.call('GET', `/api/assessments/${assessmentId}/stakeholders`, undefined, consultant);
    expect(list.json.items.find((s: { id: string }) => s.id === id)).toEqual(
      expect.not.objectContaining({ progress: expect.anything() }),
    );
  });

  it.each([
    ['an unknown question', { answers: { 'made-up': 3 } }, 'answers.made-up'],
    ['a rating of 0', { answers: { 'std-method': 0 } }, 'answers.std-method'],
    ['a note on an unknown question', { notes: { 'made-up': 'x' } }, 'notes.made-up'],
    ['an over-long note', { notes: { 'std-method': 'x'.repeat(1001) } }, 'notes.std-method'],
    ['an unknown PMO service', { expectations: ['free-coffee'] }, 'expectations.0'],
    ['an unexpected field', { answers: {}, role: 'executive' }, 'body'],
    ['a non-integer version', { version: 1.5 }, 'version'],
  ])('refuses %s with 400 and stores nothing', async (_what, body, path) => {
    const { token } = await invite(h, consultant, assessmentId);
    await h.respond('PUT', token, { answers: { 'std-method': 2 } });
    const res = await h.respond('PUT', token, body);
    expect(res.status).toBe(400);
    expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    const after = await h.respond('GET', token);
    expect(after.json).toMatchObject({
      answers: { 'std-method': 2 },
      version: 2,
      notes: {},
      expectations: [],
    });
  });

  it("a token reaches its own response only, never another stakeholder's", async () => {
    const a = await invite(h, consultant, assessmentId, 'executive', { name: 'Alice' });
    const b = await invite(h, consultant, assessmentId, 'controller', { name: 'Bob' });
    await h.respond('PUT', a.token, {
      answers: { 'std-method': 1 },
      notes: { 'std-method': 'alice-secret' },
    });
    await h.respond('PUT', b.token, {
      answers: { 'std-method': 5 },
      notes: { 'std-method': 'bob-secret' },
    });
    const seenByA = await h.respond('GET', a.token);
    expect(seenByA.json).toMatchObject({ stakeholder: { name: 'Alice' }, answers: { 'std-method': 1 } });
    expect(seenByA.text).not.toContain('bob-secret');
    const writtenByA = await h.respond('PUT', a.token, { answers: { 'std-formats': 2 } });
    expect(writtenByA.text).not.toContain('Bob');
    expect((await h.respond('GET', b.token)).json.answers).toEqual({ 'std-method': 5 });
    // A token never opens consultant routes.
    expect((await h.call('GET', `/api/assessments/${assessmentId}`, undefined, a.token)).status).toBe(401);
  });

  it('refuses unknown and malformed tokens without saying which', async () => {
    const unknown = 'A'.repeat(43);
    for (const method of ['GET', 'PUT'] as const) {
      const res = await h.respond(method, unknown, method === 'PUT' ? { answers: {} } : undefined);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('invite_not_found');
    }
    const malformed = await h.respond('GET', 'short');
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.issues[0].path).toBe('header.token');
  });
});

describe('questionnaire editions', () => {
  it('a stakeholder of an assessment answered in 2026.1 is served that edition and refused another edition’s questions', async () => {
    const a = await createAssessment(h, consultant, 'Older edition');
    // An assessment created before edition 2026.2 existed.
    await h.client.send(
      new UpdateItemCommand({
        TableName: h.tableName,
        Key: {
          pk: { S: `ORG#${(await h.call('GET', '/api/me', undefined, consultant)).json.orgId}` },
          sk: { S: `ASSESSMENT#${a.id}` },
        },
        UpdateExpression: 'SET questionnaireVersion = :v',
        ExpressionAttributeValues: { ':v': { S: '2026.1' } },
      }),
    );
    const p = await invite(h, consultant, a.id);
    const doc = await h.respond('GET', p.token);
    expect(doc.json.assessment.questionnaireVersion).toBe('2026.1');
    const onlyIn2026_2 = QUESTIONNAIRE.dimensions
      .flatMap((d) => d.questions.map((q) => q.id))
      .find((id) => !QUESTIONNAIRE_2026_1.dimensions.some((d) => d.questions.some((q) => q.id === id)));
    const refused = await h.respond('PUT', p.token, { answers: { [onlyIn2026_2 as string]: 3 } });
    expect(refused.status).toBe(400);
    expect(refused.json.error.issues[0].path).toBe(`answers.${onlyIn2026_2}`);
    const model = await h.call('GET', '/api/model?edition=2026.1');
    expect(model.json.version).toBe('2026.1');
  });
});

describe('questionnaire edition 2026.2 after 2026.3', () => {
  it('an assessment answered in 2026.2 is still served 2026.2, takes its questions and refuses 2026.3’s new ones', async () => {
    const a = await createAssessment(h, consultant, 'Edition 2026.2');
    await h.client.send(
      new UpdateItemCommand({
        TableName: h.tableName,
        Key: {
          pk: { S: `ORG#${(await h.call('GET', '/api/me', undefined, consultant)).json.orgId}` },
          sk: { S: `ASSESSMENT#${a.id}` },
        },
        UpdateExpression: 'SET questionnaireVersion = :v',
        ExpressionAttributeValues: { ':v': { S: '2026.2' } },
      }),
    );
    const p = await invite(h, consultant, a.id);
    expect((await h.respond('GET', p.token)).json.assessment.questionnaireVersion).toBe('2026.2');
    const kept = await h.respond('PUT', p.token, { answers: { 'gov-roles': 3, 'fin-portfolio': 2 } });
    expect(kept.status).toBe(200);
    const refused = await h.respond('PUT', p.token, { answers: { 'gov-decider': 3 } });
    expect(refused.status).toBe(400);
    expect((await h.call('GET', '/api/model?edition=2026.2')).json.version).toBe('2026.2');
    expect((await h.call('GET', '/api/model')).json.version).toBe('2026.3');
  });
});

describe('not my area', () => {
  it('a question handed on is kept apart from answers, never scored, and cannot be answered in the same save', async () => {
    const a = await createAssessment(h, consultant, 'Handing on');
    const p = await invite(h, consultant, a.id, 'team-member');
    const [q1, q2] = QUESTIONNAIRE.dimensions[0]?.questions.map((q) => q.id) ?? [];
    const saved = await h.respond('PUT', p.token, { answers: { [q1 as string]: 3 }, handedOn: [q2] });
    expect(saved.status).toBe(200);
    expect(saved.json.handedOn).toEqual([q2]);
    expect(saved.json.answers).toEqual({ [q1 as string]: 3 });
    const both = await h.respond('PUT', p.token, { answers: { [q2 as string]: 4 }, handedOn: [q2] });
    expect(both.status).toBe(400);
    expect(both.json.error.issues[0].path).toBe('handedOn.0');
    // Taking it back: an empty list and an answer.
    const back = await h.respond('PUT', p.token, { answers: { [q2 as string]: 4 }, handedOn: [] });
    expect(back.json.handedOn).toEqual([]);
    expect(back.json.answers[q2 as string]).toBe(4);
  });

  it('a stakeholder who has only handed questions on shows nothing of it to the consultant', async () => {
    const a = await createAssessment(h, consultant, 'Handed on only');
    const p = await invite(h, consultant, a.id, 'team-member');
    const [q1, q2] = QUESTIONNAIRE.dimensions[0]?.questions.map((q) => q.id) ?? [];
    expect((await h.respond('PUT', p.token, { handedOn: [q1, q2] })).status).toBe(200);
    const detail = await h.call('GET', `/api/assessments/${a.id}`, undefined, consultant);
    const view = detail.json.stakeholders.find((s: { id: string }) => s.id === p.id);
    expect(Object.keys(view).sort()).toEqual(['email', 'id', 'invitedAt', 'link', 'name', 'role']);
  });

  it('handing on a question answered in an earlier save takes its rating away', async () => {
    const a = await createAssessment(h, consultant, 'Rated then handed on');
    const p = await invite(h, consultant, a.id, 'team-member');
    const [q1, q2] = QUESTIONNAIRE.dimensions[0]?.questions.map((q) => q.id) ?? [];
    await h.respond('PUT', p.token, { answers: { [q1 as string]: 3, [q2 as string]: 4 } });
    const later = await h.respond('PUT', p.token, { handedOn: [q1] });
    expect(later.json.handedOn).toEqual([q1]);
    expect(later.json.answers).toEqual({ [q2 as string]: 4 });
  });
});
