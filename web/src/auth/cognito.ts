import type { AuthConfig } from './runtime-config';

type Cognito = Extract<AuthConfig, { mode: 'cognito' }>;

const KEY = 'pmo-blueprint.pkce';
const redirectUri = () => `${location.origin}/auth/callback`;

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomString = (bytes = 32) => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

/** Sends the consultant to the hosted sign-in (authorization code with PKCE; no secret in the browser). */
export const startCognitoSignIn = async (config: Cognito) => {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(KEY, JSON.stringify({ verifier, state }));
  const challenge = base64url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))),
  );
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid email profile',
    code_challenge_method: 'S256',
    code_challenge: challenge,
    state,
  });
  location.assign(`${config.signInUrl}/oauth2/authorize?${params}`);
};

const claimsOf = (jwt: string): Record<string, unknown> => {
  const payload = jwt.split('.')[1] ?? '';
  const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
};

/** Why a sign-in did not complete; the page says it in fixed, translated words (never the URL's text). */
export type SignInFailure = 'refused' | 'stale' | 'exchange';
export class SignInError extends Error {
  constructor(readonly reason: SignInFailure) {
    super(`sign-in ${reason}`);
  }
}

/** Completes the sign-in on the callback page: checks the state, exchanges the code for the ID token. */
export const completeCognitoSignIn = async (config: Cognito, search: string) => {
  const params = new URLSearchParams(search);
  const saved = ((): { verifier: string; state: string } | null => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { verifier: string; state: string } | null;
    } catch {
      return null;
    }
  })();
  sessionStorage.removeItem(KEY);
  // The error and its description come from the address: anyone can craft them, so neither is shown.
  if (params.get('error')) throw new SignInError('refused');
  const code = params.get('code');
  if (!code || !saved || params.get('state') !== saved.state) throw new SignInError('stale');
  const res = await fetch(`${config.signInUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: redirectUri(),
      code_verifier: saved.verifier,
    }),
  });
  if (!res.ok) throw new SignInError('exchange');
  const tokens = (await res.json()) as { id_token: string; refresh_token?: string };
  const claims = claimsOf(tokens.id_token);
  return {
    token: tokens.id_token,
    email: String(claims.email ?? ''),
    organisation: String(claims['custom:organisation'] ?? ''),
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
  };
};

/**
 * A fresh ID token from the refresh token (valid for a week), and the next refresh token when the
 * pool rotates them (each is good once); null when the refresh is refused.
 */
export const refreshCognitoToken = async (
  config: Cognito,
  refreshToken: string,
): Promise<{ token: string; refreshToken: string } | null> => {
  const res = await fetch(`${config.signInUrl}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: config.clientId,
      refresh_token: refreshToken,
    }),
  });
  if (!res.ok) return null;
  const body = (await res.json()) as { id_token?: string; refresh_token?: string };
  if (!body.id_token) return null;
  return { token: body.id_token, refreshToken: body.refresh_token ?? refreshToken };
};

/**
 * Revokes the refresh token at Cognito (the app client has token revocation on, CDK's default), so
 * that neither this browser nor a copy of the token can renew the session. Best effort: offline,
 * the token still expires on its own.
 */
export const revokeCognitoToken = async (config: Cognito, refreshToken: string): Promise<boolean> => {
  try {
    const res = await fetch(`${config.signInUrl}/oauth2/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: refreshToken, client_id: config.clientId }),
      keepalive: true,
    });
    return res.ok;
  } catch {
    return false;
  }
};

export const cognitoSignOutUrl = (config: Cognito) =>
  `${config.signInUrl}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: `${location.origin}/` })}`;
