import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from '../../../functions/api/auth/attempt-limiter';
import { hashPassphrase, verifyDecoy, verifyPassphrase } from '../../../functions/api/auth/passphrase';
import { filePassphraseBook } from '../../../functions/local/passphrase-file';
import { signInThrottle } from '../../../functions/local/sign-in-throttle';

describe('the attempt limiter', () => {
  it('lets a few failures through, then doubles the wait up to the cap, and forgets after a quiet hour', () => {
    let clock = 0;
    const limiter = new AttemptLimiter(
      { freeFailures: 2, firstDelayMs: 1000, maxDelayMs: 4000 },
      () => clock,
    );
    expect([1, 2, 3, 4, 5, 6].map(() => limiter.fail('k'))).toEqual([0, 0, 1000, 2000, 4000, 4000]);
    expect(limiter.retryAfterMs('k')).toBe(4000);
    expect(limiter.retryAfterMs('other')).toBe(0);
    clock = 61 * 60_000;
    expect(limiter.retryAfterMs('k')).toBe(0);
    expect(limiter.fail('k')).toBe(0);
  });

  it('forgets a key after a success, and holds no more keys than its cap', () => {
    const limiter = new AttemptLimiter({ freeFailures: 0, maxKeys: 3 });
    limiter.fail('a');
    limiter.succeed('a');
    expect(limiter.retryAfterMs('a')).toBe(0);
    for (const key of ['b', 'c', 'd', 'e']) limiter.fail(key);
    expect(limiter.retryAfterMs('b')).toBe(0);
    expect(limiter.retryAfterMs('e')).toBeGreaterThan(0);
  });
});

describe('organisation passphrases', () => {
  it('are stored as salted scrypt hashes and checked against them', async () => {
    const hash = await hashPassphrase('a passphrase of our own');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(hash).not.toContain('passphrase');
    expect(await hashPassphrase('a passphrase of our own')).not.toBe(hash);
    expect(await verifyPassphrase('a passphrase of our own', hash)).toBe(true);
    expect(await verifyPassphrase('another passphrase', hash)).toBe(false);
    expect(await verifyPassphrase('x', 'not a hash')).toBe(false);
    expect(await verifyDecoy('anything')).toBe(false);
  });

  it('are kept in a file only the owner may read, set once per organisation', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pmo-passphrases-')), 'organisation-passphrases.json');
    const book = filePassphraseBook(file);
    expect(await book.setIfAbsent('org-1', 'scrypt$h1')).toBe(true);
    expect(await book.setIfAbsent('org-1', 'scrypt$h2')).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'org-1': 'scrypt$h1' });
    expect(await filePassphraseBook(file).get('org-1')).toBe('scrypt$h1');
  });
});

describe('the per-address sign-in throttle', () => {
  const server = (address: () => string) => {
    const app = new Hono();
    app.use('/api/auth/local', signInThrottle(address, new AttemptLimiter({ freeFailures: 2 })));
    app.post('/api/auth/local', async (c) => {
      const body = (await c.req.json()) as { password: string };
      return body.password === 'right' ? c.json({ token: 't' }) : c.json({ error: { code: 'no' } }, 401);
    });
    return app;
  };
  const post = (app: Hono, password: string) =>
    app.request('/api/auth/local', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password }),
    });

  it('answers 429 with Retry-After once an address has failed too often, whatever it sends next', async () => {
    let address = '192.0.2.7';
    const app = server(() => address);
    expect((await post(app, 'a')).status).toBe(401);
    expect((await post(app, 'b')).status).toBe(401);
    expect((await post(app, 'c')).status).toBe(401);
    const slowed = await post(app, 'right');
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not held up.
    address = '192.0.2.8';
    expect((await post(app, 'right')).status).toBe(200);
  });
});
