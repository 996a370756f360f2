import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import '../i18n/workspace';
import { session } from '../session';

/** Consultant pages need a session; without one they point to the sign-in. */
export const RequireSession = ({ children }: { children: ComponentChildren }) =>
  session.value ? (
    <div>{children}</div>
  ) : (
    <section class="state">
      <h1>{t('workspace.signInNeeded')}</h1>
      <p>{t('workspace.signInText')}</p>
      <p>
        <a class="button primary" href="/sign-in">
          {t('workspace.signInLink')}
        </a>
      </p>
    </section>
  );
