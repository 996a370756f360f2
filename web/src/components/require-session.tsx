import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import '../i18n/workspace';
import { askingOtherTabs, session } from '../session';

/**
 * Consultant pages need a session; without one they point to the sign-in. A new tab first waits a
 * moment for an open one to hand over the session (session.ts), showing nothing meanwhile.
 */
export const RequireSession = ({ children }: { children: ComponentChildren }) =>
  session.value ? (
    <div>{children}</div>
  ) : askingOtherTabs.value ? (
    <p class="state" aria-busy="true" />
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
