import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiFailure, signInLocal } from '../api/client';
import { startSession } from '../session';

/** The local sign-in (in AWS, Cognito's hosted sign-in takes its place). */
export const SignInPage = () => {
  const { route } = useLocation();
  const [email, setEmail] = useState('demo@pmo-blueprint.local');
  const [organisation, setOrganisation] = useState('Demo Consulting');
  const [error, setError] = useState<ApiFailure | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const { token } = await signInLocal(email, organisation);
      startSession({ token, email, organisation });
      route('/assessments');
    } catch (err) {
      setError(err instanceof ApiFailure ? err : new ApiFailure(0, 'unknown', String(err)));
    }
  };
  const fieldError = (path: string) => error?.issues.find((i) => i.path === path)?.message;
  return (
    <section class="narrow">
      <h1>Consultant sign-in</h1>
      <p class="muted">
        Running locally: any e-mail works; the organisation keeps your clients' data apart from others'.
      </p>
      <form onSubmit={submit} class="stack">
        <label for="email">E-mail</label>
        <input
          id="email"
          type="email"
          required
          autoComplete="email"
          value={email}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
        />
        {fieldError('email') && <small class="error">{fieldError('email')}</small>}
        <label for="organisation">Organisation</label>
        <input
          id="organisation"
          required
          value={organisation}
          onInput={(e) => setOrganisation((e.target as HTMLInputElement).value)}
        />
        {fieldError('organisation') && <small class="error">{fieldError('organisation')}</small>}
        {error && !error.issues.length && (
          <p role="alert" class="error-box">
            {error.message}
          </p>
        )}
        <button type="submit" class="primary">
          Sign in
        </button>
      </form>
    </section>
  );
};
