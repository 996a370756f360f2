import { beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { FOLLOW_UP_BATCH } from '../../functions/services/invitations';
import { hashToken } from '../../functions/services/tokens';
import { CONTEXT, createAssessment, invite } from './fixtures';
import { type Harness, harness } from './harness';

const allAnswers = (rating: number) =>
  Object.fromEntries(QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => [q.id, rating])));

let h: Harness;
let consultant: string;
beforeAll(async () => {
  h = await harness();
  consultant = await h.signIn();
});

describe('consultant sign-in', () => {
  it('refuses consultant routes without a token or with a forged one', async () => {
    expect((await h.call('GET', '/api/assessments')).status).toBe(401);
    expect((await h.call('GET', '/api/assessments', undefined, `${consultant}x`)).status).toBe(401);
  });

  it('refuses a bad sign-in body naming the field', async () => {
    const res = await h.call('POST', '/api/auth/local', { email: 'not-an-email', organisation: 'Acme' });
    expect(res.status).toBe(400);
    expect(res.json.error.issues[0].path).toBe('email');
  });
});

describe('assessments', () => {
  it('creates, lists, reads and updates an assessment', async () => {
    const created = await createAssessment(h, consultant, 'Contoso Health');
    expect(created).toMatchObject({
      clientName: 'Contoso Health',
      status: 'open',
      version: 1,
      context: CONTEXT,
    });
    const list = await h.call('GET', '/api/assessments?limit=100', undefined, consultant);
    expect(list.json.items.find((a: { id: string }) => a.id === created.id)).toMatchObject({
      progress: { invited: 0, submitted: 0, rate: 0 },
    });
    const updated = await h.call(
      'PATCH',
      `/api/assessments/${created.id}`,
      { dueDate: '2027-01-31', version: 1 },
      consultant,
    );
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ dueDate: '2027-01-31', version: 2 });
    const stale = await h.call(
      'PATCH',
      `/api/assessments/${created.id}`,
      { clientName: 'Stale', version: 1 },
      consultant,
    );
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('version_conflict');
    const read = await h.call('GET', `/api/assessments/${created.id}`, undefined, consultant);
    expect(read.json).toMatchObject({
      clientName: 'Contoso Health',
      dueDate: '2027-01-31',
      stakeholders: [],
    });
  });

  it('pages the list with a cursor and refuses a forged cursor', async () => {
    const other = await h.signIn('pager@paging.test', 'Paging Partners');
    for (let i = 0; i < 3; i++) await createAssessment(h, other, `Client ${i}`);
    const first = await h.call('GET', '/api/assessments?limit=2', undefined, other);
    expect(first.json.items).toHaveLength(2);
    const second = await h.call(
      'GET',
      `/api/assessments?limit=2&cursor=${first.json.cursor}`,
      undefined,
      other,
    );
    expect(second.json.items).toHaveLength(1);
    const forged = Buffer.from(JSON.stringify({ pk: 'ORG#acme-consulting', sk: 'ASSESSMENT#x' })).toString(
      'base64url',
    );
    const refused = await h.call('GET', `/api/assessments?cursor=${forged}`, undefined, other);
    expect(refused.status).toBe(400);
    expect((await h.call('GET', '/api/assessments?limit=1000', undefined, other)).status).toBe(400);
  });

  it('lists assessments newest first and stakeholders in the order they were invited', async () => {
    let clock = new Date('2026-03-01T09:00:00Z');
    const timed = await harness({ now: () => clock });
    const token = await timed.signIn('order@acme.test', 'Order Org');
    const ids: string[] = [];
    for (const name of ['First', 'Second', 'Third']) {
      ids.push((await createAssessment(timed, token, name)).id);
      clock = new Date(clock.getTime() + 60_000);
    }
    const list = await timed.call('GET', '/api/assessments', undefined, token);
    expect(list.json.items.map((a: { clientName: string }) => a.clientName)).toEqual([
      'Third',
      'Second',
      'First',
    ]);
    for (const role of ['executive', 'controller', 'other']) {
      await invite(timed, token, ids[0] as string, role);
      clock = new Date(clock.getTime() + 1_000);
    }
    const detail = await timed.call('GET', `/api/assessments/${ids[0]}`, undefined, token);
    expect(detail.json.stakeholders.map((s: { role: string }) => s.role)).toEqual([
      'executive',
      'controller',
      'other',
    ]);
  });

  it('rejects invalid bodies with 400 and stores nothing', async () => {
    const before = await h.call('GET', '/api/assessments?limit=100', undefined, consultant);
    const bad = await h.call(
      'POST',
      '/api/assessments',
      { clientName: '', context: { ...CONTEXT, employees: -1 } },
      consultant,
    );
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['clientName', 'context.employees']),
    );
    const orgInBody = await h.call(
      'POST',
      '/api/assessments',
      { clientName: 'X', context: CONTEXT, orgId: 'someone-else' },
      consultant,
    );
    expect(orgInBody.status).toBe(400);
    const after = await h.call('GET', '/api/assessments?limit=100', undefined, consultant);
    expect(after.json.items).toHaveLength(before.json.items.length);
  });
});

