import { render } from 'preact';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { cognitoSignOutUrl } from './auth/cognito';
import { loadAuthConfig } from './auth/runtime-config';
import { initialLanguage, setLanguage, t } from './i18n';
import { LanguageSwitcher } from './i18n/language-switcher';
import { HomePage } from './pages/home';
import { endSession, session } from './session';
import './styles.css';

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
  <section>
    <h1>{t('app.notFound')}</h1>
    <p>
      <a href="/">{t('app.backToStart')}</a>
    </p>
  </section>
);

/** Ends the session here, and at the hosted sign-in too when deployed. */
const signOut = async () => {
  endSession();
  const config = await loadAuthConfig();
  if (config.mode === 'cognito') location.assign(cognitoSignOutUrl(config));
};

const Header = () => (
  <header class="site-header no-print">
    <a href="/" class="brand">
      PMO Blueprint
    </a>
    <nav aria-label={t('nav.main')}>
      <a href="/quick-check">{t('nav.quickCheck')}</a>
      <a href="/compare">{t('nav.compare')}</a>
      {session.value ? (
        <>
          <a href="/assessments">{t('nav.assessments')}</a>
          <a href="/portfolio">{t('nav.portfolio')}</a>
          <a href="/settings/branding">{t('nav.branding')}</a>
          <a href="/outbox">{t('nav.outbox')}</a>
          <button type="button" class="link" onClick={signOut}>
            {t('nav.signOut', { organisation: session.value.organisation })}
          </button>
        </>
      ) : (
        <a href="/sign-in">{t('nav.signIn')}</a>
      )}
    </nav>
    <LanguageSwitcher id="site-language" />
  </header>
);

const App = () => (
  <LocationProvider>
    <a class="skip-link" href="#main">
      {t('app.skip')}
    </a>
    <Header />
    <main id="main">
      <ErrorBoundary>
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/quick-check" component={QuickCheckPage} />
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
