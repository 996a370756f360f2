import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installSecret, randomAccessKey } from '../../../functions/local/install-secret';

describe('installSecret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-secret-'));

  it('makes a secret once, readable by its owner only, and returns the same one after', () => {
    const file = join(dir, 'key');
    const first = installSecret(file, randomAccessKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(installSecret(file, () => 'another')).toBe(first);
  });

  it('tightens a secret file others could read', () => {
    const file = join(dir, 'loose');
    writeFileSync(file, 'kept');
    chmodSync(file, 0o644);
    expect(installSecret(file, () => 'new')).toBe('kept');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('randomAccessKey', () => {
  it('is letters and digits only, as DynamoDB Local requires, and different every time', () => {
    const keys = Array.from({ length: 20 }, randomAccessKey);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9]{20,}$/);
    expect(new Set(keys).size).toBe(20);
  });
});
