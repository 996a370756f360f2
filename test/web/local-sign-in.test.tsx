import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Renders the sign-in page against a server whose /config.json and sign-in answer as given. */
const renderSignIn = async (auth: object, signInReply: () => Response) => {
  const fetchMock = vi.fn(async (url: string) =>
    url === '/config.json' ? new Response(JSON.stringify({ auth })) : signInReply(),
  );
  vi.stubGlobal('fetch', fetchMock);
  // A fresh module each time: the runtime configuration is loaded once per page load.
  const { SignInPage } = await import('../../web/src/pages/sign-in');
  render(
    <LocationProvider>
      <SignInPage />
    </LocationProvider>,
  );
  await screen.findByLabelText('Organisation');
  return fetchMock;
};

describe('local sign-in form', () => {
  it('asks for no password when the server listens on loopback only', async () => {
    await renderSignIn({ mode: 'local' }, () => new Response('{}'));
    expect(screen.queryByLabelText('Organisation passphrase')).toBeNull();
  });

  it('asks for the organisation passphrase when the server says so, and sends it', async () => {
    const fetchMock = await renderSignIn(
      { mode: 'local', passwordRequired: true },
      () => new Response(JSON.stringify({ token: 't' })),
    );
    fireEvent.input(screen.getByLabelText('Organisation passphrase'), { target: { value: 's3cret' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Sign in' }).closest('form') as HTMLFormElement);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const [, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toMatchObject({ password: 's3cret' });
  });
});
