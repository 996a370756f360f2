import { build } from 'esbuild';
import { BUNDLING } from './constructs/bundling';

/**
 * The esbuild options NodejsFunction derives from BUNDLING in `cdk synth`, for the test that runs
 * the real bundle and for the size and cold-start benchmark. Every option BUNDLING may set is
 * read here (an unknown one throws), so the benchmark cannot measure a bundle other than the one
 * deployed; test/infra checks the two agree.
 */
const HONOURED = new Set([
  'format',
  'target',
  'minify',
  'sourceMap',
  'sourcesContent',
  'mainFields',
  'banner',
  'externalModules',
  'esbuildArgs',
]);

/** The esbuild CLI arguments BUNDLING may pass through `esbuildArgs`, as build options; only `--alias`. */
const aliasesOf = (args: BundlingArgs): Record<string, string> => {
  const unknown = Object.keys(args).filter((k) => k !== '--alias');
  if (unknown.length > 0) throw new Error(`bundleFunction does not apply esbuildArgs ${unknown.join(', ')}`);
  const values = args['--alias'] === undefined ? [] : [args['--alias']].flat();
  return Object.fromEntries(
    values.map((value) => {
      const [from, to] = String(value).split('=');
      if (!from || !to) throw new Error(`--alias ${String(value)} is not from=to`);
      return [from, to];
    }),
  );
};
type BundlingArgs = NonNullable<(typeof BUNDLING)['esbuildArgs']>;

/**
 * The size goals of the deployed bundles (minified `index.mjs`, source map apart), in bytes, as the
 * issue set them; the benchmark prints each bundle against its goal.
 */
export const BUNDLE_GOALS = {
  api: 600 * 1024,
  reminders: 400 * 1024,
  mailer: 400 * 1024,
} as const;

/**
 * What test/infra/bundle-budget.test.ts holds each bundle to: its goal where the goal is met. The
 * API's 600 KB is not met with the AWS SDK bundled (docs/architecture.md, Performance: 337 KB of it
 * is the SDK, 190 KB the French and German catalogues), so the API is held at what it weighs
 * plus about 25 KB: growth past that is a decision, not a drift. It was 794 KB; engine edition 3
 * took it to 995 KB (a third questionnaire edition in three languages, 133 KB of catalogues
 * measured together; the office design and its sentences, 38 KB of code), a decision recorded in
 * docs/architecture.md.
 */
export const BUNDLE_BUDGETS = {
  api: 1020 * 1024,
  reminders: BUNDLE_GOALS.reminders,
  mailer: BUNDLE_GOALS.mailer,
} as const;

export const esbuildOptionsOf = (bundling: typeof BUNDLING) => {
  const unknown = Object.keys(bundling).filter((k) => !HONOURED.has(k));
  if (unknown.length > 0) throw new Error(`bundleFunction does not apply BUNDLING.${unknown.join(', ')}`);
  return {
    bundle: true,
    platform: 'node' as const,
    format: (bundling.format ?? 'cjs') as 'esm' | 'cjs',
    target: bundling.target ?? 'node24',
    minify: bundling.minify ?? false,
    sourcemap: bundling.sourceMap ? ('linked' as const) : false,
    sourcesContent: bundling.sourcesContent ?? true,
    mainFields: bundling.mainFields ?? ['module', 'main'],
    banner: { js: bundling.banner ?? '' },
    // NodejsFunction leaves the runtime's AWS SDK out unless told otherwise; BUNDLING says [].
    external: bundling.externalModules ?? ['@aws-sdk/*'],
    alias: aliasesOf(bundling.esbuildArgs ?? {}),
  };
};

/**
 * Bundles a function entry the way NodejsFunction does in `cdk synth`; returns esbuild's metafile.
 * Other bundling options are for the benchmark's comparisons only (the SDK taken from the runtime).
 */
export const bundleFunction = async (
  entry: string,
  outfile: string,
  bundling: typeof BUNDLING = BUNDLING,
) => {
  const result = await build({
    ...esbuildOptionsOf(bundling),
    entryPoints: [entry],
    outfile,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
};
