import { cleanup } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { setLanguage } from '../../web/src/i18n';

// The app's texts are fetched like any chunk (main.tsx waits for them before the first render).
beforeAll(() => setLanguage('en'));
afterEach(cleanup);
