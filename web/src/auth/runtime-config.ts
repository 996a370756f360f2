export type AuthConfig =
  | { mode: 'local'; passwordRequired?: boolean }
  | { mode: 'cognito'; signInUrl: string; clientId: string };

let loading: Promise<AuthConfig> | null = null;

/** How consultants sign in here: the local sign-in, or Cognito's hosted sign-in in AWS (from /config.json). */
export const loadAuthConfig = (): Promise<AuthConfig> => {
  loading ??= fetch('/config.json')
    .then((res) => (res.ok ? res.json() : null))
    .then((json: { auth?: AuthConfig } | null) => json?.auth ?? { mode: 'local' as const })
    .catch(() => ({ mode: 'local' as const }));
  return loading;
};
