import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { sendStreamedMail } from '../../../functions/lambda/mail-stream';
import type { MailRecord } from '../../../functions/store/records';

const mail = (id: string): MailRecord => ({
  id,
  orgId: 'org-1',
  assessmentId: 'a1',
  stakeholderId: 's1',
  to: `${id}@client.test`,
  subject: 'Client: your view',
  body: 'Hello,\nYour personal link: {link}',
  link: `https://pmo.test/respond#token-${id}`,
  status: 'queued',
  createdAt: '2026-11-22T08:00:00.000Z',
  sentAt: null,
});

const record = (m: MailRecord, sequence: string, eventName: 'INSERT' | 'MODIFY' = 'INSERT') => ({
  eventName,
  dynamodb: {
    SequenceNumber: sequence,
    NewImage: marshall({ ...m, pk: `ORG#${m.orgId}`, sk: `MAIL#${m.createdAt}#${m.id}` }),
  },
});

const event = (...records: ReturnType<typeof record>[]) =>
  ({ Records: records }) as unknown as DynamoDBStreamEvent;

describe('the mail stream', () => {
  it('sends each inserted mail with its link in place, then marks it sent', async () => {
    const sent: { to: string; text: string }[] = [];
    const markMailSent = vi.fn(async () => {});
    const out = await sendStreamedMail(
      { store: { markMailSent }, transport: { send: async (m) => void sent.push(m) }, now: () => new Date() },
      event(record(mail('m1'), '1'), record(mail('m2'), '2', 'MODIFY')),
    );
    expect(out.batchItemFailures).toEqual([]);
    expect(sent).toEqual([
      expect.objectContaining({ to: 'm1@client.test', text: expect.stringContaining('respond#token-m1') }),
    ]);
    expect(markMailSent).toHaveBeenCalledTimes(1);
  });

  it('reports a failed send from that record on, so Lambda retries it and then the dead-letter queue gets it', async () => {
    const markMailSent = vi.fn(async () => {});
    const failures: string[] = [];
    const transport = {
      send: async (m: { to: string }) => {
        if (m.to.startsWith('m2')) throw new Error('SES throttled');
      },
    };
    const out = await sendStreamedMail(
      {
        store: { markMailSent },
        transport,
        now: () => new Date(),
        onFailure: (_e, id) => void failures.push(id),
      },
      event(record(mail('m1'), '1'), record(mail('m2'), '2'), record(mail('m3'), '3')),
    );
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: '2' }]);
    // The failed mail stays queued (not marked sent) and is retried with everything after it.
    expect(markMailSent).toHaveBeenCalledTimes(1);
    expect(failures).toEqual(['m2']);
  });
});
