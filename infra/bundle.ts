import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync, type Metafile } from 'esbuild';
import { BUNDLING, type Bundling } from './constructs/bundling';

/** The project root: esbuild's working directory, whoever calls (`cdk synth`, a test, the benchmark). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where esbuild is told it writes: a fixed place below the project root, whatever folder the
 * files are then written to. Source maps name the sources relative to it, and chunk names hash
 * the maps, so building anywhere else (`cdk synth` stages in cdk.out, the benchmark in a temporary
 * folder) would give other chunk names and other bytes; written from here, every build of the same
 * sources is the same. Two levels down, as `NodejsFunction` bundled (`../../functions/…`).
 */
const NOMINAL_OUTDIR = join(PROJECT_ROOT, 'cdk.out', 'function');

/**
 * Builds a function's entry into `outdir` as it is deployed: `index.mjs` (the handler), its
 * chunks under `chunks/`, a source map beside each. `cdk synth` calls this (infra/constructs/app-function.ts,
 * as the asset's local bundling), and so do the bundle test and the benchmark, so what is measured
 * is what is deployed (test/infra/bundling.test.ts compares the bytes). Synchronous, as CDK's local
 * bundling is. The other bundlings exist for the benchmark's comparisons only.
 */
export const bundleFunction = (entry: string, outdir: string, bundling: Bundling = BUNDLING): Metafile => {
  const { metafile, outputFiles } = buildSync({
    ...bundling,
    bundle: true,
    platform: 'node',
    entryPoints: { index: entry },
    outdir: NOMINAL_OUTDIR,
    write: false,
    // Lambda runs `.mjs` as ESM whatever the folder holds; chunks too.
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    absWorkingDir: PROJECT_ROOT,
    metafile: true,
    logLevel: 'silent',
  });
  for (const file of outputFiles) {
    const path = join(outdir, relative(NOMINAL_OUTDIR, file.path));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  return metafile;
};

/** One output file of a bundle: its path (relative to the bundle's folder), size and sources. */
export interface Chunk {
  file: string;
  bytes: number;
  inputs: Readonly<Record<string, { bytesInOutput: number }>>;
}

/**
 * A bundle's code as a cold start meets it: `start` is `index.mjs` and every chunk it imports
 * statically (what every cold start reads, parses and runs before the handler exists), `lazy`
 * every chunk only a dynamic `import()` reaches (read when a request first needs it). Source maps
 * apart. The size goals hold `start`.
 */
export const chunksOf = (meta: Metafile) => {
  const outputs = Object.entries(meta.outputs).filter(([file]) => file.endsWith('.mjs'));
  const entry = outputs.find(([file]) => /(^|\/)index\.mjs$/.test(file) && !file.includes('/chunks/'));
  if (!entry) throw new Error('the bundle has no index.mjs');
  const base = entry[0].slice(0, -'index.mjs'.length);
  const chunk = (file: string): Chunk => {
    const output = meta.outputs[file];
    if (!output) throw new Error(`${file} is not an output of the bundle`);
    return { file: file.slice(base.length), bytes: output.bytes, inputs: output.inputs };
  };
  const start = new Set<string>();
  const visit = (file: string) => {
    if (start.has(file)) return;
    start.add(file);
    for (const i of meta.outputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry[0]);
  const all = outputs.map(([file]) => chunk(file));
  const startChunks = all.filter((c) => start.has(base + c.file));
  const lazy = all.filter((c) => !start.has(base + c.file)).sort((a, b) => b.bytes - a.bytes);
  const sum = (cs: Chunk[]) => cs.reduce((n, c) => n + c.bytes, 0);
  return {
    start: startChunks,
    lazy,
    startBytes: sum(startChunks),
    lazyBytes: sum(lazy),
    totalBytes: sum(all),
  };
};

/**
 * The size goals of the deployed bundles, in bytes, as the issue set them, for what a cold start
 * reads: `index.mjs` and the chunks it imports statically, minified, source maps apart (the chunks
 * a request imports on demand are listed beside them; `chunksOf`). The benchmark prints each bundle
 * against its goal.
 */
export const BUNDLE_GOALS = {
  api: 600 * 1024,
  reminders: 400 * 1024,
  mailer: 400 * 1024,
} as const;

/**
 * What test/infra/bundling.test.ts holds each bundle to: its goal, met by all three since the API
 * imports each language's catalogues on demand (docs/architecture.md, Performance).
 */
export const BUNDLE_BUDGETS = BUNDLE_GOALS;
