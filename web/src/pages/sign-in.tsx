import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiFailure } from '../api/client';
import { signInLocal } from '../api/consultant';
import { completeCognitoSignIn, SignInError, type SignInFailure, startCognitoSignIn } from '../auth/cognito';
import { type AuthConfig, loadAuthConfig } from '../auth/runtime-config';
import { t } from '../i18n';
import '../i18n/workspace';
import { startSession } from '../session';

/** The local form; on a LAN it asks for the organisation's passphrase (or LOCAL_PASSWORD, to give a new one its passphrase). */
const LocalSignIn = ({ passwordRequired }: { passwordRequired: boolean }) => {
  const { route } = useLocation();
  const [email, setEmail] = useState('demo@pmo-blueprint.local');
  const [organisation, setOrganisation] = useState('Demo Consulting');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiFailure | null>(null);
  const askPassword = passwordRequired || error?.code === 'password_required';
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const { token } = await signInLocal(email, organisation, askPassword ? password : undefined);
      startSession({ token, email, organisation });
      route('/assessments');
    } catch (err) {
      setError(err instanceof ApiFailure ? err : new ApiFailure(0, 'unknown', String(err)));
    }
  };
  const fieldError = (path: string) => error?.issues.find((i) => i.path === path)?.message;
  return (
    <>
      <p class="muted">{t('workspace.signIn.local')}</p>
      <form onSubmit={submit} class="stack">
        <label for="email">{t('workspace.signIn.email')}</label>
        <input
          id="email"
          type="email"
          required
          autoComplete="email"
          value={email}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
        />
        {fieldError('email') && <small class="error">{fieldError('email')}</small>}
        <label for="organisation">{t('workspace.signIn.organisation')}</label>
        <input
          id="organisation"
          required
          value={organisation}
          onInput={(e) => setOrganisation((e.target as HTMLInputElement).value)}
        />
        {fieldError('organisation') && <small class="error">{fieldError('organisation')}</small>}
        {askPassword && (
          <>
            <label for="password">{t('workspace.signIn.password')}</label>
            <input
              id="password"
              type="password"
              required
              autoComplete="current-password"
              value={password}
              onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
            />
            {fieldError('password') && <small class="error">{fieldError('password')}</small>}
          </>
        )}
        {error && !error.issues.length && (
          <p role="alert" class="error-box">
            {error.message}
          </p>
        )}
        <button type="submit" class="primary">
          {t('workspace.signInLink')}
        </button>
      </form>
    </>
  );
};

/** Consultant sign-in: the local form, or your firm's Cognito sign-in when deployed. */
export const SignInPage = () => {
  const [config, setConfig] = useState<AuthConfig | null>(null);
  useEffect(() => {
    void loadAuthConfig().then(setConfig);
  }, []);
  return (
    <section class="narrow">
      <h1>{t('workspace.signIn.title')}</h1>
      {!config && <p aria-busy="true">{t('workspace.signIn.loading')}</p>}
      {config?.mode === 'local' && <LocalSignIn passwordRequired={config.passwordRequired === true} />}
      {config?.mode === 'cognito' && (
        <>
          <p>{t('workspace.signIn.hosted')}</p>
          <button type="button" class="primary" onClick={() => void startCognitoSignIn(config)}>
            {t('workspace.signInLink')}
          </button>
        </>
      )}
    </section>
  );
};

const FAILURE_TEXT = {
  refused: 'workspace.signIn.failedRefused',
  stale: 'workspace.signIn.failedStale',
  exchange: 'workspace.signIn.failedExchange',
} as const satisfies Record<SignInFailure, Parameters<typeof t>[0]>;

/**
 * Where the hosted sign-in returns to: finish the sign-in and open the workspace. The code and
 * state leave the address at once; a failure is said in the product's own words, never with text
 * taken from the address.
 */
export const SignInCallbackPage = () => {
  const { route } = useLocation();
  const [error, setError] = useState<SignInFailure | null>(null);
  const [search] = useState(() => location.search);
  useEffect(() => {
    history.replaceState(history.state, '', '/auth/callback');
    void loadAuthConfig().then(async (config) => {
      if (config.mode !== 'cognito') return route('/sign-in', true);
      try {
        startSession(await completeCognitoSignIn(config, search));
        route('/assessments', true);
      } catch (e) {
        setError(e instanceof SignInError ? e.reason : 'exchange');
      }
    });
  }, [route, search]);
  return (
    <section class="narrow">
      <h1>{t('workspace.signIn.signingIn')}</h1>
      {error && (
        <p role="alert" class="error-box">
          {t(FAILURE_TEXT[error])} <a href="/sign-in">{t('workspace.signIn.retry')}</a>
        </p>
      )}
    </section>
  );
};
