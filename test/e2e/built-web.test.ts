import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

describe('the built web app', () => {
  it('ships no source maps (CloudFront would serve them to anyone)', () => {
    expect(files(resolve('web/dist')).filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
