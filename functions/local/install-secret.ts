import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/**
 * A secret made once per installation and kept in a file only its owner may read (0600). A file
 * left readable by others (copied, restored from a backup) is tightened on the way.
 */
export const installSecret = (file: string, make: () => string): string => {
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return readFileSync(file, 'utf8').trim();
  }
  const secret = make();
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
};

/** DynamoDB Local accepts letters and digits only in an access key id. */
export const randomAccessKey = (): string => `LOCAL${randomBytes(16).toString('hex').toUpperCase()}`;

export const randomSecret = (): string => randomBytes(32).toString('base64url');