describe('stakeholders and invites', () => {
  it('issues a 256-bit invite shown once and stores only its hash', async () => {
    const a = await createAssessment(h, consultant);
    const inv = await invite(h, consultant, a.id, 'executive', { name: 'Dana', email: 'dana@client.test' });
    expect(inv.inviteUrl).toMatch(/^http:\/\/pmo\.test\/respond#[A-Za-z0-9_-]{43}$/);
    const stored = await h.store.getStakeholder(a.id, inv.id);
    expect(stored?.tokenHash).toBe(hashToken(inv.token));
    expect(JSON.stringify(stored)).not.toContain(inv.token);
    const list = await h.call('GET', `/api/assessments/${a.id}/stakeholders`, undefined, consultant);
    expect(JSON.stringify(list.json)).not.toContain(inv.token);
    expect(list.json.items[0]).toMatchObject({
      role: 'executive',
      name: 'Dana',
      link: 'live',
    });
  });

  it('mails the invitation to the outbox when an e-mail is given', async () => {
    const a = await createAssessment(h, consultant, 'Mail Test Ltd');
    const inv = await invite(h, consultant, a.id, 'controller', { email: 'ctrl@client.test' });
    const outbox = await h.call('GET', '/api/outbox', undefined, consultant);
    const mail = outbox.json.items.find((m: { to: string }) => m.to === 'ctrl@client.test');
    expect(mail?.subject).toMatch(/Mail Test Ltd/);
    // The stored mail holds no usable link: only the mail handed to the mail server carries it.
    expect(mail.body).not.toContain(inv.token);
    expect(mail.body).toContain('[personal link, sent to the recipient only]');
    expect(mail.body).toMatch(/What your consultant sees/);
  });

  it('revokes, re-issues (the new link starts empty) and removes; the old links stop working at once', async () => {
    const a = await createAssessment(h, consultant);
    const inv = await invite(h, consultant, a.id);
    expect((await h.respond('PUT', inv.token, { answers: { 'std-method': 2 } })).status).toBe(200);
    const revoked = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders/${inv.id}/revoke`,
      undefined,
      consultant,
    );
    expect(revoked.json.link).toBe('revoked');
    expect((await h.respond('GET', inv.token)).status).toBe(404);
    const reissued = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders/${inv.id}/reissue`,
      undefined,
      consultant,
    );
    const fresh = reissued.json.inviteUrl.split('#').pop();
    expect(fresh).not.toBe(inv.token);
    const resumed = await h.respond('GET', fresh);
    expect(resumed.json.answers).toEqual({});
    expect((await h.respond('GET', inv.token)).status).toBe(404);
    expect(
      (await h.call('DELETE', `/api/assessments/${a.id}/stakeholders/${inv.id}`, undefined, consultant))
        .status,
    ).toBe(204);
    expect((await h.respond('GET', fresh)).status).toBe(404);
  });

  it('closing the assessment stops every write; reopening allows them again', async () => {
    const a = await createAssessment(h, consultant);
    const inv = await invite(h, consultant, a.id);
    await h.respond('PUT', inv.token, { answers: { 'std-method': 4 } });
    expect(
      (await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant)).json.status,
    ).toBe('closed');
    const write = await h.respond('PUT', inv.token, { answers: { 'std-method': 1 } });
    expect(write.status).toBe(409);
    expect(write.json.error.code).toBe('assessment_closed');
    expect((await h.respond('SUBMIT', inv.token)).status).toBe(409);
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/stakeholders`, { role: 'other' }, consultant)).status,
    ).toBe(409);
    const read = await h.respond('GET', inv.token);
    expect(read.json).toMatchObject({ answers: { 'std-method': 4 }, assessment: { status: 'closed' } });
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'open' }, consultant);
    expect((await h.respond('PUT', inv.token, { answers: { 'std-method': 1 } })).status).toBe(200);
  });

  it('reminds everyone with an e-mail who has not submitted in one entry, addressed in words', async () => {
    const a = await createAssessment(h, consultant, 'Reminder Co');
    const done = await invite(h, consultant, a.id, 'executive', { email: 'done@client.test' });
    await invite(h, consultant, a.id, 'executive', { email: 'late@client.test' });
    await invite(h, consultant, a.id, 'executive');
    await h.respond('SUBMIT', done.token, { answers: { 'std-method': 3 } });
    const res = await h.call('POST', `/api/assessments/${a.id}/reminders`, undefined, consultant);
    expect(res.json.sent).toBe(1);
    const outbox = await h.call('GET', '/api/outbox', undefined, consultant);
    const reminders = outbox.json.items.filter((m: { subject: string }) =>
      m.subject.startsWith('Reminder: Reminder Co'),
    );
    // One entry, the same for everyone; who it reached stays with the mailer.
    expect(reminders.map((m: { to: string }) => m.to)).toEqual(['Everyone invited who has not submitted']);
    expect(JSON.stringify(reminders)).not.toMatch(/@client\.test|"recipients"/);
    const stored = (
      await h.store.listMail(
        reminders[0] ? (await h.call('GET', '/api/me', undefined, consultant)).json.orgId : '',
        50,
      )
    ).find((m) => m.subject.startsWith('Reminder: Reminder Co'));
    expect(stored?.recipients).toEqual(['late@client.test']);
    // Within the day the answer is the same whoever has answered since.
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/reminders`, undefined, consultant)).json.sent,
    ).toBe(0);
  });
});

