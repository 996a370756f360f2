import { build } from 'esbuild';
import { BUNDLING } from './constructs/bundling';

/**
 * Bundles a function entry the way NodejsFunction does in `cdk synth` (same options), for the
 * test that runs the real bundle and for the size and cold-start benchmark.
 */
export const bundleFunction = async (entry: string, outfile: string) => {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLING.target ?? 'node24',
    minify: BUNDLING.minify ?? true,
    sourcemap: BUNDLING.sourceMap ? 'linked' : false,
    sourcesContent: false,
    mainFields: BUNDLING.mainFields ?? ['module', 'main'],
    banner: { js: BUNDLING.banner ?? '' },
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
};
