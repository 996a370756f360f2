import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/support/longest-first';

const DYNAMODB_LOCAL = 'test/support/dynamodb-local.ts';
/** fast-check's cases are the same every run unless PMO_RANDOM_SEED asks for new ones. */
const FIXED_SEED = 'test/support/fixed-seed.ts';

/**
 * No test has a tight time limit a busy machine would break (the suite must pass beside another run
 * of itself on two cores); these only stop a test that truly hangs.
 */
const PATIENT = { testTimeout: 300_000, hookTimeout: 300_000 };

/**
 * Unit tests that mock a module or the AWS SDK, change the environment, or measure what a cold
 * start loads: each needs a module graph of its own.
 */
const ISOLATED = [
  'test/unit/api/lazy-route-schemas.test.ts',
  'test/unit/api/route-registry.test.ts',
  'test/unit/api/tokens.test.ts',
  'test/unit/i18n/on-demand.test.ts',
  'test/unit/lambda/**/*.test.ts',
  'test/unit/store/**/*.test.ts',
];

/** Integration tests that mock a module or write the environment the app reads. */
const INTEGRATION_ISOLATED = [
  'test/integration/lambda-bundle.test.ts',
  'test/integration/log-hygiene.test.ts',
  'test/integration/two-worlds-calibration.test.ts',
  'test/integration/two-worlds.test.ts',
];

/** Component tests that mock a module or import one afresh to read what it does on load. */
const WEB_ISOLATED = [
  'test/web/autosave-handed-on.test.tsx',
  'test/web/browser-storage.test.tsx',
  'test/web/cognito-sign-in.test.tsx',
  'test/web/local-sign-in.test.tsx',
  'test/web/portfolio-trend.test.tsx',
  'test/web/respondents-time.test.tsx',
  'test/web/workshop.test.tsx',
];

export default defineConfig({
  test: {
    // Three workers on two cores: much of the suite waits on DynamoDB Local and Chromium, whose own
    // processes use the CPU a waiting worker leaves (measured on two cores: 231 s of wall time with two
    // workers, 212 s with three, the same CPU time).
    maxWorkers: 3,
    // Files start project by project in the order listed below, the projects with the longest files
    // first, so that the short unit and component files fill the workers at the end of the run.
    sequence: { sequencer: LongestFirst },
    // Only the projects that talk to a database start DynamoDB Local (one, shared between them),
    // so `npm run test:unit` never waits for Java.
    projects: [
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // DynamoDB Local, the web build and Chromium, started side by side.
          globalSetup: ['test/e2e/setup.ts'],
          // One module graph per worker: importing the local product and the browser driver again
          // for every file was seconds each; no end-to-end file mocks a module or writes the
          // environment, and each starts its own product on its own table and port.
          isolate: false,
          ...PATIENT,
          // Each file starts its own product on its own port and table, and its own browser
          // contexts in the run's one Chromium, so files run side by side like the other
          // projects' (as two people would use the product).
        },
      },
      {
        test: {
          name: 'integration-isolated',
          include: INTEGRATION_ISOLATED,
          environment: 'node',
          globalSetup: [DYNAMODB_LOCAL],
          setupFiles: [FIXED_SEED],
          ...PATIENT,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: INTEGRATION_ISOLATED,
          environment: 'node',
          globalSetup: [DYNAMODB_LOCAL],
          // One module graph per worker: each file composes its own app on its own table, and none
          // mocks a module or writes the environment (those run isolated below).
          isolate: false,
          setupFiles: [FIXED_SEED],
          ...PATIENT,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          environment: 'node',
          ...PATIENT,
        },
      },
      {
        test: {
          name: 'engine',
          include: ['test/unit/core/**/*.test.ts'],
          environment: 'node',
          // The engine is pure: its test files share one module graph per worker instead of
          // importing it again for every file (imports were a third of the unit tests' time). No
          // engine test mocks a module or keeps state a later file could see.
          isolate: false,
          setupFiles: [FIXED_SEED],
          ...PATIENT,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: ISOLATED,
          environment: 'node',
          setupFiles: [FIXED_SEED],
          ...PATIENT,
        },
      },
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/core/**', ...ISOLATED],
          environment: 'node',
          // No module graph of its own per file: these tests mock nothing and keep no state a later
          // file could see (those that do run isolated below).
          isolate: false,
          setupFiles: [FIXED_SEED],
          ...PATIENT,
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'web-isolated',
          include: WEB_ISOLATED,
          environment: 'jsdom',
          setupFiles: ['test/web/setup.ts'],
          ...PATIENT,
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'web',
          include: ['test/web/**/*.test.tsx'],
          exclude: WEB_ISOLATED,
          environment: 'jsdom',
          // One jsdom and module graph per worker instead of per file (setting up jsdom was most of
          // these tests' time): these files mock no module, and the set-up file empties the DOM and
          // both storages after every test. Those that mock or import a module afresh run below.
          isolate: false,
          setupFiles: ['test/web/setup.ts'],
          ...PATIENT,
        },
      },
    ],
  },
});