describe('results, exports and follow-up', () => {
  it('scores submitted responses only, with role breakdowns above the anonymity threshold', async () => {
    const a = await createAssessment(h, consultant, 'Results Inc');
    const pms = await Promise.all([1, 2, 3].map(() => invite(h, consultant, a.id, 'project-manager')));
    const execs = await Promise.all([1, 2, 3].map(() => invite(h, consultant, a.id, 'executive')));
    const lone = await invite(h, consultant, a.id, 'controller');
    const draft = await invite(h, consultant, a.id, 'team-member');
    for (const p of pms)
      await h.respond('SUBMIT', p.token, {
        answers: allAnswers(2),
        expectations: ['standards'],
      });
    for (const e of execs)
      await h.respond('SUBMIT', e.token, {
        answers: allAnswers(4),
        expectations: ['prioritisation'],
      });
    await h.respond('SUBMIT', lone.token, { answers: allAnswers(5) });
    await h.respond('PUT', draft.token, { answers: allAnswers(1) });

    const res = await h.call('GET', `/api/assessments/${a.id}/results`, undefined, consultant);
    expect(res.status).toBe(200);
    const r = res.json;
    // Counts are published in batches of 3, as the figures are: the seventh waits.
    expect(r.coverage).toMatchObject({ invited: 8, submitted: 6 });
    // Published in batches of 3: the seventh submission waits for its batch.
    expect(r.disclosure).toMatchObject({ minGroupSize: 3, published: 6 });
    expect(r.result.maturity.respondents).toBe(6);
    expect(r.result.maturity.overall).toBeCloseTo((2 * 3 + 4 * 3) / 6, 2);
    expect(r.analysis.byRole.map((g: { role: string }) => g.role).sort()).toEqual([
      'executive',
      'project-manager',
    ]);
    expect(r.analysis.hiddenRespondents).toBe(0);
    expect(r.analysis.gaps[0]).toMatchObject({
      higher: { role: 'executive' },
      lower: { role: 'project-manager' },
      gap: 2,
    });
    expect(r.analysis.expectations[0]).toMatchObject({ votes: 3 });
    expect(JSON.stringify(r)).not.toContain('"answers"');

    const csv = await h.call('GET', `/api/assessments/${a.id}/export/answers.csv`, undefined, consultant);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    // The results' aggregates, one row per question: never a row per respondent.
    expect(lines[0]).toBe('group,respondents,dimension,score');
    expect(csv.text).not.toMatch(/S-[0-9A-F]{6}|\d{4}-\d{2}-\d{2}T/);
    // Overall and the two shown role groups, per dimension.
    expect(lines).toHaveLength(1 + 3 * QUESTIONNAIRE.dimensions.length);
    const scores = await h.call('GET', `/api/assessments/${a.id}/export/scores.csv`, undefined, consultant);
    expect(scores.text.split('\r\n')[0]).toBe(
      'dimension,overall,level,answered,confidence,role:executive,role:project-manager',
    );
    const json = await h.call('GET', `/api/assessments/${a.id}/export/results.json`, undefined, consultant);
    expect(json.json.result.pmo.fit).toHaveLength(3);
    expect(
      (await h.call('GET', `/api/assessments/${a.id}/export/secrets.txt`, undefined, consultant)).status,
    ).toBe(404);
  });

  it('answers null results before anyone has submitted', async () => {
    const a = await createAssessment(h, consultant);
    await invite(h, consultant, a.id);
    const res = await h.call('GET', `/api/assessments/${a.id}/results`, undefined, consultant);
    expect(res.json).toMatchObject({ result: null, coverage: { invited: 1, submitted: 0 } });
  });

  it('a follow-up re-invites the same people and shows the change per dimension', async () => {
    const a = await createAssessment(h, consultant, 'Follow Up GmbH');
    for (const name of ['Kim', 'Lee', 'Max']) {
      const first = await invite(h, consultant, a.id, 'management', { name });
      await h.respond('SUBMIT', first.token, { answers: allAnswers(2) });
    }
    const res = await h.call('POST', `/api/assessments/${a.id}/follow-up`, {}, consultant);
    expect(res.status).toBe(201);
    expect(res.json.assessment).toMatchObject({ baselineId: a.id, clientName: 'Follow Up GmbH' });
    expect(res.json.invites).toHaveLength(3);
    for (const inv of res.json.invites)
      await h.respond('SUBMIT', inv.inviteUrl.split('#').pop(), { answers: allAnswers(3) });
    const results = await h.call(
      'GET',
      `/api/assessments/${res.json.assessment.id}/results`,
      undefined,
      consultant,
    );
    expect(results.json.baseline).toMatchObject({ assessmentId: a.id, overall: 2 });
    expect(results.json.baseline.dimensions[0]).toMatchObject({ baseline: 2, current: 3, change: 1 });
  });
});
describe('a follow-up of a large assessment', () => {
  it('carries invitations over in bounded batches, resumable, nobody twice, removed ones left behind', async () => {
    const a = await createAssessment(h, consultant, 'Large Client');
    const people = [];
    for (let i = 0; i < FOLLOW_UP_BATCH + 5; i++)
      people.push(await invite(h, consultant, a.id, 'team-member'));
    const gone = people[0] as (typeof people)[number];
    await h.call('DELETE', `/api/assessments/${a.id}/stakeholders/${gone.id}`, undefined, consultant);
    const first = await h.call('POST', `/api/assessments/${a.id}/follow-up`, {}, consultant);
    expect(first.status).toBe(201);
    expect(first.json.invites).toHaveLength(FOLLOW_UP_BATCH);
    expect(first.json.remaining).toBe(4);
    const next = `/api/assessments/${first.json.assessment.id}/follow-up/invites`;
    const second = await h.call('POST', next, undefined, consultant);
    expect(second.json).toMatchObject({ remaining: 0 });
    expect(second.json.invites).toHaveLength(4);
    // Resuming again invites nobody: every live invitation was carried over exactly once.
    expect((await h.call('POST', next, undefined, consultant)).json.invites).toEqual([]);
    const carried = await h.store.listStakeholders(first.json.assessment.id);
    expect(carried).toHaveLength(FOLLOW_UP_BATCH + 4);
    expect(new Set(carried.map((s) => s.carriedFrom)).size).toBe(carried.length);
    expect(carried.map((s) => s.carriedFrom)).not.toContain(gone.id);
  });
});

