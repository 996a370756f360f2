import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleFunction } from '../infra/bundle';
import { kb, ms, percentile, table } from './stats';

const RUNS = 15;
const GOAL = 1.5;
const ENV = { TABLE_NAME: 'bench', MAIL_FROM: 'no-reply@example.com', AWS_REGION: 'eu-west-1' };

/** One cold import: a fresh Node process imports the bundle and reports how long that took. */
const coldImport = (file: string): number => {
  const out = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t=performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now()-t);`,
    ],
    { encoding: 'utf8', env: { ...process.env, ...ENV } },
  );
  const value = Number(out.stdout.trim().split('\n').pop());
  if (out.status !== 0 || !Number.isFinite(value))
    throw new Error(`importing ${file} failed: ${out.stderr.trim().slice(-400)}`);
  return value;
};

/**
 * The API bundle beside a baseline (hono + its Lambda adapter + the DynamoDB document client),
 * both bundled as `cdk synth` bundles them. Cold imports alternate between the two, so both
 * see the same machine load; the ratio of the medians is what the goal is about.
 */
export const benchLambda = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
  const bundles = [
    { name: 'API handler (functions/lambda/api-handler.ts)', entry: 'functions/lambda/api-handler.ts' },
    {
      name: 'baseline: hono + DynamoDB document client (bench/baseline-handler.ts)',
      entry: 'bench/baseline-handler.ts',
    },
  ];
  const built = [];
  for (const [i, bundle] of bundles.entries()) {
    const outfile = join(dir, `bundle-${i}.mjs`);
    await bundleFunction(resolve(bundle.entry), outfile);
    built.push({ ...bundle, outfile, code: readFileSync(outfile), samples: [] as number[] });
  }
  for (let run = 0; run < RUNS; run++) for (const b of built) b.samples.push(coldImport(b.outfile));
  const medians = built.map((b) => percentile(b.samples, 50));
  const [api = Number.NaN, baseline = Number.NaN] = medians;
  const ratio = api / baseline;
  return [
    '### Lambda bundle (minified ESM, as `cdk synth` builds it)',
    table(
      ['bundle', 'minified', 'gzipped', `cold import (median of ${RUNS}, alternating)`],
      built.map((b, i) => [
        b.name,
        kb(b.code.length),
        kb(gzipSync(b.code).length),
        ms(medians[i] ?? Number.NaN),
      ]),
    ),
    `Cold import, API ÷ baseline: **${ratio.toFixed(2)}×** (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'not met'}).`,
  ].join('\n\n');
};
