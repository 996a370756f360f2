import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createDynamoClient } from '../functions/store/client';
import { ensureTable } from '../functions/store/create-table';
import { BUNDLE_BUDGETS, BUNDLE_GOALS, bundleFunction, chunksOf } from '../infra/bundle';
import { BUNDLING, type Bundling, NODE_OPTIONS } from '../infra/constructs/bundling';
import { chunkName, sourcesOf } from './composition';
import { kb, ms, percentile, table } from './stats';

const RUNS = 15;
const GOAL = 1.5;
const STRETCH = 1.3;
const ENV = {
  TABLE_NAME: `bench-lambda-${process.pid}`,
  MAIL_FROM: 'no-reply@example.com',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  ORIGIN_GUARD: 'off',
};

/** An API Gateway HTTP API (payload v2) event, with verified Cognito claims when given. */
const event = (method: string, path: string, claims?: Record<string, string>, query = '') => ({
  version: '2.0',
  routeKey: `${method} ${path}`,
  rawPath: path,
  rawQueryString: query,
  ...(query ? { queryStringParameters: Object.fromEntries(new URLSearchParams(query)) } : {}),
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
const coldStart = (
  file: string,
  request: object,
  dynamoEndpoint: string,
): { imported: number; answered: number } => {
  const script = `const t=performance.now();
const m=await import(${JSON.stringify(pathToFileURL(file).href)});
const imported=performance.now()-t;
const r=await m.handler(${JSON.stringify(request)},{awsRequestId:'bench',getRemainingTimeInMillis:()=>10000});
const answered=performance.now()-t;
if(!r||r.statusCode!==200)throw new Error('status '+(r&&r.statusCode)+' '+(r&&r.body));
console.log(JSON.stringify({imported,answered}));`;
  const out = spawnSync(process.execPath, [...NODE_OPTIONS.split(' '), '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ...ENV, DYNAMODB_ENDPOINT: dynamoEndpoint },
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
 * `runtime-sdk` leaves the AWS SDK out (`external: ['@aws-sdk/*']`), loaded at start from
 * node_modules as the Lambda runtime loads its own copy; `full-credentials` bundles the SDK's whole
 * default credential chain instead of the environment link Lambda uses. Every variant builds its
 * own baseline the same way as its API.
 */
export type LambdaVariant = 'deployed' | 'runtime-sdk' | 'full-credentials';

const BUNDLINGS = {
  deployed: BUNDLING,
  'runtime-sdk': { ...BUNDLING, external: ['@aws-sdk/*'] },
  'full-credentials': { ...BUNDLING, alias: {} },
} satisfies Record<LambdaVariant, Bundling>;

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

/**
 * Builds every function of one variant: what a cold start reads (`index.mjs` and the chunks it
 * imports statically) with its size, gzipped size and what it is made of, and the chunks only a
 * dynamic `import()` reaches (a language's catalogues, read when a request first needs them).
 */
const buildVariant = (dir: string, variant: LambdaVariant) => {
  const built = {} as Record<
    Bundle,
    {
      outfile: string;
      start: number;
      gzipped: number;
      parts: [string, number][];
      lazy: ReturnType<typeof chunksOf>['lazy'];
      total: number;
    }
  >;
  for (const [name, entry] of Object.entries(ENTRIES) as [Bundle, string][]) {
    const outdir = join(dir, variant, name);
    const chunks = chunksOf(bundleFunction(resolve(entry), outdir, BUNDLINGS[variant]));
    built[name] = {
      outfile: join(outdir, 'index.mjs'),
      start: chunks.startBytes,
      gzipped: chunks.start.reduce((n, c) => n + gzipSync(readFileSync(join(outdir, c.file))).length, 0),
      parts: sourcesOf(chunks.start),
      lazy: chunks.lazy,
      total: chunks.totalBytes,
    };
  }
  return built;
};

/**
 * The API bundle beside a baseline (hono + its Lambda adapter + the DynamoDB document client),
 * both bundled as `cdk synth` bundles them and started as Lambda starts them. Each round starts
 * every case of every variant once in a fresh process, the order rotating from round to round so
 * no case always runs first (variants compared are thus measured in the same rounds); the ratio of
 * the medians is what the goal is about. Routes that answer without data are measured against the
 * baseline's /api/health; the consultant's list of assessments, which imports the store and
 * queries the table (DynamoDB Local), against the baseline's /api/items, which sends the same query.
 */
export const benchLambda = async (variants: LambdaVariant[] = ['deployed'], dynamoEndpoint?: string) => {
  if (!dynamoEndpoint) throw new Error('the Lambda benchmark reads a table: start DynamoDB Local first');
  await ensureTable(createDynamoClient({ endpoint: dynamoEndpoint }), ENV.TABLE_NAME);
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
  // What a bundle leaves external resolves from here, as the runtime's own node_modules serves it.
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const builds = [] as { variant: LambdaVariant; built: Awaited<ReturnType<typeof buildVariant>> }[];
  for (const variant of variants) builds.push({ variant, built: buildVariant(dir, variant) });
  const measured = builds.map(({ variant, built }) => {
    const timed = (name: string, file: string, request: object) => ({
      name,
      file,
      request,
      imported: [] as number[],
      answered: [] as number[],
    });
    const health = timed('baseline, GET /api/health', built.baseline.outfile, event('GET', '/api/health'));
    const items = timed(
      'baseline, GET /api/items (one query of the table)',
      built.baseline.outfile,
      event('GET', '/api/items'),
    );
    const model = timed('API, GET /api/model', built.api.outfile, event('GET', '/api/model'));
    const french = timed(
      'API, GET /api/model?lang=fr (imports the French chunk)',
      built.api.outfile,
      event('GET', '/api/model', undefined, 'lang=fr'),
    );
    const me = timed('API, GET /api/me (consultant)', built.api.outfile, event('GET', '/api/me', CONSULTANT));
    const list = timed(
      'API, GET /api/assessments (consultant; imports the store, queries the table)',
      built.api.outfile,
      event('GET', '/api/assessments', CONSULTANT),
    );
    return {
      variant,
      built,
      cases: [model, french, me, list, health, items],
      // What each API case is measured against: the baseline's route that does the same kind of work.
      against: new Map([
        [model, health],
        [french, health],
        [me, health],
        [list, items],
      ]),
      named: { model, french, me, list, health, items },
    };
  });
  const all = measured.flatMap((m) => m.cases);
  for (let run = 0; run < RUNS; run++)
    for (let i = 0; i < all.length; i++) {
      const c = all[(run + i) % all.length];
      if (!c) continue;
      const t = coldStart(c.file, c.request, dynamoEndpoint);
      c.imported.push(t.imported);
      c.answered.push(t.answered);
    }
  const median = (xs: number[]) => percentile(xs, 50);
  const sections = measured.map(({ variant, built, cases, against, named }) => {
    const { model, french, me, list, health } = named;
    const base = (c: (typeof cases)[number]) => against.get(c) ?? health;
    const ratio = (c: (typeof cases)[number]) => median(c.answered) / median(base(c).answered);
    // The fastest start of each: what the code costs with the least interference from a shared machine.
    const floor = (c: (typeof cases)[number]) => Math.min(...c.answered) / Math.min(...base(c).answered);
    const verdict = (r: number) => (r <= STRETCH ? 'stretch met' : r <= GOAL ? 'goal met' : 'not met');
    const sizes = (Object.entries(built) as [Bundle, (typeof built)[Bundle]][]).map(([name, b]) => {
      const goal = name === 'baseline' ? null : BUNDLE_GOALS[name];
      const held = name === 'baseline' ? null : BUNDLE_BUDGETS[name];
      return [
        `${name} (${ENTRIES[name]})`,
        kb(b.start),
        kb(b.gzipped),
        goal === null || held === null
          ? '–'
          : `≤ ${kb(goal)}: ${b.start <= goal ? 'met' : 'not met'}${held === goal ? '' : ` (the test holds ≤ ${kb(held)})`}`,
        b.lazy.length === 0 ? '–' : `${b.lazy.length}, ${kb(b.total - b.start)}`,
        kb(b.total),
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
          against.has(c)
            ? `${ratio(c).toFixed(2)}× (${base(c) === health ? '/api/health' : '/api/items'})`
            : '1',
        ]),
      ),
      `First response, API ÷ baseline at the median: **${ratio(model).toFixed(2)}×** for /api/model and **${ratio(me).toFixed(2)}×** for /api/me against /api/health, **${ratio(list).toFixed(2)}×** for /api/assessments against /api/items (goal ≤ ${GOAL}×: ${verdict(Math.max(ratio(model), ratio(me), ratio(list)))}; stretch ≤ ${STRETCH}×). Fastest of each: ${floor(model).toFixed(2)}×, ${floor(me).toFixed(2)}× and ${floor(list).toFixed(2)}×. Import alone, API ÷ baseline: ${(median(model.imported) / median(health.imported)).toFixed(2)}× (medians). A French reader's first /api/model, which imports the French chunk before answering: ${ratio(french).toFixed(2)}× (fastest ${floor(french).toFixed(2)}×).`,
      `#### Bundles (minified ESM; what a cold start reads: \`index.mjs\` and the chunks it imports statically, source maps apart; largest sources by esbuild's metafile)`,
      table(
        [
          'bundle',
          'at start',
          'gzipped',
          'goal (at start)',
          'lazy chunks',
          'total',
          'largest sources at start',
        ],
        sizes,
      ),
      `#### Chunks the API imports on demand (\`import()\`; read when a request first needs one)`,
      table(
        ['chunk', 'minified', 'holds'],
        built.api.lazy.map((c) => [c.file, kb(c.bytes), chunkName(c)]),
      ),
    ].join('\n\n');
  });
  return sections.join('\n\n');
};
