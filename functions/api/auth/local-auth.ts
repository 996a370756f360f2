import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { sign, verify } from 'hono/jwt';
import type { Store } from '../../store/port';
import { ApiError } from '../http/errors';
import { organisationRegistry } from './organisation-registry';
import { type ConsultantAuth, isOrganisationId, type Principal } from './principal';

const TOKEN_HOURS = 12;

export interface LocalAuthOptions {
  /** Signs the tokens (HS256); one per installation. */
  secret: string;
  /** Holds the tenant registry. */
  store: Store;
  /** When set (the server listens beyond loopback), signing in needs it. */
  password?: string;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

const wrongPassword = (given: string | undefined) =>
  new ApiError(
    401,
    'password_required',
    given === undefined
      ? 'This server asks for its local password (LOCAL_PASSWORD) to sign in.'
      : 'The password is not this server’s local password.',
    [{ path: 'password', message: given === undefined ? 'is required' : 'is not correct' }],
  );

/**
 * The local stand-in for Cognito: signs a short-lived HS256 token carrying the consultant, the
 * organisation's opaque id from the local registry, and its display name. Only the local server
 * wires it in; the Lambda build never does.
 */
export const createLocalAuth = (options: LocalAuthOptions) => {
  const registry = organisationRegistry(options.store);

  /** A token for a consultant of an organisation, registering the organisation on first use. */
  const issue = async (email: string, organisation: string): Promise<string> => {
    // The real clock, whatever clock the app is given: token expiry is checked against it.
    const iat = Math.floor(Date.now() / 1000);
    const org = await registry.idFor(organisation);
    return sign(
      { sub: email, org, orgName: organisation.trim(), iat, exp: iat + TOKEN_HOURS * 3600 },
      options.secret,
      'HS256',
    );
  };

  /** The sign-in form's request: the password first, when the server has one. */
  const signIn = async (email: string, organisation: string, password?: string): Promise<string> => {
    if (options.password !== undefined) {
      const ok = password !== undefined && timingSafeEqual(digest(password), digest(options.password));
      if (!ok) throw wrongPassword(password);
    }
    return issue(email, organisation);
  };

  const auth: ConsultantAuth = {
    async resolve(c: Context): Promise<Principal | null> {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer ([A-Za-z0-9._-]{10,4096})$/.exec(header);
      if (!match?.[1]) return null;
      try {
        const claims = await verify(match[1], options.secret, 'HS256');
        if (typeof claims.sub !== 'string' || !isOrganisationId(claims.org)) return null;
        return {
          consultant: claims.sub,
          orgId: claims.org,
          organisation: typeof claims.orgName === 'string' ? claims.orgName : claims.org,
        };
      } catch {
        return null;
      }
    },
  };
  return { issue, signIn, auth, passwordRequired: options.password !== undefined };
};
