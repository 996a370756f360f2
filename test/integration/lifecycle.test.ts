import { ScanCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { sweepPersonalData } from '../../functions/services/privacy-sweep';
import { createAssessment, invite } from './fixtures';
import { type Harness, harness, tokenOf } from './harness';

const DAY = 86_400_000;

/** Every item of the test's table, read by a test only (the product never scans). */
const rawItems = async (h: Harness) =>
  ((await h.client.send(new ScanCommand({ TableName: h.tableName, ConsistentRead: true }))).Items ?? []).map(
    (i) => unmarshall(i),
  );

/** Everything a consultant can read of an assessment and of the organisation's mail, as one text. */
const everyView = async (h: Harness, consultant: string, id: string) =>
  JSON.stringify(
    await Promise.all(
      [
        `/api/assessments/${id}`,
        `/api/assessments/${id}/stakeholders`,
        `/api/assessments/${id}/results`,
        `/api/assessments/${id}/export/results.json`,
        `/api/assessments/${id}/export/answers.csv`,
        '/api/outbox',
      ].map(async (path) => (await h.call('GET', path, undefined, consultant)).text),
    ),
  );

/** Three named executives, invited by e-mail, who all submit: one group shown in the results. */
const submittedTrio = async (h: Harness, consultant: string, client: string) => {
  const a = await createAssessment(h, consultant, client);
  const people = [];
  for (const [i, rating] of [2, 3, 4].entries()) {
    const p = await invite(h, consultant, a.id, 'executive', {
      name: `Person Number${i}`,
      email: `person${i}@client-${client.toLowerCase().replace(/\W+/g, '')}.test`,
    });
    const sent = await h.respond('SUBMIT', p.token, {
      answers: { 'std-method': rating },
      notes: { 'std-method': `private note ${i}` },
    });
    expect(sent.status).toBe(200);
    people.push(p);
  }
  return { a, people };
};

/**
 * The results with their submission counts. Live invitations (coverage, the respondent set) drop
 * when an invitation is erased, exactly as when it is removed; everything counted stays.
 */
const resultsOf = async (h: Harness, consultant: string, id: string) => {
  const { coverage, respondentSet, ...rest } = (
    await h.call('GET', `/api/assessments/${id}/results`, undefined, consultant)
  ).json;
  return { ...rest, submitted: coverage.submitted, submissions: respondentSet.submissions };
};

describe('retention settings', () => {
  it('defaults to 180 days, takes 30 to 3650 whole days, and belongs to one organisation', async () => {
    const h = await harness({ now: () => new Date('2026-11-21T09:00:00Z') });
    const acme = await h.signIn('ret@acme.test', 'Retention Org');
    const other = await h.signIn('ret@other.test', 'Other Retention Org');
    expect((await h.call('GET', '/api/organisation/privacy', undefined, acme)).json).toEqual({
      retentionDays: 180,
      updatedAt: null,
    });
    for (const bad of [29, 3651, 90.5, '90'])
      expect((await h.call('PUT', '/api/organisation/privacy', { retentionDays: bad }, acme)).status).toBe(
        400,
      );
    const set = await h.call('PUT', '/api/organisation/privacy', { retentionDays: 90 }, acme);
    expect(set.status).toBe(200);
    expect(set.json).toEqual({ retentionDays: 90, updatedAt: '2026-11-21T09:00:00.000Z' });
    expect((await h.call('GET', '/api/organisation/privacy', undefined, acme)).json.retentionDays).toBe(90);
    expect((await h.call('GET', '/api/organisation/privacy', undefined, other)).json.retentionDays).toBe(180);
    expect((await h.call('GET', '/api/organisation/privacy')).status).toBe(401);
  });
});

describe('erasure on request', () => {
  it('by the consultant, open or closed: name, e-mail and link go everywhere, the results stay the same', async () => {
    const h = await harness();
    const consultant = await h.signIn('erase@acme.test', 'Erase Org');
    const { a, people } = await submittedTrio(h, consultant, 'Erase Client');
    const pending = await invite(h, consultant, a.id, 'executive', {
      name: 'Pending Person',
      email: 'pending@client-eraseclient.test',
    });
    const before = await resultsOf(h, consultant, a.id);
    const [first, second] = people as [(typeof people)[0], (typeof people)[0]];

    const erased = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders/${first.id}/erase`,
      undefined,
      consultant,
    );
    expect(erased.status).toBe(200);
    expect(erased.json).toMatchObject({ id: first.id, name: null, email: null, link: 'removed' });
    expect((await h.respond('GET', first.token)).status).toBe(404);
    // A stakeholder who never answered is erased the same way, mail queued for them included.
    expect(
      (
        await h.call(
          'POST',
          `/api/assessments/${a.id}/stakeholders/${pending.id}/erase`,
          undefined,
          consultant,
        )
      ).status,
    ).toBe(200);

    // Closed assessments too.
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    const closed = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders/${second.id}/erase`,
      undefined,
      consultant,
    );
    expect(closed.status).toBe(200);
    expect(closed.json.link).toBe('removed');

    const after = await resultsOf(h, consultant, a.id);
    expect(after).toEqual(before);
    const views = await everyView(h, consultant, a.id);
    for (const gone of ['Number0', 'Number1', 'Pending Person', 'person0@', 'person1@', 'pending@'])
      expect(views).not.toContain(gone);
    expect(views).toContain('Person Number2');
    const list = await h.call('GET', `/api/assessments/${a.id}/stakeholders`, undefined, consultant);
    expect(list.json.items.filter((s: { link: string }) => s.link === 'removed')).toHaveLength(3);
    // Nothing stored keeps them: not the stakeholder items, not the mail, not a note.
    const stored = JSON.stringify(await rawItems(h));
    for (const gone of ['Number0', 'Number1', 'Pending Person', 'person0@', 'person1@', 'pending@', 'note 0'])
      expect(stored).not.toContain(gone);

    // Unknown stakeholder, other organisation.
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/stakeholders/nosuchid00/erase`, undefined, consultant))
        .status,
    ).toBe(404);
    const stranger = await h.signIn('x@other.test', 'Other Org');
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/stakeholders/${first.id}/erase`, undefined, stranger))
        .status,
    ).toBe(404);
  });

  it('by the stakeholder from the bound device only; the link stops working and the submission stays counted', async () => {
    const h = await harness();
    const consultant = await h.signIn('self@acme.test', 'Self Erase Org');
    const { a, people } = await submittedTrio(h, consultant, 'Self Client');
    const unused = await invite(h, consultant, a.id, 'team-member', {
      email: 'unused@client-selfclient.test',
    });
    const before = await resultsOf(h, consultant, a.id);
    const [me] = people as [(typeof people)[0]];
    const erase = (token: string, deviceKey?: string) =>
      h.call('DELETE', '/api/response', undefined, undefined, {
        'x-invite-token': token,
        ...(deviceKey ? { 'x-device-key': deviceKey } : {}),
      });

    // Without the bound device's key, the same answer whatever the link's state.
    const refusals = [
      await erase(me.token),
      await erase(me.token, 'A'.repeat(43)),
      await erase(unused.token),
      await erase(unused.token, 'A'.repeat(43)),
    ];
    for (const r of refusals) {
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('device_mismatch');
    }
    expect((await erase('B'.repeat(43))).status).toBe(404);

    const done = await erase(me.token, h.devices.get(me.token));
    expect(done.status).toBe(204);
    expect((await h.respond('GET', me.token)).status).toBe(404);
    expect((await erase(me.token, h.devices.get(me.token))).status).toBe(404);
    expect(await resultsOf(h, consultant, a.id)).toEqual(before);
    const views = await everyView(h, consultant, a.id);
    expect(views).not.toContain('Number0');
    expect(views).not.toContain('person0@');
    const list = await h.call('GET', `/api/assessments/${a.id}/stakeholders`, undefined, consultant);
    expect(list.json.items.find((s: { id: string }) => s.id === me.id)).toMatchObject({
      name: null,
      email: null,
      link: 'removed',
    });
  });
});

