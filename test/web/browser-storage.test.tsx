import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiFailure } from '../../web/src/api/client';

/** What a later user of the same browser could read: every storage this app writes, as one string. */
const everythingStored = () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });

const TOKEN = `${'A'.repeat(21)}_${'b'.repeat(21)}`;
const OTHER = 'C'.repeat(43);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  vi.useRealTimers();
});

describe('the invite link in the address', () => {
  it('moves to this tab on arrival, so the history entry no longer carries it, and survives a reload', async () => {
    const { takeInviteLink, LINK_KEY } = await import('../../web/src/lib/invite-link');
    history.replaceState(null, '', `/respond#${TOKEN}`);
    expect(takeInviteLink()).toEqual({ kind: 'token', token: TOKEN });
    expect(location.href).not.toContain(TOKEN);
    expect(location.pathname + location.hash).toBe('/respond');
    expect(sessionStorage.getItem(LINK_KEY)).toBe(TOKEN);
    expect(JSON.stringify({ ...localStorage })).not.toContain(TOKEN);
    // A reload: a fresh module, an address without the token.
    vi.resetModules();
    const reloaded = await import('../../web/src/lib/invite-link');
    expect(reloaded.takeInviteLink()).toEqual({ kind: 'token', token: TOKEN });
  });

  it('takes the old path form too, and calls a mangled fragment malformed, without keeping it', async () => {
    const { takeInviteLink } = await import('../../web/src/lib/invite-link');
    history.replaceState(null, '', `/respond/${TOKEN}`);
    expect(takeInviteLink()).toEqual({ kind: 'token', token: TOKEN });
    expect(location.pathname).toBe('/respond');
    history.replaceState(null, '', '/respond#%E0%A4%A');
    expect(takeInviteLink()).toEqual({ kind: 'malformed' });
    history.replaceState(null, '', '/respond#short');
    expect(takeInviteLink()).toEqual({ kind: 'malformed' });
    expect(location.hash).toBe('');
  });

  it('drops the unsaved changes of an earlier link when another link opens in the tab', async () => {
    const { takeInviteLink, PENDING_KEY } = await import('../../web/src/lib/invite-link');
    history.replaceState(null, '', `/respond#${TOKEN}`);
    takeInviteLink();
    sessionStorage.setItem(PENDING_KEY, '{"savedAt":1,"pending":{"answers":{},"notes":{"q":"x"}}}');
    history.replaceState(null, '', `/respond#${OTHER}`);
    expect(takeInviteLink()).toEqual({ kind: 'token', token: OTHER });
    expect(sessionStorage.getItem(PENDING_KEY)).toBeNull();
  });
});

describe('unsaved changes', () => {
  /** An autosave whose saves answer as given (`refuse` builds the refusal with the module's own class). */
  const withSave = async (save: (failure: typeof ApiFailure) => Promise<unknown>) => {
    vi.doMock('../../web/src/api/client', async (original) => {
      const client = await original<typeof import('../../web/src/api/client')>();
      return { ...client, saveResponse: vi.fn(() => save(client.ApiFailure)) };
    });
    return (await import('../../web/src/components/autosave')).createAutosave;
  };

  it('wait in this tab under a fixed name, never in localStorage nor under a name made from the token', async () => {
    const createAutosave = await withSave(async (Failure) => {
      throw new Failure(0, 'offline', 'offline');
    });
    const autosave = createAutosave(TOKEN, () => {});
    autosave.setNote('std-method', 'Only the IT department plans');
    await autosave.flush();
    expect(Object.keys(sessionStorage)).toEqual(['pmo.respond.pending']);
    expect(sessionStorage.getItem('pmo.respond.pending')).toContain('Only the IT department plans');
    expect(localStorage.length).toBe(0);
    expect(everythingStored()).not.toContain(TOKEN.slice(0, 12));
    autosave.dispose();
    vi.doUnmock('../../web/src/api/client');
  });

  it('are dropped, not stored again, when the link refuses them', async () => {
    const createAutosave = await withSave(async (Failure) => {
      throw new Failure(410, 'invite_expired', 'This link has expired.');
    });
    const autosave = createAutosave(TOKEN, () => {});
    autosave.setNote('std-method', 'a private remark');
    await autosave.flush();
    expect(autosave.state.value).toBe('error');
    expect(autosave.pending().notes).toEqual({});
    expect(everythingStored()).not.toContain('a private remark');
    autosave.dispose();
    vi.doUnmock('../../web/src/api/client');
  });

  it('older than a day are not sent again', async () => {
    sessionStorage.setItem(
      'pmo.respond.pending',
      JSON.stringify({ savedAt: Date.now() - 25 * 3_600_000, pending: { answers: {}, notes: { q: 'old' } } }),
    );
    const createAutosave = await withSave(async () => ({}));
    const autosave = createAutosave(TOKEN, () => {});
    expect(autosave.pending().notes).toEqual({});
    expect(sessionStorage.getItem('pmo.respond.pending')).toBeNull();
    autosave.dispose();
    vi.doUnmock('../../web/src/api/client');
  });
});

