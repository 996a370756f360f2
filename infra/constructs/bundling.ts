import type { BuildOptions } from 'esbuild';

/** ESM needs `require` for the few CommonJS dependencies esbuild leaves dynamic. */
export const ESM_REQUIRE_SHIM =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** How every function's Node starts: stack traces point at the TypeScript (costs at cold start; the benchmark counts it). */
export const NODE_OPTIONS = '--enable-source-maps';

/**
 * The AWS SDK's default credential chain, replaced in every bundle by the one link Lambda uses
 * (its environment variables): `functions/lambda/env-credentials.ts`. Resolved from the project
 * root, esbuild's working directory for every build (infra/bundle.ts).
 */
export const CREDENTIALS_ALIAS: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': './functions/lambda/env-credentials.ts',
};

/**
 * One set of bundling options for every function (esbuild's own), applied by `bundleFunction`
 * (infra/bundle.ts) for `cdk synth`, the bundle test and the benchmark alike. The output is a
 * folder: `index.mjs` (the handler) and, with `splitting`, a chunk per module imported with
 * `import()` (each language's catalogues), which Node reads only when a request first needs it.
 */
export type Bundling = Readonly<
  Required<
    Pick<
      BuildOptions,
      | 'format'
      | 'splitting'
      | 'target'
      | 'minify'
      | 'sourcemap'
      | 'sourcesContent'
      | 'mainFields'
      | 'banner'
      | 'external'
      | 'alias'
    >
  >
>;

export const BUNDLING: Bundling = {
  format: 'esm',
  splitting: true,
  target: 'node24',
  minify: true,
  sourcemap: 'linked',
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: { js: ESM_REQUIRE_SHIM },
  // The Node runtime ships the AWS SDK v3, but bundling pins the version the tests ran against and,
  // measured, starts 30–75 ms sooner than loading the runtime's copy (docs/architecture.md, Performance).
  external: [],
  alias: CREDENTIALS_ALIAS,
};
