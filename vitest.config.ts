import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

const DYNAMODB_LOCAL = 'test/support/dynamodb-local.ts';
/** fast-check's cases are the same every run unless PMO_RANDOM_SEED asks for new ones. */
const FIXED_SEED = 'test/support/fixed-seed.ts';

/**
 * No test has a tight time limit a busy machine would break (the suite must pass beside another run
 * of itself on two cores); these only stop a test that truly hangs.
 */
const PATIENT = { testTimeout: 300_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    // Two workers on two cores: much of the suite waits on DynamoDB Local and Chromium, not the CPU.
    maxWorkers: 2,
    // Only the projects that talk to a database start DynamoDB Local (one, shared between them),
    // so `npm run test:unit` never waits for Java.
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: [FIXED_SEED],
          ...PATIENT,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: [DYNAMODB_LOCAL],
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
        plugins: [preact()],
        test: {
          name: 'web',
          include: ['test/web/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/web/setup.ts'],
          ...PATIENT,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: [DYNAMODB_LOCAL, 'test/e2e/build-web.ts', 'test/e2e/browser-server.ts'],
          ...PATIENT,
          // Each file starts its own product on its own port and table, and its own browser
          // contexts in the run's one Chromium, so files run side by side like the other
          // projects' (as two people would use the product).
        },
      },
    ],
  },
});
