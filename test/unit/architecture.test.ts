import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Which top-level folders of functions/ each folder may import: imports point one way. */
const ALLOWED: Record<string, string[]> = {
  contract: [],
  core: ['contract'],
  store: ['contract'],
  services: ['contract', 'core', 'store'],
  api: ['contract', 'core', 'store', 'services'],
  lambda: ['contract', 'core', 'store', 'services', 'api'],
  local: ['contract', 'core', 'store', 'services', 'api'],
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
        } else if ((from === 'core' || from === 'contract') && !/^(zod|node:)/.test(spec)) {
          wrong.push(`${relative(ROOT, file)} -> ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
