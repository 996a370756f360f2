import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { composition } from '../../bench/composition';
import { BUNDLE_BUDGETS, bundleFunction, esbuildOptionsOf } from '../../infra/bundle';
import { BUNDLING } from '../../infra/constructs/bundling';

/**
 * The benchmark and the bundle test build functions with infra/bundle.ts, the stack with
 * NodejsFunction: the two must produce the same code, or the figures measure something never deployed.
 */
describe('bundling for the benchmark and for deployment', () => {
  it('applies every option the stack sets, the external modules included', () => {
    const options = esbuildOptionsOf(BUNDLING);
    expect(options.external).toEqual(BUNDLING.externalModules ?? ['@aws-sdk/*']);
    expect(esbuildOptionsOf({ ...BUNDLING, externalModules: ['@aws-sdk/*'] }).external).toEqual([
      '@aws-sdk/*',
    ]);
    expect(() => esbuildOptionsOf({ ...BUNDLING, keepNames: true })).toThrow(/keepNames/);
  });

  it('builds byte for byte what cdk synth bundles', async () => {
    const entry = 'functions/lambda/mailer-handler.ts';
    const outdir = mkdtempSync(join(tmpdir(), 'pmo-synth-'));
    const app = new App({ outdir });
    new NodejsFunction(new Stack(app, 'Bundle'), 'Function', {
      entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      bundling: BUNDLING,
    });
    app.synth();
    const asset = readdirSync(outdir)
      .map((name) => join(outdir, name))
      .find((path) => statSync(path).isDirectory() && readdirSync(path).includes('index.mjs'));
    expect(asset).toBeDefined();
    const ours = join(mkdtempSync(join(tmpdir(), 'pmo-bundle-')), 'index.mjs');
    await bundleFunction(resolve(entry), ours);
    expect(readFileSync(ours).equals(readFileSync(join(asset as string, 'index.mjs')))).toBe(true);
  });
});

const ENTRIES = {
  api: 'functions/lambda/api-handler.ts',
  reminders: 'functions/lambda/reminders-handler.ts',
  mailer: 'functions/lambda/mailer-handler.ts',
} satisfies Record<keyof typeof BUNDLE_BUDGETS, string>;

/**
 * Every function's bundle, built as `cdk synth` builds it (above: the bytes agree), stays within its
 * budget (infra/bundle.ts); a bundle past it fails naming what it is made of.
 */
describe('bundle budgets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-budget-'));
  const metas = new Map<string, Metafile>();
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][])
    it(`${name} stays within ${BUNDLE_BUDGETS[name] / 1024} KB`, async () => {
      const outfile = join(dir, name, 'index.mjs');
      const meta = await bundleFunction(resolve(entry), outfile);
      metas.set(name, meta);
      const bytes = statSync(outfile).size;
      const largest = composition(meta)
        .slice(0, 8)
        .map(([source, size]) => `${source} ${(size / 1024).toFixed(1)} KB`)
        .join(', ');
      expect(bytes, `${name} is ${(bytes / 1024).toFixed(1)} KB: ${largest}`).toBeLessThanOrEqual(
        BUNDLE_BUDGETS[name],
      );
    });

  it('carries the environment credential link, not the default chain (SSO, profiles, STS)', () => {
    for (const name of Object.keys(ENTRIES)) {
      const meta = metas.get(name);
      const inputs = Object.keys(Object.values(meta?.outputs ?? {}).find((o) => o.entryPoint)?.inputs ?? {});
      expect(
        inputs.some((f) => f.endsWith('functions/lambda/env-credentials.ts')),
        name,
      ).toBe(true);
      expect(
        inputs.filter((f) => /credential-provider-(node|ini|sso)|nested-clients/.test(f)),
        name,
      ).toEqual([]);
    }
  });
});
