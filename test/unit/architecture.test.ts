import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which top-level folders of functions/ each folder may import: imports point one way. The
 * catalogues (i18n) sit beside the domain: core builds messages whose keys i18n declares, and
 * i18n reads core's types and source texts (the questionnaire) to check and say them; contract
 * takes only the language list from it.
 */
const ALLOWED: Record<string, string[]> = {
  // lib: pure helpers with no imports of their own (the CSV writer), below everything.
  lib: [],
  contract: ['i18n', 'lib'],
  i18n: ['contract', 'core', 'lib'],
  core: ['contract', 'i18n', 'lib'],
  store: ['contract', 'i18n', 'lib'],
  services: ['contract', 'core', 'store', 'i18n', 'lib'],
  api: ['contract', 'core', 'store', 'services', 'i18n', 'lib'],
  lambda: ['contract', 'core', 'store', 'services', 'api', 'i18n', 'lib'],
  local: ['contract', 'core', 'store', 'services', 'api', 'i18n', 'lib'],
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
