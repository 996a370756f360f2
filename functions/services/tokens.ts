import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';

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

export const InviteToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'must be an invite token of 43 URL-safe characters');
