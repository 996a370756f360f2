import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { describe, expect, it } from 'vitest';
import { bundleFunction, esbuildOptionsOf } from '../../infra/bundle';
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