describe('the record of access', () => {
  it('lists result views, each export with its file, sharing, share views and revocation, newest first', async () => {
    let clock = new Date('2026-11-21T09:00:00Z');
    const h = await harness({ now: () => clock });
    const tick = () => {
      clock = new Date(clock.getTime() + 60_000);
    };
    const consultant = await h.signIn('log@acme.test', 'Log Org');
    const { a } = await submittedTrio(h, consultant, 'Log Client');
    const log = async () =>
      (await h.call('GET', `/api/assessments/${a.id}/access-log`, undefined, consultant)).json;
    expect(await log()).toEqual({ items: [] });

    tick();
    await h.call('GET', `/api/assessments/${a.id}/results`, undefined, consultant);
    for (const file of ['answers.csv', 'scores.csv', 'results.json']) {
      tick();
      expect(
        (await h.call('GET', `/api/assessments/${a.id}/export/${file}`, undefined, consultant)).status,
      ).toBe(200);
    }
    tick();
    const link = await h.call('POST', `/api/assessments/${a.id}/share-links`, { label: 'Board' }, consultant);
    tick();
    await h.call('GET', '/api/share', undefined, undefined, {
      'x-share-token': tokenOf(link.json.shareUrl),
    });
    tick();
    await h.call(
      'POST',
      `/api/assessments/${a.id}/share-links/${link.json.id}/revoke`,
      undefined,
      consultant,
    );

    const { items } = await log();
    expect(items.map((e: { action: string; detail: string | null }) => [e.action, e.detail])).toEqual([
      ['share-revoked', 'Board'],
      ['share-viewed', 'Board'],
      ['shared', 'Board'],
      ['exported', 'results.json'],
      ['exported', 'scores.csv'],
      ['exported', 'answers.csv'],
      ['viewed-results', null],
    ]);
    expect(items[0]).toEqual({
      at: '2026-11-21T09:07:00.000Z',
      actor: 'log@acme.test',
      action: 'share-revoked',
      detail: 'Board',
    });
    expect(items[1].actor).toBe('share link');
    // Another organisation reads nothing of it.
    const stranger = await h.signIn('x@other.test', 'Other Log Org');
    expect((await h.call('GET', `/api/assessments/${a.id}/access-log`, undefined, stranger)).status).toBe(
      404,
    );
  });
});

