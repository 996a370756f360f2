import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptSharedDatabase } from '../../../functions/local/dynamodb-local';

describe('adoptSharedDatabase', () => {
  it('gives the database of a -sharedDb install to the installation key, once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-adopt-'));
    writeFileSync(join(dir, 'shared-local-instance.db'), 'old data');
    adoptSharedDatabase(dir, 'LOCALKEY');
    expect(readFileSync(join(dir, 'LOCALKEY_eu-west-1.db'), 'utf8')).toBe('old data');
    expect(existsSync(join(dir, 'shared-local-instance.db'))).toBe(false);
    writeFileSync(join(dir, 'shared-local-instance.db'), 'stray');
    adoptSharedDatabase(dir, 'LOCALKEY');
    expect(readFileSync(join(dir, 'LOCALKEY_eu-west-1.db'), 'utf8')).toBe('old data');
  });
});
