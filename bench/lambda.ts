import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUNDLE_BUDGETS, BUNDLE_GOALS, bundleFunction } from '../infra/bundle';
import { BUNDLING, NODE_OPTIONS } from '../infra/constructs/bundling';
import { composition } from './composition';
import { kb, ms, percentile, table } from './stats';

const RUNS = 15;
const GOAL = 1.5;
const STRETCH = 1.3;
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
 * How the functions are bundled: `deployed` is BUNDLING itself. The others exist for the
 * comparisons behind BUNDLING (docs/architecture.md, Performance), never deployed:
 * `runtime-sdk` leaves the AWS SDK out (`externalModules: ['@aws-sdk/*']`), loaded at start from
 * node_modules as the Lambda runtime loads its own copy; `full-credentials` bundles the SDK's whole
 * default credential chain instead of the environment link Lambda uses. Every variant builds its
 * own baseline the same way as its API.
 */
export type LambdaVariant = 'deployed' | 'runtime-sdk' | 'full-credentials';

const BUNDLINGS = {
  deployed: BUNDLING,
  'runtime-sdk': { ...BUNDLING, externalModules: ['@aws-sdk/*'] },
  'full-credentials': { ...BUNDLING, esbuildArgs: {} },
} satisfies Record<LambdaVariant, typeof BUNDLING>;

const DESCRIBED: Record<LambdaVariant, string> = {
  deployed: 'as deployed (`cdk synth` builds these bytes)',
  'runtime-sdk': 'the AWS SDK from node_modules, as the runtime would provide it (not deployed)',
  'full-credentials': "the SDK's whole default credential chain bundled (before 2026-12-07; not deployed)",
};

const ENTRIES = {
  api: 'functions/lambda/api-handler.ts',
  baseline: 'bench/baseline-handler.ts',
  reminders: 'functions/lambda/reminders-handler.ts',
  mailer: 'functions/lambda/mailer-handler.ts',
};
type Bundle = keyof typeof ENTRIES;

/** Builds every function of one variant, with its minified size and what it is made of. */
const buildVariant = async (dir: string, variant: LambdaVariant) => {
  const built = {} as Record<Bundle, { outfile: string; code: Buffer; parts: [string, number][] }>;
  for (const [name, entry] of Object.entries(ENTRIES) as [Bundle, string][]) {
    const outfile = join(dir, variant, name, 'index.mjs');
    const meta = await bundleFunction(resolve(entry), outfile, BUNDLINGS[variant]);
    built[name] = { outfile, code: readFileSync(outfile), parts: composition(meta) };
  }
  return built;
};

/**
 * The API bundle beside a baseline (hono + its Lambda adapter + the DynamoDB document client),
 * both bundled as `cdk synth` bundles them and started as Lambda starts them. Each round starts
 * every case of every variant once in a fresh process, the order rotating from round to round so
 * no case always runs first (variants compared are thus measured in the same rounds); the ratio of
 * the medians is what the goal is about.
 */
export const benchLambda = async (variants: LambdaVariant[] = ['deployed']) => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
  // What a bundle leaves external resolves from here, as the runtime's own node_modules serves it.
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const builds = [] as { variant: LambdaVariant; built: Awaited<ReturnType<typeof buildVariant>> }[];
  for (const variant of variants) builds.push({ variant, built: await buildVariant(dir, variant) });
  const measured = builds.map(({ variant, built }) => ({
    variant,
    built,
    cases: [
      { name: 'API, GET /api/model', file: built.api.outfile, request: event('GET', '/api/model') },
      {
        name: 'API, GET /api/me (consultant)',
        file: built.api.outfile,
        request: event('GET', '/api/me', CONSULTANT),
      },
      {
        name: 'baseline, GET /api/health',
        file: built.baseline.outfile,
        request: event('GET', '/api/health'),
      },
    ].map((c) => ({ ...c, imported: [] as number[], answered: [] as number[] })),
  }));
  const all = measured.flatMap((m) => m.cases);
  for (let run = 0; run < RUNS; run++)
    for (let i = 0; i < all.length; i++) {
      const c = all[(run + i) % all.length];
      if (!c) continue;
      const t = coldStart(c.file, c.request);
      c.imported.push(t.imported);
      c.answered.push(t.answered);
    }
  const median = (xs: number[]) => percentile(xs, 50);
  const sections = measured.map(({ variant, built, cases }) => {
    const [model, me, baseline] = cases;
    if (!model || !me || !baseline) throw new Error('cases missing');
    const ratio = (xs: number[]) => median(xs) / median(baseline.answered);
    // The fastest start of each: what the code costs with the least interference from a shared machine.
    const floor = (xs: number[]) => Math.min(...xs) / Math.min(...baseline.answered);
    const verdict = (r: number) => (r <= STRETCH ? 'stretch met' : r <= GOAL ? 'goal met' : 'not met');
    const sizes = (Object.entries(built) as [Bundle, (typeof built)[Bundle]][]).map(([name, b]) => {
      const goal = name === 'baseline' ? null : BUNDLE_GOALS[name];
      const held = name === 'baseline' ? null : BUNDLE_BUDGETS[name];
      return [
        `${name} (${ENTRIES[name]})`,
        kb(b.code.length),
        kb(gzipSync(b.code).length),
        goal === null || held === null
          ? '–'
          : `≤ ${kb(goal)}: ${b.code.length <= goal ? 'met' : 'not met'}${held === goal ? '' : ` (the test holds ≤ ${kb(held)})`}`,
        b.parts
          .slice(0, 6)
          .map(([source, bytes]) => `${source} ${kb(bytes)}`)
          .join(', '),
      ];
    });
    return [
      `### Lambda: cold start, ${DESCRIBED[variant]} (NODE_OPTIONS \`${NODE_OPTIONS}\`, ${RUNS} fresh processes per case, order rotating${variants.length > 1 ? ` over ${variants.join(', ')}` : ''})`,
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
      `#### Bundles (minified ESM; largest sources by esbuild's metafile)`,
      table(['bundle', 'minified', 'gzipped', 'goal', 'largest sources'], sizes),
    ].join('\n\n');
  });
  return sections.join('\n\n');
};
