import { signal } from '@preact/signals';
import { setBearer, setTokenRenewal } from './api/client';
import { loadAuthConfig } from './auth/runtime-config';

/**
 * The signed-in consultant. Kept in memory and in this tab's sessionStorage (a reload keeps the
 * session, closing the tab ends it), never in localStorage, where it would outlive the browser
 * window for the next user of a shared computer. Another tab of the same browser asks the open
 * ones over a BroadcastChannel and gets the session from them; signing out in one tab ends it in
 * every tab, so no other tab renews the token and undoes the sign-out.
 */
const KEY = 'pmo-blueprint.session';
const CHANNEL = 'pmo-blueprint.session';
/** Written and removed at once: the `storage` event tells other tabs of a sign-out where BroadcastChannel is missing. */
const SIGNED_OUT = 'pmo-blueprint.signed-out';
/** How long a new tab waits for an open one to hand it the session. */
const ASK_MS = 250;

interface Session {
  token: string;
  email: string;
  organisation: string;
  /** Cognito only: renews the token when it expires. */
  refreshToken?: string;
}

type Message = { kind: 'ask' } | { kind: 'share'; session: Session } | { kind: 'signed-out' };

const stored = {
  read(): Session | null {
    try {
      // Earlier versions kept the session in localStorage: it is dropped, never carried over.
      localStorage.removeItem(KEY);
      const raw = sessionStorage.getItem(KEY);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null;
    }
  },
  write(s: Session | null) {
    try {
      if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
      else sessionStorage.removeItem(KEY);
    } catch {
      // No storage: the session lives in memory, as long as the page.
    }
  },
};

export const session = signal<Session | null>(stored.read());
setBearer(session.value?.token ?? null);

const channel: BroadcastChannel | null =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
const tell = (m: Message) => channel?.postMessage(m);

/** True while a new tab waits for an open one to hand over the session (consultant pages wait too). */
export const askingOtherTabs = signal(false);

const adopt = (s: Session) => {
  stored.write(s);
  setBearer(s.token);
  session.value = s;
};

/** Ends the session in this tab only (an expired token, or another tab signed out). */
export const endSession = () => {
  stored.write(null);
  setBearer(null);
  session.value = null;
};

if (channel) {
  channel.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m.kind === 'signed-out') {
      askingOtherTabs.value = false;
      endSession();
    } else if (m.kind === 'ask' && session.value) tell({ kind: 'share', session: session.value });
    else if (m.kind === 'share' && askingOtherTabs.value && !session.value) {
      askingOtherTabs.value = false;
      adopt(m.session);
    }
  };
  if (!session.value) {
    askingOtherTabs.value = true;
    tell({ kind: 'ask' });
    setTimeout(() => {
      askingOtherTabs.value = false;
    }, ASK_MS);
  }
}
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key === SIGNED_OUT && e.newValue) endSession();
  });

/** When the token expires, renew it from the refresh token and keep the session going. */
setTokenRenewal(async () => {
  const current = session.value;
  const config = await loadAuthConfig();
  if (!current?.refreshToken || config.mode !== 'cognito') return null;
  // Loaded only on a consultant's expired session, never on a stakeholder's questionnaire.
  const { refreshCognitoToken } = await import('./auth/cognito');
  const renewed = await refreshCognitoToken(config, current.refreshToken);
  // Signed out meanwhile (here or in another tab): the renewed token is not taken.
  if (!renewed || session.value?.refreshToken !== current.refreshToken) return null;
  // With rotation the old refresh token is spent: the session keeps the one just returned.
  adopt({ ...current, token: renewed.token, refreshToken: renewed.refreshToken });
  return renewed.token;
});

export const startSession = (s: Session) => {
  askingOtherTabs.value = false;
  adopt(s);
};

/** The local sign-in's sign-out: the server stops accepting the token (a server without it answers 404). */
export const LOCAL_SIGN_OUT = '/api/auth/sign-out';

/**
 * Signs out everywhere this browser is signed in: every tab forgets the session at once, then the
 * credentials stop working on the server side. With Cognito the refresh token is revoked, so no
 * tab or copy can renew the session, and the hosted sign-in's own session is ended; the ID token
 * already issued stays valid until it expires (an hour), since API Gateway checks it without
 * asking Cognito. Locally the server is asked to refuse the token from now on.
 */
export const signOut = async () => {
  const current = session.value;
  tell({ kind: 'signed-out' });
  try {
    localStorage.setItem(SIGNED_OUT, String(Date.now()));
    localStorage.removeItem(SIGNED_OUT);
  } catch {
    // No storage: BroadcastChannel (or nothing else open) it is.
  }
  endSession();
  if (!current) return;
  const config = await loadAuthConfig();
  if (config.mode === 'cognito') {
    const { revokeCognitoToken, cognitoSignOutUrl } = await import('./auth/cognito');
    if (current.refreshToken) await revokeCognitoToken(config, current.refreshToken);
    location.assign(cognitoSignOutUrl(config));
    return;
  }
  try {
    await fetch(LOCAL_SIGN_OUT, {
      method: 'POST',
      headers: { authorization: `Bearer ${current.token}` },
      keepalive: true,
    });
  } catch {
    // Offline: the token is gone from this browser and expires on its own on the server.
  }
};
