import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { PassphraseBook } from '../api/auth/passphrase';

/**
 * Organisations' passphrase hashes in one JSON file beside the data, readable by its owner only
 * (0600), rewritten whole through a temporary file so a crash never leaves half of it.
 */
export const filePassphraseBook = (file: string): PassphraseBook => {
  const hashes = new Map<string, string>(
    existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : [],
  );
  const save = () => {
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(hashes), null, 2), { mode: 0o600 });
    renameSync(temporary, file);
  };
  return {
    get: async (orgId) => hashes.get(orgId),
    // Checked and set in one step: the local server is one process.
    setIfAbsent: async (orgId, hash) => {
      if (hashes.has(orgId)) return false;
      hashes.set(orgId, hash);
      save();
      return true;
    },
  };
};
