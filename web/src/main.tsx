import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { loadAuthConfig } from './auth/runtime-config';
import { initialLanguage, setLanguage, t } from './i18n';
import { LanguageSwitcher } from './i18n/language-switcher';
import { focusPageHeading } from './lib/page';
import { endSession, session } from './session';
import './styles.css';

const HomePage = lazy(() => import('./pages/home').then((m) => m.HomePage));
const QuickCheckPage = lazy(() => import('./pages/quick-check').then((m) => m.QuickCheckPage));
const RespondLinkPage = lazy(() => import('./pages/respond').then((m) => m.RespondLinkPage));
const LegacyRespondPage = lazy(() => import('./pages/respond').then((m) => m.LegacyRespondPage));
const SignInPage = lazy(() => import('./pages/sign-in').then((m) => m.SignInPage));
const SignInCallbackPage = lazy(() => import('./pages/sign-in').then((m) => m.SignInCallbackPage));
const AssessmentsPage = lazy(() => import('./pages/assessments').then((m) => m.AssessmentsPage));
const NewAssessmentPage = lazy(() => import('./pages/assessment-new').then((m) => m.NewAssessmentPage));
const AssessmentPage = lazy(() => import('./pages/assessment').then((m) => m.AssessmentPage));
const ReportPage = lazy(() => import('./pages/report').then((m) => m.ReportPage));
const OutboxPage = lazy(() => import('./pages/outbox').then((m) => m.OutboxPage));
const ComparePage = lazy(() => import('./pages/compare').then((m) => m.ComparePage));
const SharePage = lazy(() => import('./pages/share').then((m) => m.SharePage));
const PortfolioPage = lazy(() => import('./pages/portfolio').then((m) => m.PortfolioPage));
const BrandingPage = lazy(() => import('./pages/branding').then((m) => m.BrandingPage));

const NotFound = () => (
  <section class="state">
    <h1>{t('app.notFound')}</h1>
    <p>
      <a class="button primary" href="/">
        {t('app.backToStart')}
      </a>
    </p>
  </section>
);

/** The title each route starts with; pages with a client or a step refine it with useTitle. */
const TITLES: [RegExp, string][] = [
  [/^\/$/, 'Do you need a PMO, and which one?'],
  [/^\/quick-check\/result/, 'Your quick-check result'],
  [/^\/quick-check/, 'Quick check'],
  [/^\/respond/, 'Questionnaire'],
  [/^\/sign-in/, 'Consultant sign-in'],
  [/^\/assessments\/new/, 'New assessment'],
  [/^\/assessments\/[^/]+\/report/, 'Report'],
  [/^\/assessments\/[^/]+/, 'Assessment'],
  [/^\/assessments/, 'Assessments'],
  [/^\/outbox/, 'Outbox'],
  [/^\/compare/, 'Compare the PMO options'],
];

/** On every route change: the route's title, and focus on the new page's heading (not on first load). */
const RouteEffects = () => {
  const { path } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const title = TITLES.find(([re]) => re.test(path))?.[1] ?? 'Page not found';
    document.title = `${title} · PMO Blueprint`;
    if (first.current) first.current = false;
    else focusPageHeading();
  }, [path]);
  return null;
};

const NavLink = ({ href, children }: { href: string; children: string }) => {
  const { path } = useLocation();
  const current = path === href || (href !== '/' && path.startsWith(`${href}/`));
  return (
    <a href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
};

/** Ends the session here, and at the hosted sign-in too when deployed. */
const signOut = async () => {
  endSession();
  const config = await loadAuthConfig();
  if (config.mode === 'cognito') location.assign((await import('./auth/cognito')).cognitoSignOutUrl(config));
};

/**
 * The product's menu, with the current page marked; a stakeholder answering through an invite
 * sees no product menu, only the brand and the language switcher.
 */
const Header = () => {
  const { path } = useLocation();
  const answering = path.startsWith('/respond');
  return (
    <header class="site-header no-print">
      <a href="/" class="brand" aria-current={path === '/' ? 'page' : undefined}>
        <span class="brand-mark" aria-hidden="true" />
        PMO Blueprint
      </a>
      {!answering && (
        <nav aria-label={t('nav.main')}>
          <NavLink href="/quick-check">{t('nav.quickCheck')}</NavLink>
          <NavLink href="/compare">{t('nav.compare')}</NavLink>
          {session.value ? (
            <>
              <NavLink href="/assessments">{t('nav.assessments')}</NavLink>
              <NavLink href="/portfolio">{t('nav.portfolio')}</NavLink>
              <NavLink href="/settings/branding">{t('nav.branding')}</NavLink>
              <NavLink href="/outbox">{t('nav.outbox')}</NavLink>
              <button type="button" class="link" onClick={signOut}>
                {t('nav.signOut', { organisation: session.value.organisation })}
              </button>
            </>
          ) : (
            <NavLink href="/sign-in">{t('nav.signIn')}</NavLink>
          )}
        </nav>
      )}
      <LanguageSwitcher id="site-language" />
    </header>
  );
};

const App = () => (
  <LocationProvider>
    <a class="skip-link" href="#main">
      {t('app.skip')}
    </a>
    <RouteEffects />
    <Header />
    <main id="main">
      <ErrorBoundary>
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/quick-check" component={QuickCheckPage} />
          <Route path="/quick-check/result" component={QuickCheckPage} />
          <Route path="/respond" component={RespondLinkPage} />
          <Route path="/respond/:token" component={LegacyRespondPage} />
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/auth/callback" component={SignInCallbackPage} />
          <Route path="/assessments" component={AssessmentsPage} />
          <Route path="/assessments/new" component={NewAssessmentPage} />
          <Route path="/assessments/:id" component={AssessmentPage} />
          <Route path="/assessments/:id/report" component={ReportPage} />
          <Route path="/outbox" component={OutboxPage} />
          <Route path="/compare" component={ComparePage} />
          <Route path="/share" component={SharePage} />
          <Route path="/portfolio" component={PortfolioPage} />
          <Route path="/settings/branding" component={BrandingPage} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    </main>
  </LocationProvider>
);

const root = document.getElementById('app');
// The reader's language: chosen earlier in this browser, else the browser's, else English.
void setLanguage(initialLanguage());
if (root) render(<App />, root);
