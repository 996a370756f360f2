import { describe, expect, it } from 'vitest';
import { harness } from './harness';

describe('local sign-out', () => {
  it('ends the token at once: the next call with it is refused, a new sign-in works', async () => {
    const h = await harness();
    const token = await h.signIn('out@acme.test', 'Sign-out Org');
    expect((await h.call('GET', '/api/me', undefined, token)).status).toBe(200);
    expect((await h.call('POST', '/api/auth/sign-out', undefined, token)).status).toBe(204);
    expect((await h.call('GET', '/api/me', undefined, token)).status).toBe(401);
    // Signing out twice, or without a token, changes nothing and tells nothing.
    expect((await h.call('POST', '/api/auth/sign-out', undefined, token)).status).toBe(204);
    expect((await h.call('POST', '/api/auth/sign-out')).status).toBe(204);
    const again = await h.signIn('out@acme.test', 'Sign-out Org');
    expect((await h.call('GET', '/api/me', undefined, again)).status).toBe(200);
  });
});
