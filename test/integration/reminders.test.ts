import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { relayQueuedMail } from '../../functions/local/mail-relay';
import { runReminders } from '../../functions/services/reminders';
import { createAssessment, invite } from './fixtures';
import { type Harness, harness } from './harness';

/** Every item of the test's table, read by a test only (the product never scans). */
const rawItems = async (h: Harness) =>
  (await h.client.send(new ScanCommand({ TableName: h.tableName, ConsistentRead: true }))).Items ?? [];

describe('scheduled reminders', () => {
  it('reminds pending stakeholders of open assessments once per interval, never the closed ones', async () => {
    let clock = new Date('2026-11-21T09:00:00Z');
    const now = () => clock;
    const h = await harness({ now });
    const consultant = await h.signIn('rem@acme.test', 'Reminder Org');
    const open = await createAssessment(h, consultant, 'Open Client');
    const closed = await createAssessment(h, consultant, 'Closed Client');
    await invite(h, consultant, open.id, 'executive', { email: 'pending@client.test' });
    const done = await invite(h, consultant, open.id, 'executive', { email: 'done@client.test' });
    await invite(h, consultant, closed.id, 'executive', { email: 'closed@client.test' });
    await h.respond('SUBMIT', done.token, { answers: { 'std-method': 3 } });
    await h.call('PATCH', `/api/assessments/${closed.id}`, { status: 'closed' }, consultant);

    const deps = { store: h.store, now };
    const first = await runReminders(deps);
    expect(first.sent).toBe(1);
    clock = new Date('2026-11-22T09:00:00Z');
    expect((await runReminders(deps)).sent).toBe(0);
    clock = new Date('2026-11-25T10:00:00Z');
    expect((await runReminders(deps)).sent).toBe(1);

    const outbox = await h.call('GET', '/api/outbox', undefined, consultant);
    const reminders = outbox.json.items.filter((m: { subject: string }) => m.subject.startsWith('Reminder'));
    // One entry per run, addressed in words; the addresses stay with the mailer.
    expect(reminders.map((m: { to: string }) => m.to)).toEqual([
      'Everyone invited who has not submitted',
      'Everyone invited who has not submitted',
    ]);
    expect(JSON.stringify(reminders)).not.toMatch(/@client\.test|"recipients"/);
    const stored = (await h.store.listQueuedMail(50)).filter((m) => m.subject.startsWith('Reminder'));
    expect(stored.map((m) => m.recipients)).toEqual([['pending@client.test'], ['pending@client.test']]);
    expect(reminders[0].body).not.toMatch(/respond/);
  });

  it('caps reminders per stakeholder: a consultant’s second "remind now" within a day queues nothing', async () => {
    let clock = new Date('2026-11-21T09:00:00Z');
    const h = await harness({ now: () => clock });
    const consultant = await h.signIn('cap@acme.test', 'Cap Org');
    const a = await createAssessment(h, consultant, 'Client');
    await invite(h, consultant, a.id, 'executive', { email: 'one@client.test' });
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/reminders`, undefined, consultant)).json.sent,
    ).toBe(1);
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/reminders`, undefined, consultant)).json.sent,
    ).toBe(0);
    clock = new Date('2026-11-22T09:30:00Z');
    expect(
      (await h.call('POST', `/api/assessments/${a.id}/reminders`, undefined, consultant)).json.sent,
    ).toBe(1);
  });
});

describe('the transactional outbox', () => {
  it('queues the invitation with the change, sends it, then keeps no usable link', async () => {
    const h = await harness();
    const consultant = await h.signIn('outbox@acme.test', 'Outbox Org');
    const a = await createAssessment(h, consultant, 'Client\u202e evil\nBcc: x@y.z');
    const inv = await invite(h, consultant, a.id, 'executive', { email: 'p@client.test', name: 'Ann\u0007' });
    const queued = await h.store.listQueuedMail(10);
    expect(queued).toHaveLength(1);
    expect(queued[0]?.link).toContain(inv.token);
    // Names reach subjects and bodies without control or bidi characters.
    expect(queued[0]?.subject).toBe('Client evil Bcc: x@y.z: your view on how projects are run');
    expect(queued[0]?.body).toContain('Hello Ann,');
    // The consultant's outbox never shows the link, queued or sent.
    const before = await h.call('GET', '/api/outbox', undefined, consultant);
    expect(before.json.items[0]).toMatchObject({ status: 'queued' });
    expect(before.text).not.toContain(inv.token);

    expect(await relayQueuedMail(h.store)).toBe(1);
    expect(await h.store.listQueuedMail(10)).toEqual([]);
    const after = await h.call('GET', '/api/outbox', undefined, consultant);
    expect(after.json.items[0]).toMatchObject({ status: 'sent' });
    expect(JSON.stringify(await rawItems(h))).not.toContain(inv.token);
  });

  it('a change that fails queues nothing: an invitation to a closed assessment sends no mail', async () => {
    const h = await harness();
    const consultant = await h.signIn('outbox2@acme.test', 'Outbox Org Two');
    const a = await createAssessment(h, consultant, 'Client');
    await h.call('PATCH', `/api/assessments/${a.id}`, { status: 'closed' }, consultant);
    const refused = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders`,
      { role: 'executive', email: 'late@client.test' },
      consultant,
    );
    expect(refused.status).toBe(409);
    expect(await h.store.listQueuedMail(10)).toEqual([]);
    expect((await h.call('GET', '/api/outbox', undefined, consultant)).json.items).toEqual([]);
  });
});
