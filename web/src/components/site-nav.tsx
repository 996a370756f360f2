import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../i18n';
import { session, signOut } from '../session';

const NavLink = ({ href, children }: { href: string; children: string }) => {
  const { path } = useLocation();
  const current = path === href || (href !== '/' && path.startsWith(`${href}/`));
  return (
    <a href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
};

/**
 * The product's menu, with the current page marked. A signed-in consultant's six entries fold
 * behind a Menu button on narrow screens. Its own chunk: a stakeholder answering through an invite
 * sees no product menu and never downloads it.
 */
export const SiteNav = () => {
  const [open, setOpen] = useState(false);
  const signedIn = session.value;
  return (
    <nav
      aria-label={t('nav.main')}
      class={signedIn ? 'nav-folding' : undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        setOpen(false);
        document.getElementById('site-menu-toggle')?.focus();
      }}
    >
      {signedIn && (
        <button
          type="button"
          id="site-menu-toggle"
          class="menu-toggle"
          aria-expanded={open}
          aria-controls="site-menu"
          onClick={() => setOpen(!open)}
        >
          <span class="menu-icon" aria-hidden="true" />
          <span class="menu-label">{t('nav.menu')}</span>
        </button>
      )}
      {/* Following a link closes the folded menu. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the links inside are what is clicked */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a link followed by keyboard clicks too */}
      <div id="site-menu" class={open ? 'nav-links open' : 'nav-links'} onClick={() => setOpen(false)}>
        <NavLink href="/quick-check">{t('nav.quickCheck')}</NavLink>
        <NavLink href="/compare">{t('nav.compare')}</NavLink>
        {signedIn ? (
          <>
            <NavLink href="/assessments">{t('nav.assessments')}</NavLink>
            <NavLink href="/portfolio">{t('nav.portfolio')}</NavLink>
            <NavLink href="/settings/branding">{t('nav.branding')}</NavLink>
            <NavLink href="/outbox">{t('nav.outbox')}</NavLink>
            <button type="button" class="link" onClick={() => void signOut()}>
              {t('nav.signOut', { organisation: signedIn.organisation })}
            </button>
          </>
        ) : (
          <NavLink href="/sign-in">{t('nav.signIn')}</NavLink>
        )}
      </div>
    </nav>
  );
};
