import type { Metafile } from 'esbuild';

/** Where a bundled input comes from: its package, or the first two folders of our own code. */
export const sourceOf = (file: string): string =>
  file.includes('node_modules/')
    ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : file.split('/').slice(0, 3).join('/');

/** Bytes of minified output by source, largest first, from esbuild's metafile. */
export const composition = (meta: Metafile): [string, number][] => {
  const out = Object.values(meta.outputs).find((o) => o.entryPoint);
  const groups = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(out?.inputs ?? {}))
    groups.set(sourceOf(file), (groups.get(sourceOf(file)) ?? 0) + bytesInOutput);
  return [...groups].sort((a, b) => b[1] - a[1]);
};
