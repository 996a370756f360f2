import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { sign, verify } from 'hono/jwt';
import type { Store } from '../../store/port';
import { ApiError } from '../http/errors';
import { AttemptLimiter, type AttemptLimits } from './attempt-limiter';
import { normaliseOrganisationName, organisationRegistry } from './organisation-registry';
import {
  hashPassphrase,
  MIN_PASSPHRASE_LENGTH,
  memoryPassphraseBook,
  type PassphraseBook,
  verifyDecoy,
  verifyPassphrase,
} from './passphrase';
import { type ConsultantAuth, isOrganisationId, type Principal } from './principal';

const TOKEN_HOURS = 12;

/** How long a holder of LOCAL_PASSWORD has to choose a new organisation's passphrase. */
export const CLAIM_MINUTES = 10;

export interface LocalAuthOptions {
  /** Signs the tokens (HS256); one per installation. */
  secret: string;
  /** Holds the tenant registry. */
  store: Store;
  /**
   * Set when the server listens beyond loopback: then every organisation has its own passphrase,
   * and this password (LOCAL_PASSWORD) is only the invitation to give a new one its passphrase.
   */
  password?: string;
  /** Where organisations' passphrase hashes are kept (in memory unless given). */
  passphrases?: PassphraseBook;
  /** How failed sign-ins to one organisation name are slowed down. */
  limits?: Partial<AttemptLimits>;
  now?: () => number;
}

const digest = (value: string) => createHash('sha256').update(value).digest();
const equal = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

const passphraseRequired = () =>
  new ApiError(401, 'password_required', 'This server asks for your organisation’s passphrase to sign in.', [
    { path: 'password', message: 'is required' },
  ]);

/**
 * The one answer to every failed sign-in on a LAN: a wrong passphrase, an unknown name and a name
 * that only looks like a registered one are told apart by nobody.
 */
const refused = () =>
  new ApiError(401, 'password_required', 'The organisation name or its passphrase is not right.', [
    { path: 'password', message: 'is not correct for this organisation' },
  ]);

const choosePassphrase = () =>
  new ApiError(
    401,
    'passphrase_to_choose',
    `This organisation has no passphrase on this server yet. Sign in again within ${CLAIM_MINUTES} minutes with the passphrase it will use from now on (at least ${MIN_PASSPHRASE_LENGTH} characters, not the server password).`,
    [
      {
        path: 'password',
        message: `choose this organisation’s own passphrase (${MIN_PASSPHRASE_LENGTH}+ characters)`,
      },
    ],
  );

const slowDown = (ms: number) =>
  new ApiError(
    429,
    'too_many_attempts',
    `Too many failed sign-ins: try again in ${Math.ceil(ms / 1000)} seconds.`,
  );

/**
 * The local stand-in for Cognito: signs a short-lived HS256 token carrying the consultant, the
 * organisation's opaque id from the local registry, and its display name. Only the local server
 * wires it in; the Lambda build never does.
 *
 * On loopback (no password) anyone at the machine signs in to any organisation, as before. On a
 * LAN each organisation has its own passphrase, stored as a scrypt hash: a holder of
 * LOCAL_PASSWORD signs in with it to a name that has none yet, then chooses the passphrase on the
 * next sign-in (within a few minutes, same e-mail). Failed sign-ins per name are slowed down.
 */
