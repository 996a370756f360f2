import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { QUESTIONNAIRE } from '../../functions/core';
import { createAssessment, invite } from './fixtures';
import { harness } from './harness';

/**
 * No token, device key, transfer code, answer or note in any log line the product writes: the
 * whole flow runs with every console method and both output streams captured, then each line is
 * searched for the secrets of the run.
 */

let lines: string[] = [];
const restore: (() => void)[] = [];

beforeEach(() => {
  lines = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const spy = vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
    });
    restore.push(() => spy.mockRestore());
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return original(chunk as string, ...(rest as []));
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = original;
    });
  }
});

afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

const NOTE = 'private-note-the-cfo-hides-overruns';

describe('log hygiene', () => {
  it('the whole stakeholder flow, including an unhandled error, logs no token, key, code, answer or note', async () => {
    const h = await harness();
    const consultant = await h.signIn('logs@acme.test', 'Log Org');
    const a = await createAssessment(h, consultant, 'Log Client');
    const secrets: string[] = [NOTE];
    const people = [];
    for (let i = 0; i < 3; i++) {
      const p = await invite(h, consultant, a.id, 'executive', { email: `p${i}@client.test` });
      people.push(p);
      secrets.push(p.token);
    }
    const [first, second, third] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const saved = await h.respond('PUT', first.token, {
      answers: { 'std-method': 4 },
      notes: { 'std-method': NOTE },
    });
    secrets.push(saved.json.deviceKey);
    const code = await h.respond('TRANSFER', first.token);
    secrets.push(code.json.code);
    const moved = await h.respond('REDEEM', first.token, { code: code.json.code }, { deviceKey: null });
    secrets.push(moved.json.deviceKey);
    h.devices.set(first.token, moved.json.deviceKey);
    // Refusals: another device, a wrong code, a malformed token.
    await h.respond('GET', first.token, undefined, { deviceKey: null });
    await h.respond('REDEEM', first.token, { code: 'ZZZZZ-ZZZZZ' }, { deviceKey: null });
    await h.respond('GET', `${first.token}!`);
    // An unhandled error in the middle of a save that carries a note.
    const save = h.store.saveResponse.bind(h.store);
    h.store.saveResponse = async () => {
      throw new Error('simulated DynamoDB outage');
    };
    const failed = await h.respond('PUT', second.token, { notes: { 'std-method': NOTE } });
    expect(failed.status).toBe(500);
    h.store.saveResponse = save;
    for (const p of [first, second, third])
      await h.respond('SUBMIT', p.token, {
        answers: Object.fromEntries(QUESTIONNAIRE.dimensions[0]?.questions.map((q) => [q.id, 3]) ?? []),
      });
    const reissued = await h.call(
      'POST',
      `/api/assessments/${a.id}/stakeholders/${third.id}/reissue`,
      undefined,
      consultant,
    );
    secrets.push(reissued.json.inviteUrl.split('#').pop());
    await h.call('GET', `/api/assessments/${a.id}/results`, undefined, consultant);
    await h.call('GET', `/api/assessments/${a.id}/export/answers.csv`, undefined, consultant);

    // The Lambda host (Powertools logger, request log, error log) answering a stakeholder request
    // that carries all of it, against a table it cannot reach, so its error path logs too.
    process.env.TABLE_NAME = 'log-hygiene-missing-table';
    process.env.DYNAMODB_ENDPOINT = inject('dynamoEndpoint');
    process.env.ORIGIN_GUARD = 'off';
    const { handler } = await import('../../functions/lambda/api-handler');
    const context = {
      awsRequestId: 'r-1',
      functionName: 'api',
      getRemainingTimeInMillis: () => 10_000,
    } as unknown as Context;
    const event = {
      version: '2.0',
      routeKey: 'PUT /api/response',
      rawPath: '/api/response',
      rawQueryString: '',
      headers: {
        'content-type': 'application/json',
        'x-invite-token': first.token,
        'x-device-key': moved.json.deviceKey,
      },
      body: JSON.stringify({ notes: { 'std-method': NOTE } }),
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'PUT', path: '/api/response', sourceIp: '127.0.0.1' },
        requestId: 'api-1',
        routeKey: 'PUT /api/response',
      },
    };
    await handler(event as never, context);

    expect(lines.some((l) => l.includes('unhandled error'))).toBe(true);
    expect(lines.some((l) => l.includes('request handled'))).toBe(true);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      for (const line of lines) expect(line, `a log line holds a secret: ${line}`).not.toContain(secret);
    }
  });
});
