import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll, vi } from 'vitest';
import { setLanguage } from '../../web/src/i18n';

// The app's texts are fetched like any chunk (main.tsx waits for them before the first render).
beforeAll(() => setLanguage('en'));
// Files share one jsdom per worker (vitest.config.ts): nothing one test leaves reaches the next.
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});
