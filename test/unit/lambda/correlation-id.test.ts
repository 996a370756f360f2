import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { correlationIdAt } from '../../../functions/lambda/wiring';

/**
 * Every log line a function writes carries the correlation id of what invoked it: API Gateway's
 * request id for the API, the stream record's event id for the mailer, the EventBridge event's id
 * for the reminders. Each handler runs with both output streams captured; every JSON line is read.
 */

let written: string[] = [];
const restore: (() => void)[] = [];

beforeAll(() => {
  process.env.TABLE_NAME = 'correlation-table';
  process.env.MAIL_FROM = 'noreply@pmo.test';
  process.env.ORIGIN_GUARD = 'off';
  process.env.AWS_REGION = 'eu-west-1';
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return original(chunk as string, ...(rest as []));
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = original;
    });
  }
});

afterAll(() => {
  for (const undo of restore.splice(0)) undo();
});

beforeEach(() => {
  written = [];
});

/** The structured lines written since the test began (Powertools writes one JSON object per line). */
const logLines = () =>
  written
    .join('')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const context = (awsRequestId: string) =>
  ({ awsRequestId, functionName: 'fn', getRemainingTimeInMillis: () => 10_000 }) as unknown as Context;

describe('correlation ids on every log line', () => {
  it('reads a path of names and indexes, and nothing that is not a string', () => {
    const event = { requestContext: { requestId: 'r-1' }, Records: [{ eventID: 'e-1' }], id: 7 };
    expect(correlationIdAt('requestContext.requestId', event)).toBe('r-1');
    expect(correlationIdAt('Records[0].eventID', event)).toBe('e-1');
    expect(correlationIdAt('Records[1].eventID', event)).toBeUndefined();
    expect(correlationIdAt('id', event)).toBeUndefined();
    expect(correlationIdAt('a.b', null)).toBeUndefined();
  });

  it('the API: each line carries API Gateway’s request id, and a new request its own', async () => {
    const { handler } = await import('../../../functions/lambda/api-handler');
    const request = (requestId: string) => ({
      version: '2.0',
      routeKey: 'GET /api/health',
      rawPath: '/api/health',
      rawQueryString: '',
      headers: {},
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'GET', path: '/api/health', sourceIp: '127.0.0.1' },
        requestId,
        routeKey: 'GET /api/health',
      },
    });
    const first = await handler(request('api-req-1') as never, context('lambda-1'));
    expect((first as { statusCode: number }).statusCode).toBe(200);
    await handler(request('api-req-2') as never, context('lambda-2'));
    const lines = logLines();
    expect(lines.map((l) => [l.message, l.correlation_id])).toEqual([
      ['request handled', 'api-req-1'],
      ['request handled', 'api-req-2'],
    ]);
    expect(written.join('')).not.toContain('no search function');
  });

  it('the mailer: a failed send is logged with its stream record’s event id', async () => {
    mockClient(SESv2Client).rejects(new Error('SES is down'));
    const { handler } = await import('../../../functions/lambda/mailer-handler');
    const mail = {
      id: 'm1',
      orgId: 'org-1',
      assessmentId: 'a1',
      stakeholderId: 's1',
      to: 'p@client.test',
      subject: 'Your view',
      body: 'Your link: {link}',
      link: 'https://pmo.test/respond#token',
      status: 'queued',
      createdAt: '2026-11-22T08:00:00.000Z',
      sentAt: null,
    };
    const event = {
      Records: [
        {
          eventID: 'stream-event-7',
          eventName: 'INSERT',
          dynamodb: {
            SequenceNumber: '7',
            NewImage: marshall({ ...mail, pk: 'ORG#org-1', sk: `MAIL#${mail.createdAt}#m1` }),
          },
        },
      ],
    };
    const out = await handler(event as never, context('lambda-3'));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: '7' }]);
    const lines = logLines();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.map((l) => [l.message, l.correlation_id])).toEqual([['mail not sent', 'stream-event-7']]);
  });

  it('the reminders: each line carries the schedule event’s id', async () => {
    mockClient(DynamoDBDocumentClient).onAnyCommand().resolves({ Items: [] });
    const { handler } = await import('../../../functions/lambda/reminders-handler');
    await handler(
      { id: 'schedule-event-9', 'detail-type': 'Scheduled Event', source: 'aws.events' } as never,
      context('lambda-4'),
    );
    const lines = logLines();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.correlation_id).toBe('schedule-event-9');
  });
});