describe('the retention sweep', () => {
  it('erases a chain only once all of it has been closed longer than its organisation’s retention', async () => {
    let clock = new Date('2026-01-05T09:00:00Z');
    const h = await harness({ now: () => clock });
    const at = (days: number) => new Date(Date.parse('2026-01-05T09:00:00Z') + days * DAY);
    const sweep = (days: number) => sweepPersonalData({ store: h.store, now: () => at(days) });

    // Organisation A (default 180 days): a baseline and its follow-up.
    const acme = await h.signIn('sweep@acme.test', 'Sweep Org A');
    const { a: baseline } = await submittedTrio(h, acme, 'Chain Client');
    const baselineResults = await resultsOf(h, acme, baseline.id);
    await h.call('PATCH', `/api/assessments/${baseline.id}`, { status: 'closed' }, acme);
    clock = at(10);
    const followUp = await h.call('POST', `/api/assessments/${baseline.id}/follow-up`, {}, acme);
    expect(followUp.status).toBe(201);
    const followUpId = followUp.json.assessment.id as string;

    // Organisation B (30 days): a single assessment closed on day 10.
    const other = await h.signIn('sweep@other.test', 'Sweep Org B');
    await h.call('PUT', '/api/organisation/privacy', { retentionDays: 30 }, other);
    const { a: single } = await submittedTrio(h, other, 'Short Client');
    await h.call('PATCH', `/api/assessments/${single.id}`, { status: 'closed' }, other);

    // Day 400: the baseline closed long ago, but its follow-up is open: A keeps everything.
    const early = await sweep(400);
    expect(early.chains).toBe(1);
    expect(await everyView(h, acme, baseline.id)).toContain('Person Number0');
    expect(await everyView(h, other, single.id)).not.toContain('Person Number');

    // The follow-up closes on day 100; 150 days on, within A's 180, nothing goes.
    clock = at(100);
    await h.call('PATCH', `/api/assessments/${followUpId}`, { status: 'closed' }, acme);
    expect((await sweep(250)).chains).toBe(0);
    expect(await everyView(h, acme, followUpId)).toContain('Person Number0');

    // 181 days after the last close: names and addresses go from both, the results stay.
    const due = await sweep(281);
    expect(due).toMatchObject({ chains: 1, assessments: 2 });
    for (const id of [baseline.id, followUpId]) {
      const views = await everyView(h, acme, id);
      expect(views).not.toContain('Person Number');
      expect(views).not.toContain('@client-chainclient.test');
      const detail = await h.call('GET', `/api/assessments/${id}`, undefined, acme);
      expect(detail.json.stakeholders.every((s: { name: null; email: null }) => !s.name && !s.email)).toBe(
        true,
      );
    }
    expect(await resultsOf(h, acme, baseline.id)).toEqual(baselineResults);
    const stored = await rawItems(h);
    expect(JSON.stringify(stored)).not.toMatch(/Person Number|@client-/);
    const erasedMarks = stored
      .filter((i) => i.sk?.startsWith('ASSESSMENT#'))
      .map((i) => i.personalDataErasedAt);
    expect(erasedMarks.sort()).toEqual([at(281).toISOString(), at(281).toISOString(), at(400).toISOString()]);
    // Erased chains leave the closed index: the next run has nothing to do.
    expect(stored.filter((i) => i.gsi1pk === 'CLOSED')).toEqual([]);
    expect((await sweep(282)).chains).toBe(0);
  });

  it('finds assessments closed before the closed index existed through their organisation’s listing', async () => {
    const clock = new Date('2026-01-05T09:00:00Z');
    const h = await harness({ now: () => clock });
    const consultant = await h.signIn('legacy@acme.test', 'Legacy Org');
    const { a } = await submittedTrio(h, consultant, 'Legacy Client');
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    await createAssessment(h, consultant, 'Still Open Client');
    // As stored before this change: closed, but with no entry on the closed index.
    const item = (await rawItems(h)).find((i) => i.sk === `ASSESSMENT#${a.id}`) as { pk: string; sk: string };
    await h.client.send(
      new UpdateItemCommand({
        TableName: h.tableName,
        Key: { pk: { S: item.pk }, sk: { S: item.sk } },
        UpdateExpression: 'REMOVE gsi1pk, gsi1sk',
      }),
    );
    const run = await sweepPersonalData({ store: h.store, now: () => new Date(clock.getTime() + 200 * DAY) });
    expect(run.chains).toBe(1);
    expect(await everyView(h, consultant, a.id)).not.toContain('Person Number');
  });
});
