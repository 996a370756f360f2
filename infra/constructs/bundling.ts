import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';

/** ESM needs `require` for the few CommonJS dependencies esbuild leaves dynamic. */
export const ESM_REQUIRE_SHIM =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** How every function's Node starts: stack traces point at the TypeScript (costs at cold start; the benchmark counts it). */
export const NODE_OPTIONS = '--enable-source-maps';

/**
 * The AWS SDK's default credential chain, replaced in every bundle by the one link Lambda uses
 * (its environment variables): `functions/lambda/env-credentials.ts`. Resolved from the project
 * root, where both `cdk synth` and the benchmark run esbuild.
 */
export const CREDENTIALS_ALIAS = '@aws-sdk/credential-provider-node=./functions/lambda/env-credentials.ts';

/** One set of bundling options for every function, shared with the bundle test and the benchmark. */
export const BUNDLING: BundlingOptions = {
  format: OutputFormat.ESM,
  target: 'node24',
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_SHIM,
  // The Node runtime ships the AWS SDK v3, but bundling pins the version the tests ran against and,
  // measured, starts 30–75 ms sooner than loading the runtime's copy (docs/architecture.md, Performance).
  externalModules: [],
  esbuildArgs: { '--alias': CREDENTIALS_ALIAS },
};
