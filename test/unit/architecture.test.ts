import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which top-level folders of functions/ each folder may import: imports point one way. The
 * contract is the floor (the language list included); the domain builds messages whose keys and
 * English source texts it owns (functions/core/english.ts) and never imports the catalogues; i18n
 * sits above it, reading core's types and source texts to translate, check and say them.
 */
const ALLOWED: Record<string, string[]> = {
  contract: [],
  i18n: ['contract', 'core'],
  core: ['contract'],
  store: ['contract', 'i18n'],
  services: ['contract', 'core', 'store', 'i18n'],
  api: ['contract', 'core', 'store', 'services', 'i18n'],
  lambda: ['contract', 'core', 'store', 'services', 'api', 'i18n'],
  local: ['contract', 'core', 'store', 'services', 'api', 'i18n'],
};

const ROOT = resolve('functions');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the module layout', () => {
  it('keeps imports pointing one way, and the domain free of AWS, hono and preact', () => {
    const wrong: string[] = [];
    for (const file of files(ROOT)) {
      const from = relative(ROOT, file).split('/')[0] as string;
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
        if (!spec) continue;
        if (spec.startsWith('.')) {
          const to = relative(ROOT, resolve(dirname(file), spec)).split('/')[0] as string;
          if (to !== from && !ALLOWED[from]?.includes(to)) wrong.push(`${relative(ROOT, file)} -> ${spec}`);
        } else if (
          (from === 'core' || from === 'contract' || from === 'i18n') &&
          !/^(zod|node:)/.test(spec)
        ) {
          wrong.push(`${relative(ROOT, file)} -> ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
