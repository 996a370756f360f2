import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { structuredLogging, timeoutWarning, warmUp } from '../../../functions/lambda/middlewares';

const context = (remaining = 10_000) =>
  ({ awsRequestId: 'lambda-req-7', getRemainingTimeInMillis: () => remaining }) as unknown as Context;
const event = { rawPath: '/api/health', requestContext: { requestId: 'api-req-3', http: { method: 'GET' } } };

afterEach(() => vi.restoreAllMocks());

describe('Lambda middlewares', () => {
  it('logs one JSON line per request with both request ids, the status and the duration', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const handler = middy(async () => ({ statusCode: 201, body: '' })).use(structuredLogging('api'));
    await handler(event, context());
    const line = JSON.parse(String(write.mock.calls.at(-1)?.[0]));
    expect(line).toMatchObject({
      level: 'info',
      service: 'api',
      requestId: 'lambda-req-7',
      apiRequestId: 'api-req-3',
      method: 'GET',
      path: '/api/health',
      status: 201,
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('warns shortly before the function would time out', async () => {
    vi.useFakeTimers();
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const handler = middy(async () => {
      await vi.advanceTimersByTimeAsync(2_500);
      return { statusCode: 200 };
    }).use(timeoutWarning(1000));
    await handler(event, context(3_000));
    expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('about to time out');
    vi.useRealTimers();
  });

  it('answers a warm-up ping without running the app', async () => {
    const app = vi.fn(async () => ({ statusCode: 500 }));
    const handler = middy(app).use(warmUp());
    expect(await handler({ warmup: true }, context())).toEqual({ statusCode: 200, body: 'warm' });
    expect(app).not.toHaveBeenCalled();
  });
});
