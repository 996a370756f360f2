import { randomBytes } from 'node:crypto';
import { type Store, StoreError } from '../../store/port';
import { ApiError } from '../http/errors';

/**
 * The key a display name is registered under: compatibility forms folded (NFKC: full-width
 * letters, ligatures, non-breaking spaces), case folded, whitespace collapsed and trimmed. Two
 * names with the same key would look alike to people, so only one of them may exist.
 */
export const normaliseOrganisationName = (name: string): string =>
  name
    .normalize('NFKC')
    // Upper then lower case folds more than lower case alone ("ß" and "SS", "ς" and "σ").
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .trim();

/** A new tenant id: 16 random bytes, URL-safe (22 characters). */
export const newOrganisationId = (): string => randomBytes(16).toString('base64url');

const nameTaken = () =>
  new ApiError(
    409,
    'organisation_name_taken',
    'Another organisation is registered under a name that differs from this one only in case, width or spacing. Sign in with its exact name, or choose a distinct one.',
    [{ path: 'organisation', message: 'is too close to the name of another organisation' }],
  );

/**
 * The local sign-in's tenant registry: the first sign-in with a name registers it under a new
 * opaque id; signing in again with the same display name gets the same id; a different display
 * name that normalises to a registered one is refused, never merged into it.
 */
export const organisationRegistry = (store: Store, now: () => Date = () => new Date()) => ({
  async idFor(displayName: string): Promise<string> {
    const name = displayName.trim();
    const normalisedName = normaliseOrganisationName(name);
    const existing = await store.getOrganisationByName(normalisedName);
    if (existing) {
      if (existing.name !== name) throw nameTaken();
      return existing.id;
    }
    const record = { id: newOrganisationId(), name, normalisedName, createdAt: now().toISOString() };
    try {
      await store.registerOrganisation(record);
      return record.id;
    } catch (e) {
      // Someone registered the name a moment ago: decide against what they stored.
      if (e instanceof StoreError && e.reason === 'exists') return this.idFor(name);
      throw e;
    }
  },
});
