import type { Metafile } from 'esbuild';
import { type Chunk, chunksOf } from '../infra/bundle';

/** Where a bundled input comes from: its package, or the first two folders of our own code. */
export const sourceOf = (file: string): string =>
  file.includes('node_modules/')
    ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : file.split('/').slice(0, 3).join('/');

/** Bytes of minified output by source, largest first, over some of a bundle's chunks. */
export const sourcesOf = (chunks: readonly Chunk[]): [string, number][] => {
  const groups = new Map<string, number>();
  for (const chunk of chunks)
    for (const [file, { bytesInOutput }] of Object.entries(chunk.inputs))
      groups.set(sourceOf(file), (groups.get(sourceOf(file)) ?? 0) + bytesInOutput);
  return [...groups].sort((a, b) => b[1] - a[1]);
};

/** What a cold start reads (`index.mjs` and its static chunks), by source, largest first, from esbuild's metafile. */
export const composition = (meta: Metafile): [string, number][] => sourcesOf(chunksOf(meta).start);

/** A lazy chunk named by what it holds: its largest inputs, as paths in the project or package names. */
export const chunkName = (chunk: Chunk): string => {
  const inputs = Object.entries(chunk.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  const names = [
    ...new Set(inputs.map(([file]) => (file.includes('node_modules/') ? sourceOf(file) : file))),
  ];
  return names.length <= 3
    ? names.join(' + ')
    : `${names.slice(0, 2).join(' + ')} + ${names.length - 2} more`;
};
