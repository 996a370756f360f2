import type { Context } from 'hono';

/** The signed-in consultant. The organisation always comes from here, never from a request body. */
export interface Principal {
  consultant: string;
  orgId: string;
  organisation: string;
}

/** Resolves the caller of a consultant route; null means "not signed in". */
export interface ConsultantAuth {
  resolve(c: Context): Promise<Principal | null>;
}

/** Lower-case, dash-separated id of an organisation name: "Acme Consulting" becomes "acme-consulting". */
export const organisationId = (name: string): string =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64) || 'org';
