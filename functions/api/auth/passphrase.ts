import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt's cost: 2^15 × 8 × 128 bytes = 32 MiB and some tens of milliseconds per try. */
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_BYTES = 32;

/** The shortest passphrase an organisation may choose. */
export const MIN_PASSPHRASE_LENGTH = 12;

const derive = (passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }) =>
  new Promise<Buffer>((ok, fail) =>
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { ...cost, maxmem: COST.maxmem }, (error, key) =>
      error ? fail(error) : ok(key),
    ),
  );

/** `scrypt$N$r$p$salt$key` (base64url), so the cost can be raised later without breaking stored hashes. */
export const hashPassphrase = async (passphrase: string): Promise<string> => {
  const salt = randomBytes(16);
  const key = await derive(passphrase, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
};

/** True when the passphrase matches the stored hash; false for a malformed hash. */
export const verifyPassphrase = async (passphrase: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(passphrase, Buffer.from(salt, 'base64url'), cost);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

let decoy: Promise<string> | undefined;

/** Spends the same work as a real check, for names with no passphrase: timing tells nothing. */
export const verifyDecoy = async (passphrase: string): Promise<false> => {
  decoy ??= hashPassphrase(randomBytes(16).toString('base64url'));
  await verifyPassphrase(passphrase, await decoy);
  return false;
};

/** Where organisations' passphrase hashes are kept, by organisation id. */
export interface PassphraseBook {
  get(orgId: string): Promise<string | undefined>;
  /** Stores the hash unless the organisation has one already; true when it was stored. */
  setIfAbsent(orgId: string, hash: string): Promise<boolean>;
}

/** A book in memory (tests, and a server that keeps no data between runs). */
export const memoryPassphraseBook = (): PassphraseBook => {
  const hashes = new Map<string, string>();
  return {
    get: async (orgId) => hashes.get(orgId),
    setIfAbsent: async (orgId, hash) => {
      if (hashes.has(orgId)) return false;
      hashes.set(orgId, hash);
      return true;
    },
  };
};
