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
]);

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
