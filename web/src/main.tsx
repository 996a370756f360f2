import { type ComponentType, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { initialLanguage, setLanguage, t, type WebKey } from './i18n';
import { LanguageSwitcher } from './i18n/language-switcher';
import { online } from './lib/connection';
import { takeInviteLink } from './lib/invite-link';
import { focusPageHeading } from './lib/page';
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
const FieldworkPage = lazy(() => import('./pages/fieldwork').then((m) => m.FieldworkPage));
const OutboxPage = lazy(() => import('./pages/outbox').then((m) => m.OutboxPage));
const ComparePage = lazy(() => import('./pages/compare').then((m) => m.ComparePage));
const SharePage = lazy(() => import('./pages/share').then((m) => m.SharePage));
const PortfolioPage = lazy(() => import('./pages/portfolio').then((m) => m.PortfolioPage));
const BrandingPage = lazy(() => import('./pages/branding').then((m) => m.BrandingPage));
const WorkshopPage = lazy(() => import('./pages/workshop').then((m) => m.WorkshopPage));

/** Every page, by its path; each page's code loads when it is first shown. */
// biome-ignore lint/suspicious/noExplicitAny: pages take different route parameters
const ROUTES: [string, ComponentType<any> & { preload: () => Promise<unknown> }][] = [
  ['/', HomePage],
  ['/quick-check', QuickCheckPage],
  ['/quick-check/result', QuickCheckPage],
  ['/respond', RespondLinkPage],
  ['/respond/:token', LegacyRespondPage],
  ['/sign-in', SignInPage],
  ['/auth/callback', SignInCallbackPage],
  ['/assessments', AssessmentsPage],
  ['/assessments/new', NewAssessmentPage],
  ['/assessments/:id', AssessmentPage],
  ['/assessments/:id/report', ReportPage],
  ['/assessments/:id/fieldwork', FieldworkPage],
  ['/assessments/:id/workshop', WorkshopPage],
  ['/outbox', OutboxPage],
  ['/compare', ComparePage],
  ['/share', SharePage],
  ['/portfolio', PortfolioPage],
  ['/settings/branding', BrandingPage],
];

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
const TITLES: [RegExp, WebKey][] = [
  [/^\/$/, 'title.home'],
  [/^\/quick-check\/result/, 'title.quickCheckResult'],
  [/^\/quick-check/, 'title.quickCheck'],
  [/^\/respond/, 'title.respond'],
  [/^\/(sign-in|auth\/callback)/, 'title.signIn'],
  [/^\/assessments\/new/, 'title.newAssessment'],
  [/^\/assessments\/[^/]+\/report/, 'title.report'],
  [/^\/assessments\/[^/]+\/fieldwork/, 'title.report'],
  [/^\/assessments\/[^/]+/, 'title.assessment'],
  [/^\/assessments/, 'title.assessments'],
  [/^\/outbox/, 'title.outbox'],
  [/^\/compare/, 'title.compare'],
  [/^\/share/, 'title.share'],
  [/^\/portfolio/, 'title.portfolio'],
  [/^\/settings\/branding/, 'title.branding'],
];

/**
 * On every route change: the route's title, and focus on the new page's heading (not on first
 * load). A change of language retitles the page too, unless the page has refined its title.
 */
const RouteEffects = () => {
  const { path } = useLocation();
  const first = useRef(true);
  const shown = useRef({ path: '', title: '' });
  const title = `${t(TITLES.find(([re]) => re.test(path))?.[1] ?? 'title.notFound')} · PMO Blueprint`;
  useEffect(() => {
    if (shown.current.path !== path || document.title === shown.current.title) document.title = title;
    shown.current = { path, title };
  }, [path, title]);
  useEffect(() => {
    if (first.current) first.current = false;
    else focusPageHeading();
  }, [path]);
  return null;
};

/** The product's menu, loaded beside the first page's code except on the questionnaire. */
let SiteNav: ComponentType | null = null;
const loadNav = () =>
  import('./components/site-nav').then((m) => {
    SiteNav = m.SiteNav;
  });

/** Renders the menu once its code is here (at once, unless the visit started on the questionnaire). */
const NavSlot = () => {
  const [, loaded] = useState(0);
  useEffect(() => {
    if (!SiteNav) void loadNav().then(() => loaded(1));
  }, []);
  return SiteNav ? <SiteNav /> : null;
};

/**
 * The header: the brand, the product's menu and the language switcher; a stakeholder answering
 * through an invite sees no product menu, only the brand and the language switcher.
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
      {!answering && <NavSlot />}
      <LanguageSwitcher id="site-language" />
    </header>
  );
};

/** Said while the server cannot be reached; on the questionnaire, that no answer is lost. */
const OfflineNotice = () => {
  const { path } = useLocation();
  return (
    <div class="no-print" role="status">
      {!online.value && (
        <p class="offline-notice">
          {path.startsWith('/respond') ? t('shell.offlineAnswers') : t('shell.offline')}
        </p>
      )}
    </div>
  );
};

const App = () => (
  <LocationProvider>
    <a class="skip-link" href="#main">
      {t('app.skip')}
    </a>
    <RouteEffects />
    <Header />
    <OfflineNotice />
    <main id="main">
      <ErrorBoundary>
        <Router>
          {ROUTES.map(([path, page]) => (
            <Route key={path} path={path} component={page} />
          ))}
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    </main>
  </LocationProvider>
);

const root = document.getElementById('app');
// An invite link's token leaves the address (and so the history entry) before anything else runs.
if (location.pathname.startsWith('/respond')) takeInviteLink();
// The first page's code and the texts in the reader's language (their earlier choice, else the
// browser's, else English) load side by side; the first render waits for the texts only.
const at = (path: string) => new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}/?$`).test(location.pathname);
void ROUTES.find(([path]) => at(path))?.[1].preload?.();
void Promise.all([
  setLanguage(initialLanguage()).catch(() => undefined),
  location.pathname.startsWith('/respond') ? undefined : loadNav().catch(() => undefined),
]).then(() => {
  if (root) render(<App />, root);
});

// Production builds keep the app shell (web/service-worker.js) so that a reload without a network
// still opens the questionnaire; registered after load so it never competes with the first paint.
// (By mode, not PROD: a build run under a test runner's NODE_ENV=test is still a production build.)
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator)
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
