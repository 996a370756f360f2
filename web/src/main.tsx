import { render } from 'preact';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { HomePage } from './pages/home';
import './styles.css';

const QuickCheckPage = lazy(() => import('./pages/quick-check').then((m) => m.QuickCheckPage));

const NotFound = () => (
  <section>
    <h2>Page not found</h2>
    <p>
      <a href="/">Back to the start</a>
    </p>
  </section>
);

const App = () => (
  <LocationProvider>
    <a class="skip-link" href="#main">
      Skip to content
    </a>
    <header class="site-header no-print">
      <a href="/" class="brand">
        PMO Blueprint
      </a>
      <nav aria-label="Main">
        <a href="/quick-check">Quick check</a>
      </nav>
    </header>
    <main id="main">
      <ErrorBoundary>
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/quick-check" component={QuickCheckPage} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    </main>
  </LocationProvider>
);

const root = document.getElementById('app');
if (root) render(<App />, root);
