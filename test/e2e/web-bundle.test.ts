import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built web app (web/dist, built once before these tests) carries no zod: the browser takes
 * only types from the contract. Names zod's classes and its global registry keep even when
 * minified mark a chunk that bundled it. The architecture test holds the same rule on the sources
 * (no browser module can reach zod); this one holds it on what CloudFront serves.
 */

const ZOD_MARKERS = /\bZodError\b|\$ZodType\b|\bZodObject\b|__zod_global/;
const DIST = resolve('web/dist');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

describe('the built web app', () => {
  it('ships no chunk that carries zod', () => {
    const chunks = files(DIST).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(10);
    const withZod = chunks
      .filter((f) => ZOD_MARKERS.test(readFileSync(f, 'utf8')))
      .map((f) => relative(DIST, f));
    expect(withZod).toEqual([]);
  });
});
