import { signal } from '@preact/signals';
import { setBearer, setTokenRenewal } from './api/client';
import { loadAuthConfig } from './auth/runtime-config';

const KEY = 'pmo-blueprint.session';

interface Session {
  token: string;
  email: string;
  organisation: string;
  /** Cognito only: renews the token when it expires. */
  refreshToken?: string;
}

const load = (): Session | null => {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
};

/** The signed-in consultant, kept across reloads; the token goes on every API call. */
export const session = signal<Session | null>(load());
setBearer(session.value?.token ?? null);

/** When the token expires, renew it from the refresh token and keep the session going. */
setTokenRenewal(async () => {
  const current = session.value;
  const config = await loadAuthConfig();
  if (!current?.refreshToken || config.mode !== 'cognito') return null;
  // Loaded only on a consultant's expired session, never on a stakeholder's questionnaire.
  const { refreshCognitoToken } = await import('./auth/cognito');
  const token = await refreshCognitoToken(config, current.refreshToken);
  if (token) startSession({ ...current, token });
  return token;
});

export const startSession = (s: Session) => {
  localStorage.setItem(KEY, JSON.stringify(s));
  setBearer(s.token);
  session.value = s;
};

export const endSession = () => {
  localStorage.removeItem(KEY);
  setBearer(null);
  session.value = null;
};
