import { signal } from '@preact/signals';
import { setBearer } from './api/client';

const KEY = 'pmo-blueprint.session';

interface Session {
  token: string;
  email: string;
  organisation: string;
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
