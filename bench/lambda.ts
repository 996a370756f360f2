import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFunction } from '../infra/bundle';
import { kb, ms, percentile, table } from './stats';

/** Cold import time: a fresh Node process imports the bundle; measured several times. */
const coldImport = (file: string, env: Record<string, string>) => {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const out = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const t=performance.now(); await import(${JSON.stringify(`file://${file}`)}); console.log(performance.now()-t);`,
      ],
      { encoding: 'utf8', env: { ...process.env, ...env } },
    );
    samples.push(Number(out.stdout.trim().split('\n').pop()));
  }
  return percentile(samples, 50);
};

/** The API bundle beside an empty hono Lambda handler bundled the same way. */
export const benchLambda = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
  const emptyEntry = join(dir, 'empty.ts');
  writeFileSync(
    emptyEntry,
    "import { Hono } from 'hono';\nimport { handle } from 'hono/aws-lambda';\nexport const handler = handle(new Hono().get('/', (c) => c.text('hello')));\n",
  );
  // Resolve hono from the project, not the temp folder.
  const emptyInProject = resolve('bench/.empty-handler.ts');
  writeFileSync(emptyInProject, readFileSync(emptyEntry));
  const rows = [];
  const env = { TABLE_NAME: 'bench', MAIL_FROM: 'no-reply@example.com', AWS_REGION: 'eu-west-1' };
  for (const [name, entry] of [
    ['API handler (functions/lambda/api-handler.ts)', resolve('functions/lambda/api-handler.ts')],
    ['empty hono handler', emptyInProject],
  ] as const) {
    const outfile = join(dir, `${name.split(' ')[0]}.mjs`);
    await bundleFunction(entry, outfile);
    const code = readFileSync(outfile);
    rows.push([name, kb(code.length), kb(gzipSync(code).length), ms(coldImport(outfile, env))]);
  }
  spawnSync('rm', ['-f', emptyInProject]);
  return [
    '### Lambda bundle (minified ESM, as `cdk synth` builds it)',
    table(['bundle', 'minified', 'gzipped', 'cold import (p50 of 7)'], rows),
  ].join('\n\n');
};