export const createLocalAuth = (options: LocalAuthOptions) => {
  const registry = organisationRegistry(options.store);
  const book = options.passphrases ?? memoryPassphraseBook();
  const now = options.now ?? Date.now;
  const perOrganisation = new AttemptLimiter(options.limits, now);
  /** Invitations shown (LOCAL_PASSWORD given) and not yet used: normalised name → who and when. */
  const claims = new Map<string, { name: string; email: string; until: number }>();
  /** Tokens signed out before they expire: their id → expiry (seconds); pruned as they lapse. */
  const signedOut = new Map<string, number>();

  /** A token for a consultant of an organisation, registering the organisation on first use. */
  const issue = async (email: string, organisation: string): Promise<string> => {
    // The real clock, whatever clock the app is given: token expiry is checked against it.
    const iat = Math.floor(Date.now() / 1000);
    const org = await registry.idFor(organisation);
    return sign(
      {
        sub: email,
        org,
        orgName: organisation.trim(),
        iat,
        exp: iat + TOKEN_HOURS * 3600,
        jti: randomBytes(16).toString('base64url'),
      },
      options.secret,
      'HS256',
    );
  };

  /** Gives a registered (or new) organisation its passphrase unless it has one; true when set. */
  const setPassphrase = async (organisation: string, passphrase: string): Promise<boolean> => {
    const id = await registry.idFor(organisation);
    return book.setIfAbsent(id, await hashPassphrase(passphrase));
  };

  /** A LAN sign-in: decides with the organisation's own passphrase, never telling whether the name exists. */
  const checkPassphrase = async (email: string, organisation: string, given: string, password: string) => {
    const name = organisation.trim();
    const key = normaliseOrganisationName(name);
    const wait = perOrganisation.retryAfterMs(key);
    if (wait > 0) throw slowDown(wait);
    const fail = async (): Promise<never> => {
      perOrganisation.fail(key);
      throw refused();
    };

    const existing = await options.store.getOrganisationByName(key);
    // A look-alike of a registered name: refused like a wrong passphrase, after the same work.
    if (existing && existing.name !== name) return verifyDecoy(given).then(fail);
    const stored = existing ? await book.get(existing.id) : undefined;
    if (stored) {
      if (await verifyPassphrase(given, stored)) {
        perOrganisation.succeed(key);
        return;
      }
      return fail();
    }

    // No passphrase yet (a new name, or one registered on loopback): LOCAL_PASSWORD invites…
    if (equal(given, password)) {
      await verifyDecoy(given);
      claims.set(key, { name, email, until: now() + CLAIM_MINUTES * 60_000 });
      throw choosePassphrase();
    }
    // …and the invited consultant's next sign-in chooses it.
    const claim = claims.get(key);
    if (claim && claim.until > now() && claim.name === name && claim.email === email) {
      if (given.length < MIN_PASSPHRASE_LENGTH) {
        perOrganisation.fail(key);
        throw choosePassphrase();
      }
      claims.delete(key);
      if (await setPassphrase(name, given)) {
        perOrganisation.succeed(key);
        return;
      }
      // Someone else chose it a moment ago: this passphrase must match theirs.
      const id = await registry.idFor(name);
      const theirs = await book.get(id);
      if (theirs && (await verifyPassphrase(given, theirs))) return;
      return fail();
    }
    return verifyDecoy(given).then(fail);
  };

  /** The sign-in form's request: on a LAN, the organisation's passphrase first. */
  const signIn = async (email: string, organisation: string, password?: string): Promise<string> => {
    if (options.password !== undefined) {
      if (password === undefined || password === '') throw passphraseRequired();
      await checkPassphrase(email, organisation, password, options.password);
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
        if (typeof claims.jti === 'string' && signedOut.has(claims.jti)) return null;
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
  /** Signing out ends the token at once (until it would have expired anyway), on this server. */
  const signOut = async (authorization: string | undefined): Promise<void> => {
    const match = /^Bearer ([A-Za-z0-9._-]{10,4096})$/.exec(authorization ?? '');
    if (!match?.[1]) return;
    try {
      const claims = await verify(match[1], options.secret, 'HS256');
      const seconds = Math.floor(Date.now() / 1000);
      for (const [id, exp] of signedOut) if (exp < seconds) signedOut.delete(id);
      if (typeof claims.jti === 'string' && typeof claims.exp === 'number')
        signedOut.set(claims.jti, claims.exp);
    } catch {
      // An invalid or expired token is signed out already.
    }
  };
  return { issue, signIn, signOut, auth, setPassphrase, passwordRequired: options.password !== undefined };
};
