/**
 * The invite link of this tab. A link arrives as /respond#<token> (or the old /respond/<token>);
 * before anything renders, the token moves out of the address into this tab's memory and its
 * sessionStorage, and the history entry is replaced by plain /respond, so neither the back button
 * nor a later user of the same browser finds the token in the address. sessionStorage keeps it for
 * a reload of this tab only, under a fixed name (never one derived from the token); it goes when the
 * questionnaire is submitted, when the link no longer opens, or when the tab closes.
 */

/** This tab's invite token (sessionStorage). */
export const LINK_KEY = 'pmo.respond.link';
/** This tab's unsaved changes (sessionStorage, see components/autosave.ts). */
export const PENDING_KEY = 'pmo.respond.pending';

/** Invite tokens are 32 random bytes, base64url: 43 characters (functions/services/tokens.ts). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type InviteLink =
  | { kind: 'token'; token: string }
  /** The address carried something that is not an invite token (cut short, mangled). */
  | { kind: 'malformed' }
  /** Nothing in the address or in this tab: the page was opened without a link, or after submitting. */
  | { kind: 'none' };

const session = {
  get(key: string): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string) {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      // No storage: the token lives in memory only, and a reload asks for the link again.
    }
  },
  remove(key: string) {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // No storage: nothing kept.
    }
  },
};

let taken: InviteLink | null = null;

const decode = (raw: string): string | null => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
};

/** What the address holds, when it is a questionnaire address carrying something. */
const fromAddress = (): string | null => {
  if (typeof location === 'undefined') return null;
  if (location.pathname === '/respond' || location.pathname === '/respond/') {
    const hash = location.hash.replace(/^#/, '');
    return hash === '' ? null : hash;
  }
  const legacy = /^\/respond\/([^/]+)\/?$/.exec(location.pathname);
  return legacy?.[1] ?? null;
};

/**
 * Moves the token out of the address (called by main.tsx before the first render, and again by the
 * page). A new link replaces whatever this tab kept for an earlier one, unsaved changes included.
 */
export const takeInviteLink = (): InviteLink => {
  const raw = fromAddress();
  if (raw !== null) {
    const token = decode(raw);
    // The history entry is replaced whether or not the fragment is a token: it never keeps it.
    history.replaceState(history.state, '', '/respond');
    if (token === null || !TOKEN.test(token)) {
      taken = { kind: 'malformed' };
      return taken;
    }
    if (session.get(LINK_KEY) !== token) session.remove(PENDING_KEY);
    session.set(LINK_KEY, token);
    taken = { kind: 'token', token };
    return taken;
  }
  if (taken) return taken;
  const kept = session.get(LINK_KEY);
  taken = kept && TOKEN.test(kept) ? { kind: 'token', token: kept } : { kind: 'none' };
  return taken;
};

/** Forgets this tab's link and its unsaved changes (after submitting, or when the link is gone). */
export const forgetTabLink = () => {
  session.remove(LINK_KEY);
  session.remove(PENDING_KEY);
  taken = { kind: 'none' };
};