describe('submitting', () => {
  it('forgets the device key, the tab copy, the unsaved changes and the token', async () => {
    const client = await import('../../web/src/api/client');
    const { takeInviteLink } = await import('../../web/src/lib/invite-link');
    history.replaceState(null, '', `/respond#${TOKEN}`);
    takeInviteLink();
    const doc = { submittedAt: null, answers: { q: 3 }, notes: { q: 'a note' }, deviceKey: 'K'.repeat(43) };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) =>
        path === '/api/response/submit'
          ? new Response(
              JSON.stringify({ ...doc, deviceKey: undefined, submittedAt: '2026-01-01T00:00:00Z' }),
            )
          : new Response(JSON.stringify(doc)),
      ),
    );
    await client.saveResponse(TOKEN, {});
    sessionStorage.setItem('pmo.respond.pending', '{"savedAt":1,"pending":{"answers":{},"notes":{}}}');
    expect(localStorage.getItem(client.deviceSlot(TOKEN))).toBe('K'.repeat(43));
    expect(everythingStored()).toContain('a note');
    await client.submitResponse(TOKEN, {});
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(location.href).not.toContain(TOKEN);
  });
});

describe('the consultant session', () => {
  const cognito = {
    mode: 'cognito',
    signInUrl: 'https://pmo-1.auth.eu-west-1.amazoncognito.com',
    clientId: 'c-1',
  };

  it('lives in this tab, never in localStorage, and a sign-out revokes the refresh token and tells every tab', async () => {
    localStorage.setItem('pmo-blueprint.session', '{"token":"old","email":"a","organisation":"b"}');
    const assign = vi.fn();
    vi.stubGlobal('location', { ...location, assign });
    const calls: [string, RequestInit | undefined][] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        calls.push([url, init]);
        return url === '/config.json' ? new Response(JSON.stringify({ auth: cognito })) : new Response('{}');
      }),
    );
    const heard: unknown[] = [];
    const otherTab = new BroadcastChannel('pmo-blueprint.session');
    otherTab.onmessage = (e) => heard.push(e.data);
    const { session, startSession, signOut } = await import('../../web/src/session');
    // An earlier version's session in localStorage is dropped, not carried over.
    expect(localStorage.getItem('pmo-blueprint.session')).toBeNull();
    startSession({
      token: 'id-token',
      email: 'ana@firm.test',
      organisation: 'Firm',
      refreshToken: 'refresh-1',
    });
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.getItem('pmo-blueprint.session')).toContain('refresh-1');

    await signOut();
    expect(session.value).toBeNull();
    expect(sessionStorage.getItem('pmo-blueprint.session')).toBeNull();
    const revoke = calls.find(([url]) => url.endsWith('/oauth2/revoke'));
    expect(revoke?.[0]).toBe(`${cognito.signInUrl}/oauth2/revoke`);
    expect(Object.fromEntries(new URLSearchParams(String(revoke?.[1]?.body)))).toEqual({
      token: 'refresh-1',
      client_id: 'c-1',
    });
    expect(assign).toHaveBeenCalledWith(expect.stringContaining(`${cognito.signInUrl}/logout?`));
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'signed-out' }));
    otherTab.close();
  });

  it('ends in this tab when another tab signs out, and locally asks the server to refuse the token', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/config.json'
          ? new Response(JSON.stringify({ auth: { mode: 'local' } }))
          : new Response('', { status: 404 }),
      ),
    );
    const { session, startSession, signOut } = await import('../../web/src/session');
    startSession({ token: 'local-token', email: 'ana@firm.test', organisation: 'Firm' });
    const otherTab = new BroadcastChannel('pmo-blueprint.session');
    otherTab.postMessage({ kind: 'signed-out' });
    await vi.waitFor(() => expect(session.value).toBeNull());
    otherTab.close();

    startSession({ token: 'local-token', email: 'ana@firm.test', organisation: 'Firm' });
    await signOut();
    expect(fetch).toHaveBeenCalledWith(
      '/api/auth/sign-out',
      expect.objectContaining({ method: 'POST', headers: { authorization: 'Bearer local-token' } }),
    );
    expect(session.value).toBeNull();
  });
});

describe('addresses that carry text from elsewhere', () => {
  it('the sign-in callback says a refusal in its own words, never the address text', async () => {
    history.replaceState(null, '', '/auth/callback?error=access_denied&error_description=Call+0800+EVIL+now');
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ auth: { mode: 'cognito', signInUrl: 'https://x', clientId: 'c' } })),
      ),
    );
    const { SignInCallbackPage } = await import('../../web/src/pages/sign-in');
    render(
      <LocationProvider>
        <SignInCallbackPage />
      </LocationProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The sign-in was cancelled or refused.');
    expect(document.body.textContent).not.toContain('EVIL');
    expect(location.search).toBe('');
  });

  it('a mangled share fragment shows a refusal with a way on, never a stuck loader', async () => {
    const { readShareFragment } = await import('../../web/src/pages/share');
    expect(readShareFragment('')).toEqual({ problem: 'missing' });
    expect(readShareFragment('#%E0%A4%A')).toEqual({ problem: 'malformed' });
    expect(readShareFragment(`#${'A'.repeat(42)}`)).toEqual({ problem: 'malformed' });
    expect(readShareFragment(`#${'A'.repeat(43)}`)).toEqual({ token: 'A'.repeat(43) });
    history.replaceState(null, '', '/share#%E0%A4%A');
    await (await import('../../web/src/i18n')).setLanguage('en');
    vi.stubGlobal('fetch', vi.fn());
    const { SharePage } = await import('../../web/src/pages/share');
    render(<SharePage />);
    await screen.findByText(/incomplete or damaged/);
    expect(screen.getByRole('link', { name: 'Back to the start' })).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
