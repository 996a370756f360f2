import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { composition } from '../../bench/composition';
import { BUNDLE_BUDGETS, bundleFunction, chunksOf } from '../../infra/bundle';
import { functionCode, RUNTIME } from '../../infra/constructs/app-function';
import { ESM_REQUIRE_SHIM } from '../../infra/constructs/bundling';

/** Every file under a folder, as paths relative to it, sorted. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

const ENTRIES = {
  api: 'functions/lambda/api-handler.ts',
  reminders: 'functions/lambda/reminders-handler.ts',
  mailer: 'functions/lambda/mailer-handler.ts',
} satisfies Record<keyof typeof BUNDLE_BUDGETS, string>;

/**
 * Each function built once with infra/bundle.ts, as the benchmark builds it: the byte comparison,
 * the output checks and the budgets below read the same build (a build is seconds on two cores).
 */
const builds = new Map<string, { dir: string; meta: Metafile }>();
const built = (entry: string): { dir: string; meta: Metafile } => {
  let b = builds.get(entry);
  if (!b) {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-bundle-'));
    b = { dir, meta: bundleFunction(resolve(entry), dir) };
    builds.set(entry, b);
  }
  return b;
};

/**
 * The benchmark and the bundle tests build functions with infra/bundle.ts, and so does `cdk synth`
 * (the asset's local bundling, infra/constructs/app-function.ts): the two must produce the same
 * code, or the figures measure something never deployed.
 */
describe('bundling for the benchmark and for deployment', () => {
  it('builds byte for byte what cdk synth stages for each function, every chunk and source map included', () => {
    const entries = Object.values(ENTRIES).map((entry) => resolve(entry));
    const outdir = mkdtempSync(join(tmpdir(), 'pmo-synth-'));
    const app = new App({ outdir });
    const stack = new Stack(app, 'Bundle');
    entries.forEach((entry, i) => {
      new LambdaFunction(stack, `Function${i}`, {
        code: functionCode(entry),
        handler: 'index.handler',
        runtime: RUNTIME,
      });
    });
    const assembly = app.synth();
    const template = assembly.getStackByName('Bundle').template as {
      Resources: Record<string, { Type: string; Properties: { Code: { S3Key: string } } }>;
    };
    const staged = Object.values(template.Resources)
      .filter((r) => r.Type === 'AWS::Lambda::Function')
      .map((r) => join(outdir, `asset.${r.Properties.Code.S3Key.replace(/\.zip$/, '')}`));
    // One asset per function: equal bundling options would have CDK stage the first build for all.
    expect(new Set(staged).size).toBe(entries.length);
    Object.values(ENTRIES).forEach((entry, i) => {
      const asset = staged[i] as string;
      const ours = built(entry).dir;
      const files = filesUnder(ours);
      expect(filesUnder(asset), entry).toEqual(files);
      for (const file of files)
        expect(
          readFileSync(join(ours, file)).equals(readFileSync(join(asset, file))),
          `${entry}: ${file}`,
        ).toBe(true);
    });
    expect(filesUnder(staged[0] as string).filter((f) => f.startsWith('chunks/')).length).toBeGreaterThan(0);
  });

  it('gives every output the ESM require shim and a linked source map without the sources', () => {
    for (const dir of Object.values(ENTRIES).map((entry) => built(entry).dir))
      for (const file of filesUnder(dir).filter((f) => f.endsWith('.mjs'))) {
        const code = readFileSync(join(dir, file), 'utf8');
        expect(code.startsWith(ESM_REQUIRE_SHIM), file).toBe(true);
        const name = file.split('/').pop();
        expect(code.trimEnd().endsWith(`//# sourceMappingURL=${name}.map`), file).toBe(true);
        expect(
          JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')).sourcesContent,
          file,
        ).toBeUndefined();
      }
  });
});

/** The project's own sources a set of chunks carries (paths relative to the project root). */
const ownSources = (chunks: ReturnType<typeof chunksOf>['start']) =>
  chunks.flatMap((c) => Object.keys(c.inputs)).filter((f) => !f.includes('node_modules/'));

/**
 * Every function's bundle, built as `cdk synth` builds it (above: the bytes agree), keeps what a
 * cold start reads (`index.mjs` and the chunks it imports statically) within its budget
 * (infra/bundle.ts); a bundle past it fails naming what it is made of.
 */
describe('bundle budgets', () => {
  const metas = new Map<string, Metafile>();
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][])
    it(`${name} starts with at most ${BUNDLE_BUDGETS[name] / 1024} KB`, () => {
      const { meta } = built(entry);
      metas.set(name, meta);
      const { startBytes } = chunksOf(meta);
      const largest = composition(meta)
        .slice(0, 8)
        .map(([source, size]) => `${source} ${(size / 1024).toFixed(1)} KB`)
        .join(', ');
      expect(
        startBytes,
        `${name} starts with ${(startBytes / 1024).toFixed(1)} KB: ${largest}`,
      ).toBeLessThanOrEqual(BUNDLE_BUDGETS[name]);
    });

  it('carries the environment credential link, not the default chain (SSO, profiles, STS)', () => {
    for (const name of Object.keys(ENTRIES)) {
      const meta = metas.get(name);
      expect(meta, name).toBeDefined();
      const { start, lazy } = chunksOf(meta as Metafile);
      const inputs = [...start, ...lazy].flatMap((c) => Object.keys(c.inputs));
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

  it("starts the API without the engine, any language's catalogues or the store, which it imports on demand", () => {
    const meta = metas.get('api');
    expect(meta).toBeDefined();
    const { start, lazy } = chunksOf(meta as Metafile);
    const onDemand = [
      // The engine: its rules, the office design, the rollout, its English sentences.
      'functions/core/evaluate.ts',
      'functions/core/decide.ts',
      'functions/core/office/design.ts',
      'functions/core/rollout.ts',
      'functions/core/english.ts',
      'functions/core/office/words.ts',
      // The French and German catalogues.
      'functions/i18n/engine/fr.ts',
      'functions/i18n/engine/de.ts',
      'functions/i18n/engine/office-fr.ts',
      'functions/i18n/engine/office-de.ts',
      'functions/i18n/questionnaire/fr.ts',
      'functions/i18n/questionnaire/de.ts',
      'functions/i18n/questionnaire/fr-2026-3.ts',
      'functions/i18n/questionnaire/de-2026-3.ts',
      // The store and the AWS SDK's DynamoDB client under it.
      'functions/store/dynamo-store.ts',
      'functions/store/client.ts',
    ];
    const atStart = ownSources(start).map((f) => relative('.', resolve(f)));
    expect(atStart.filter((f) => onDemand.includes(f))).toEqual([]);
    const later = ownSources(lazy).map((f) => relative('.', resolve(f)));
    expect(onDemand.filter((f) => !later.includes(f))).toEqual([]);
    const packagesAtStart = start
      .flatMap((c) => Object.keys(c.inputs))
      .filter((f) => /node_modules\/@(aws-sdk|smithy)\//.test(f));
    expect(packagesAtStart).toEqual([]);
  });
});
