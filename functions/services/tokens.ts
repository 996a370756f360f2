import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { lazySchema } from '../contract/lazy';

/** 16 random bytes: unguessable ids for assessments, stakeholders and mails. */
export const newId = (): string => randomBytes(16).toString('base64url');

/**
 * An unguessable id that sorts by creation time: a fixed-width base-36 timestamp, then 16 random
 * bytes. Keys built from it list in the order things were created (newest first when reversed).
 */
export const newSortableId = (now: Date): string =>
  `${now.getTime().toString(36).padStart(9, '0')}${newId()}`;

/** 32 random bytes (256 bits) from the CSPRNG; shown once, stored only as a hash. */
export const newInviteToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Constant-time comparison of two hex hashes. */
export const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** A short random label that stands for a stakeholder in exports. */
export const newPseudonym = (): string => `S-${randomBytes(3).toString('hex').toUpperCase()}`;

// Pure: a function that never validates one (the mailer) leaves zod out of its bundle. Built on
// first use, like the contract's schemas, so no cold start builds it for nothing.
export const InviteToken = /* @__PURE__ */ lazySchema(() =>
  z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be an invite token of 43 URL-safe characters'),
);

/** 32 random bytes bound to one browser: shown once, stored only as a hash. */
export const newDeviceKey = (): string => randomBytes(32).toString('base64url');

// Pure: a function that never validates one (the mailer) leaves zod out of its bundle.
export const DeviceKey = /* @__PURE__ */ lazySchema(() =>
  z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a device key of 43 URL-safe characters'),
);

/** Crockford base32 without look-alikes: easy to read aloud and type on a phone. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time transfer code: 10 base32 characters (50 bits), shown as XXXXX-XXXXX. */
export const newTransferCode = (): string => {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
};

/** Normalises what a person typed: case, spaces and dashes do not matter; I, L and O read as 1, 1 and 0. */
export const normaliseTransferCode = (typed: string): string => {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
};

// Pure: a function that never validates one (the mailer) leaves zod out of its bundle.
export const TransferCode = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .trim()
    .min(10)
    .max(16)
    .regex(/^[0-9A-Za-z\s-]+$/, 'must be the transfer code your other device shows'),
);
