import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import {
  acceptsOrigin,
  cachedSecrets,
  extensionSecrets,
  ORIGIN_HEADER,
  ORIGIN_SECRET_GRACE_MS,
  type OriginSecrets,
  requireOrigin,
} from '../../../functions/lambda/origin-guard';

const CURRENT = 'c'.repeat(48);
const PREVIOUS = 'p'.repeat(48);

/** Runs the middleware's `before` for a request carrying the given header value (or none). */
const check = async (guard: Parameters<typeof requireOrigin>[0], sent?: string) => {
  const headers = sent === undefined ? {} : { [ORIGIN_HEADER]: sent };
  const before = requireOrigin(guard).before as (r: unknown) => Promise<{ statusCode: number } | undefined>;
  return before({ event: { headers } as unknown as APIGatewayProxyEventV2 });
};

describe('the origin guard', () => {
  const secrets = async (): Promise<OriginSecrets> => ({ current: CURRENT });

  it('lets through the current value and refuses a missing or wrong one', async () => {
    expect(await check({ secrets }, CURRENT)).toBeUndefined();
    expect((await check({ secrets }))?.statusCode).toBe(403);
    expect((await check({ secrets }, 'x'.repeat(48)))?.statusCode).toBe(403);
  });

  it('fails closed: no configured secret, or one that cannot be read, refuses everything', async () => {
    expect((await check(undefined, CURRENT))?.statusCode).toBe(503);
    const onError = vi.fn();
    const failing = { secrets: () => Promise.reject(new Error('extension down')), onError };
    expect((await check(failing, CURRENT))?.statusCode).toBe(503);
    expect(onError).toHaveBeenCalledOnce();
    // A value too short to be the generated secret (an empty string, say) opens nothing.
    expect((await check({ secrets: async () => ({ current: '' }) }, ''))?.statusCode).toBe(403);
  });

  it('skips the check only when switched off explicitly', async () => {
    expect(await check({ off: true })).toBeUndefined();
  });

  it('accepts the previous value during the grace period after a rotation, and not after it', () => {
    const rotatedAt = new Date('2026-11-01T10:00:00Z');
    const s = { current: CURRENT, previous: PREVIOUS, rotatedAt };
    expect(acceptsOrigin(PREVIOUS, s, new Date(rotatedAt.getTime() + 3600_000))).toBe(true);
    expect(acceptsOrigin(PREVIOUS, s, new Date(rotatedAt.getTime() + ORIGIN_SECRET_GRACE_MS + 1))).toBe(
      false,
    );
    expect(acceptsOrigin(CURRENT, s, new Date(rotatedAt.getTime() + ORIGIN_SECRET_GRACE_MS + 1))).toBe(true);
  });
});

describe('the cached secret', () => {
  it('reads once per TTL, keeps the last good value when a refresh fails, and fails with nothing read', async () => {
    let clock = 0;
    const load = vi.fn(async (): Promise<OriginSecrets> => ({ current: CURRENT }));
    const read = cachedSecrets(load, { ttlMs: 1000, now: () => clock });
    await read();
    await read();
    expect(load).toHaveBeenCalledTimes(1);
    clock = 1500;
    load.mockRejectedValueOnce(new Error('throttled'));
    expect((await read()).current).toBe(CURRENT);
    expect(load).toHaveBeenCalledTimes(2);

    const never = cachedSecrets(() => Promise.reject(new Error('denied')));
    await expect(never()).rejects.toThrow('denied');
  });

  it('shares one read between concurrent requests', async () => {
    const load = vi.fn(async (): Promise<OriginSecrets> => ({ current: CURRENT }));
    const read = cachedSecrets(load);
    await Promise.all([read(), read(), read()]);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('reading through the Parameters and Secrets extension', () => {
  it('asks for the current and previous stages with the session token, and tolerates no previous one', async () => {
    const calls: { url: string; token: string | null }[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      calls.push({ url, token: new Headers(init.headers).get('x-aws-parameters-secrets-token') });
      if (url.includes('AWSPREVIOUS')) return new Response('not found', { status: 400 });
      return Response.json({ SecretString: CURRENT, CreatedDate: 1_790_000_000 });
    }) as unknown as typeof fetch;
    const load = extensionSecrets(
      'arn:aws:secretsmanager:eu-west-1:1:secret:origin',
      { AWS_SESSION_TOKEN: 'tok' },
      fetchFn,
    );
    const got = await load();
    expect(got).toEqual({ current: CURRENT, rotatedAt: new Date(1_790_000_000_000) });
    expect(calls.map((c) => c.url)).toEqual([
      expect.stringMatching(
        /^http:\/\/localhost:2773\/secretsmanager\/get\?secretId=arn%3Aaws.*versionStage=AWSCURRENT$/,
      ),
      expect.stringMatching(/versionStage=AWSPREVIOUS$/),
    ]);
    expect(calls.every((c) => c.token === 'tok')).toBe(true);
  });

  it('fails when the current value cannot be read', async () => {
    const fetchFn = (async () => new Response('denied', { status: 403 })) as unknown as typeof fetch;
    await expect(extensionSecrets('id', {}, fetchFn)()).rejects.toThrow(/403/);
  });
});
