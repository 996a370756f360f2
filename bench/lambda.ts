import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleFunction } from '../infra/bundle';
import { BUNDLING, NODE_OPTIONS } from '../infra/constructs/bundling';
import { composition } from './composition';
import { kb, ms, percentile, table } from './stats';

const RUNS = 15;
const GOAL = 1.5;
const STRETCH = 1.3;
const SIZE_BUDGET = { api: 600 * 1024, job: 400 * 1024 };
const ENV = {
  TABLE_NAME: 'bench',
  MAIL_FROM: 'no-reply@example.com',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  ORIGIN_GUARD: 'off',
};

/** An API Gateway HTTP API (payload v2) event, with verified Cognito claims when given. */
const event = (method: string, path: string, claims?: Record<string, string>) => ({
  version: '2.0',
  routeKey: `${method} ${path}`,
  rawPath: path,
  rawQueryString: '',
  headers: { host: 'abc.execute-api.eu-west-1.amazonaws.com', 'accept-language': 'en' },
  requestContext: {
    accountId: '123456789012',
    apiId: 'abc',
    domainName: 'abc.execute-api.eu-west-1.amazonaws.com',
    domainPrefix: 'abc',
    http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'bench' },
    requestId: 'bench-1',
    routeKey: `${method} ${path}`,
    stage: '$default',
    time: '21/Nov/2026:10:00:00 +0000',
    timeEpoch: 0,
    ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
  },
  isBase64Encoded: false,
});

const CONSULTANT = {
  email: 'bench@cabinet.test',
  'custom:orgId': 'org-bench01',
  'custom:organisation': 'Bench',
};

/**
 * One cold start, as Lambda runs it (NODE_OPTIONS of the deployed functions, so source maps
 * included): a fresh Node process imports the bundle, then answers one request. Reports the
 * import and the time to the first response, both from before the import.
 */
const coldStart = (file: string, request: object): { imported: number; answered: number } => {
  const script = `const t=performance.now();
const m=await import(${JSON.stringify(pathToFileURL(file).href)});
const imported=performance.now()-t;
const r=await m.handler(${JSON.stringify(request)},{awsRequestId:'bench',getRemainingTimeInMillis:()=>10000});
const answered=performance.now()-t;
if(!r||r.statusCode>=500)throw new Error('status '+(r&&r.statusCode)+' '+(r&&r.body));
console.log(JSON.stringify({imported,answered}));`;
  const out = spawnSync(process.execPath, [...NODE_OPTIONS.split(' '), '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ...ENV },
  });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  if (out.status !== 0 || !line.startsWith('{'))
    throw new Error(`cold start of ${file} failed: ${out.stderr.trim().slice(-600)}`);
  return JSON.parse(line);
};

const spread = (xs: number[]) =>
  `${ms(Math.min(...xs))} / **${ms(percentile(xs, 50))}** / ${ms(Math.max(...xs))}`;

/**
 * How the functions are bundled: `deployed` is BUNDLING itself; `runtime-sdk` is BUNDLING with the
 * AWS SDK left out (`externalModules: ['@aws-sdk/*']`), loaded at start from node_modules as the
 * Lambda runtime loads its own copy, for the comparison behind keeping the SDK bundled
 * (docs/architecture.md, Performance). The baseline is always bundled the same way as the API.
 */
export type LambdaVariant = 'deployed' | 'runtime-sdk';

const BUNDLINGS = {
  deployed: BUNDLING,
  'runtime-sdk': { ...BUNDLING, externalModules: ['@aws-sdk/*'] },
} satisfies Record<LambdaVariant, typeof BUNDLING>;

/**
 * The API bundle beside a baseline (hono + its Lambda adapter + the DynamoDB document client),
 * both bundled as `cdk synth` bundles them and started as Lambda starts them. Each round starts
 * every case once in a fresh process, the order rotating from round to round so no case always
 * runs first; the ratio of the medians is what the goal is about.
 */
