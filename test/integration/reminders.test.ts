import { describe, expect, it } from 'vitest';
import { outboxMailer } from '../../functions/api/outbox-mailer';
import { runReminders } from '../../functions/reminders/run-reminders';
import { createAssessment, invite } from './fixtures';
import { harness } from './harness';

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

    const deps = { store: h.store, mailer: outboxMailer(h.store, now), now };
    const first = await runReminders(deps);
    expect(first.sent).toBe(1);
    clock = new Date('2026-11-22T09:00:00Z');
    expect((await runReminders(deps)).sent).toBe(0);
    clock = new Date('2026-11-25T10:00:00Z');
    expect((await runReminders(deps)).sent).toBe(1);

    const outbox = await h.call('GET', '/api/outbox', undefined, consultant);
    const reminders = outbox.json.items.filter((m: { subject: string }) => m.subject.startsWith('Reminder'));
    expect(reminders.map((m: { to: string }) => m.to)).toEqual([
      'pending@client.test',
      'pending@client.test',
    ]);
    expect(reminders[0].body).not.toMatch(/respond\//);
  });
});
