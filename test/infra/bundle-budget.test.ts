import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composition } from '../../bench/composition';
import { BUNDLE_BUDGETS, bundleFunction } from '../../infra/bundle';

const ENTRIES = {
  api: 'functions/lambda/api-handler.ts',
  reminders: 'functions/lambda/reminders-handler.ts',
  mailer: 'functions/lambda/mailer-handler.ts',
} satisfies Record<keyof typeof BUNDLE_BUDGETS, string>;

/**
 * Every function's bundle, built exactly as `cdk synth` builds it (test/infra/bundling.test.ts
 * proves the bytes agree), stays within its budget; a bundle past it fails with what it is made of.
 */
describe('bundle budgets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-budget-'));
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][])
    it(`${name} stays within ${BUNDLE_BUDGETS[name] / 1024} KB`, async () => {
      const outfile = join(dir, name, 'index.mjs');
      const meta = await bundleFunction(resolve(entry), outfile);
      const bytes = statSync(outfile).size;
      const largest = composition(meta)
        .slice(0, 8)
        .map(([source, size]) => `${source} ${(size / 1024).toFixed(1)} KB`)
        .join(', ');
      expect(bytes, `${name} is ${(bytes / 1024).toFixed(1)} KB: ${largest}`).toBeLessThanOrEqual(
        BUNDLE_BUDGETS[name],
      );
    });

  it('bundles the environment credential link, not the default chain (SSO, profiles, STS)', async () => {
    const meta = await bundleFunction(resolve(ENTRIES.mailer), join(dir, 'chain', 'index.mjs'));
    const inputs = Object.keys(Object.values(meta.outputs).find((o) => o.entryPoint)?.inputs ?? {});
    expect(inputs.some((f) => f.endsWith('functions/lambda/env-credentials.ts'))).toBe(true);
    expect(inputs.filter((f) => /credential-provider-(node|ini|sso)|nested-clients/.test(f))).toEqual([]);
  });
});
