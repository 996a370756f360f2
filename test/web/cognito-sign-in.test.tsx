import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeCognitoSignIn } from '../../web/src/auth/cognito';

const config = {
  mode: 'cognito' as const,
  signInUrl: 'https://pmo.auth.eu-west-1.amazoncognito.com',
  clientId: 'client-1',
};
const idToken = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('Cognito sign-in (authorization code with PKCE)', () => {
  it('exchanges the code with the saved verifier and reads the organisation from the ID token', async () => {
    sessionStorage.setItem('pmo-blueprint.pkce', JSON.stringify({ verifier: 'v-123', state: 's-1' }));
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            id_token: idToken({ email: 'ana@firm.example', 'custom:organisation': 'Firm Ä' }),
          }),
        ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const session = await completeCognitoSignIn(config, '?code=c-9&state=s-1');
    expect(session).toMatchObject({ email: 'ana@firm.example', organisation: 'Firm Ä' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://pmo.auth.eu-west-1.amazoncognito.com/oauth2/token');
    const body = new URLSearchParams(String(init.body));
    expect(Object.fromEntries(body)).toMatchObject({
      grant_type: 'authorization_code',
      client_id: 'client-1',
      code: 'c-9',
      code_verifier: 'v-123',
    });
    expect(sessionStorage.getItem('pmo-blueprint.pkce')).toBeNull();
  });

  it('refuses a callback whose state does not match, without calling Cognito', async () => {
    sessionStorage.setItem('pmo-blueprint.pkce', JSON.stringify({ verifier: 'v', state: 'expected' }));
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await expect(completeCognitoSignIn(config, '?code=c&state=forged')).rejects.toThrow(/stale/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('an expired session token', () => {
  it('is renewed once and the request repeated with the new token', async () => {
    const { request, setBearer, setTokenRenewal } = await import('../../web/src/api/client');
    const seen: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_path: string, init: RequestInit) => {
        const auth = (init.headers as Record<string, string>).authorization ?? '';
        seen.push(auth);
        return auth === 'Bearer fresh'
          ? new Response(JSON.stringify({ ok: true }), { status: 200 })
          : new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'expired' } }), {
              status: 401,
            });
      }),
    );
    setBearer('stale');
    setTokenRenewal(async () => 'fresh');
    expect(await request('/api/me')).toEqual({ ok: true });
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    setTokenRenewal(async () => null);
    setBearer('stale');
    await expect(request('/api/me')).rejects.toMatchObject({ status: 401 });
    setTokenRenewal(null);
    setBearer(null);
  });
});