export const benchLambda = async (variant: LambdaVariant = 'deployed') => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
  // What a bundle leaves external resolves from here, as the runtime's own node_modules serves it.
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const entries = {
    api: 'functions/lambda/api-handler.ts',
    baseline: 'bench/baseline-handler.ts',
    reminders: 'functions/lambda/reminders-handler.ts',
    mailer: 'functions/lambda/mailer-handler.ts',
  };
  const built: Record<string, { outfile: string; code: Buffer; parts: [string, number][] }> = {};
  for (const [name, entry] of Object.entries(entries)) {
    const outfile = join(dir, name, 'index.mjs');
    const meta = await bundleFunction(resolve(entry), outfile, BUNDLINGS[variant]);
    built[name] = { outfile, code: readFileSync(outfile), parts: composition(meta) };
  }
  const file = (name: string) => built[name]?.outfile ?? '';
  const cases = [
    { name: 'API, GET /api/model', file: file('api'), request: event('GET', '/api/model') },
    {
      name: 'API, GET /api/me (consultant)',
      file: file('api'),
      request: event('GET', '/api/me', CONSULTANT),
    },
    { name: 'baseline, GET /api/health', file: file('baseline'), request: event('GET', '/api/health') },
  ].map((c) => ({ ...c, imported: [] as number[], answered: [] as number[] }));
  for (let run = 0; run < RUNS; run++)
    for (let i = 0; i < cases.length; i++) {
      const c = cases[(run + i) % cases.length];
      if (!c) continue;
      const t = coldStart(c.file, c.request);
      c.imported.push(t.imported);
      c.answered.push(t.answered);
    }
  const median = (xs: number[]) => percentile(xs, 50);
  const [model, me, baseline] = cases;
  if (!model || !me || !baseline) throw new Error('cases missing');
  const ratio = (xs: number[]) => median(xs) / median(baseline.answered);
  // The fastest start of each: what the code costs with the least interference from a shared machine.
  const floor = (xs: number[]) => Math.min(...xs) / Math.min(...baseline.answered);
  const verdict = (r: number) => (r <= STRETCH ? 'stretch met' : r <= GOAL ? 'goal met' : 'not met');
  const sizes = Object.entries(built).map(([name, b]) => {
    const budget = name === 'api' ? SIZE_BUDGET.api : name === 'baseline' ? null : SIZE_BUDGET.job;
    return [
      `${name} (${entries[name as keyof typeof entries]})`,
      kb(b.code.length),
      kb(gzipSync(b.code).length),
      budget === null ? '–' : `≤ ${kb(budget)}: ${b.code.length <= budget ? 'met' : 'not met'}`,
      b.parts
        .slice(0, 5)
        .map(([source, bytes]) => `${source} ${kb(bytes)}`)
        .join(', '),
    ];
  });
  return [
    `### Lambda: cold start ${variant === 'deployed' ? 'as deployed' : 'with the AWS SDK from node_modules, as the runtime would provide it (not deployed)'} (NODE_OPTIONS \`${NODE_OPTIONS}\`, ${RUNS} fresh processes per case, order rotating)`,
    table(
      [
        'case',
        'import: min / median / max',
        'first response: min / median / max',
        'first response ÷ baseline',
      ],
      cases.map((c) => [
        c.name,
        spread(c.imported),
        spread(c.answered),
        c === baseline ? '1' : `${ratio(c.answered).toFixed(2)}×`,
      ]),
    ),
    `First response, API ÷ baseline: **${ratio(model.answered).toFixed(2)}×** for /api/model, **${ratio(me.answered).toFixed(2)}×** for /api/me (goal ≤ ${GOAL}×: ${verdict(Math.max(ratio(model.answered), ratio(me.answered)))}; stretch ≤ ${STRETCH}×). Fastest of each, API ÷ baseline: ${floor(model.answered).toFixed(2)}× and ${floor(me.answered).toFixed(2)}×. Import alone, API ÷ baseline: ${(median(model.imported) / median(baseline.imported)).toFixed(2)}× (medians).`,
    `#### Bundles (minified ESM, ${variant === 'deployed' ? 'as `cdk synth` builds them' : 'the AWS SDK left out'}; largest sources by esbuild's metafile)`,
    table(['bundle', 'minified', 'gzipped', 'budget', 'largest sources'], sizes),
  ].join('\n\n');
};
