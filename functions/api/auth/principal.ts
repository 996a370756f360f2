import type { Context } from 'hono';

/** The signed-in consultant. The organisation always comes from here, never from a request body. */
export interface Principal {
  consultant: string;
  /** The tenant key: opaque and immutable. Every query is scoped by it. */
  orgId: string;
  /** The organisation's display name: shown, never used as a key. */
  organisation: string;
}

/** Resolves the caller of a consultant route; null means "not signed in". */
export interface ConsultantAuth {
  resolve(c: Context): Promise<Principal | null>;
}

/**
 * What an organisation id looks like: URL-safe, 8 to 64 characters (a UUID fits). It becomes part
 * of DynamoDB keys (`ORG#{orgId}`), so nothing else is accepted.
 */
export const ORG_ID = /^[A-Za-z0-9_-]{8,64}$/;

export const isOrganisationId = (value: unknown): value is string =>
  typeof value === 'string' && ORG_ID.test(value);