describe('edges of the HTTP contract', () => {
  it('refuses a body that is not JSON with 415, and writes nothing', async () => {
    const h = await harness();
    const consultant = await h.signIn();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await h.app.request('/api/assessments', {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${consultant}` },
        body: JSON.stringify({ clientName: 'Nope', context: CONTEXT }),
      });
      expect(res.status).toBe(415);
      expect((await res.json()).error.issues[0].path).toBe('header.content-type');
    }
    const list = await h.call('GET', '/api/assessments', undefined, consultant);
    expect(list.json.items).toEqual([]);
  });

  it('answers a malformed or foreign pagination cursor with 400 naming query.cursor, never 5xx', async () => {
    const h = await harness();
    const consultant = await h.signIn();
    const { orgId } = (await h.call('GET', '/api/me', undefined, consultant)).json;
    const forged = [
      // The caller's own partition with an empty or foreign sort key (DynamoDB would answer 5xx).
      Buffer.from(JSON.stringify({ pk: `ORG#${orgId}`, sk: '' })).toString('base64url'),
      Buffer.from(JSON.stringify({ pk: `ORG#${orgId}`, sk: 'zzzz' })).toString('base64url'),
      'not-base64!',
      Buffer.from('{"pk":"ORG#x","sk":"ASSESSMENT#1","extra":1}').toString('base64url'),
      Buffer.from('{"pk":"ORG#other","sk":"ASSESSMENT#1"}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('null').toString('base64url'),
    ];
    for (const cursor of forged) {
      const res = await h.call(
        'GET',
        `/api/assessments?cursor=${encodeURIComponent(cursor)}`,
        undefined,
        consultant,
      );
      expect(res.status, cursor).toBe(400);
      expect(res.json.error.issues[0].path).toBe('query.cursor');
    }
  });

  it('marks every API response no-store, with a permissions policy and no referrer', async () => {
    const h = await harness();
    const res = await h.call('GET', '/api/health');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('response counts on the assessment item', () => {
  it('stay equal to a recount through invite, submit, revoke, re-issue and remove, and a list page costs one query', async () => {
    const h = await harness();
    const consultant = await h.signIn('counts@acme.test', 'Counts Org');
    const a = await createAssessment(h, consultant, 'Counted');
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await invite(h, consultant, a.id, 'executive'));
    const answers = Object.fromEntries((QUESTIONNAIRE.dimensions[0]?.questions ?? []).map((q) => [q.id, 3]));
    for (const p of people.slice(0, 3)) await h.respond('SUBMIT', p.token, { answers });
    const [p0, p1, p2, p3, p4] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    const act = (path: string, method = 'POST') =>
      h.call(method, `/api/assessments/${a.id}/stakeholders/${path}`, undefined, consultant);
    await act(`${p0.id}/revoke`); // a submitted one
    await act(`${p3.id}/revoke`); // an invited one
    await act(`${p3.id}/reissue`); // back to live
    await act(`${p1.id}/reissue`); // a submitted one starts empty
    await act(`${p2.id}`, 'DELETE'); // a submitted one leaves
    await act(`${p4.id}`, 'DELETE'); // an invited one leaves

    const recount = await h.call('GET', `/api/assessments/${a.id}/stakeholders`, undefined, consultant);
    const list = await h.call('GET', '/api/assessments', undefined, consultant);
    const summary = list.json.items.find((x: { id: string }) => x.id === a.id);
    expect(summary.progress).toEqual({
      invited: recount.json.items.filter((s: { link: string }) => s.link === 'live').length,
      submitted: recount.json.responseRate.submitted,
      rate: recount.json.responseRate.overall,
    });
    // A submission counts for good, once per invitation: revoking, re-issuing and removing keep it.
    expect(summary.progress).toMatchObject({ invited: 2, submitted: 3 });

    // One DynamoDB request for the whole page, whatever the page holds.
    for (let i = 0; i < 3; i++) await createAssessment(h, consultant, `More ${i}`);
    const sent: string[] = [];
    const docClient = (
      h.store as unknown as { db: { send: (c: { constructor: { name: string } }) => unknown } }
    ).db;
    const docSend = docClient.send.bind(docClient);
    docClient.send = (command) => {
      sent.push(command.constructor.name);
      return docSend(command);
    };
    await h.call('GET', '/api/assessments', undefined, consultant);
    docClient.send = docSend;
    expect(sent).toEqual(['QueryCommand']);
  });
});
