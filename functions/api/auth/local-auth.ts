import type { Context } from 'hono';
import { sign, verify } from 'hono/jwt';
import { type ConsultantAuth, organisationId, type Principal } from './principal';

const TOKEN_HOURS = 12;

/**
 * The local stand-in for Cognito: signs a short-lived HS256 token carrying the consultant and
 * the organisation. Only the local server wires it in; the Lambda build never does.
 */
export const createLocalAuth = (secret: string) => {
  const issue = async (email: string, organisation: string, now = new Date()): Promise<string> => {
    const iat = Math.floor(now.getTime() / 1000);
    return sign(
      {
        sub: email,
        org: organisationId(organisation),
        orgName: organisation,
        iat,
        exp: iat + TOKEN_HOURS * 3600,
      },
      secret,
      'HS256',
    );
  };

  const auth: ConsultantAuth = {
    async resolve(c: Context): Promise<Principal | null> {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer ([A-Za-z0-9._-]{10,4096})$/.exec(header);
      if (!match?.[1]) return null;
      try {
        const claims = await verify(match[1], secret, 'HS256');
        if (typeof claims.sub !== 'string' || typeof claims.org !== 'string') return null;
        return {
          consultant: claims.sub,
          orgId: claims.org,
          organisation: String(claims.orgName ?? claims.org),
        };
      } catch {
        return null;
      }
    },
  };
  return { issue, auth };
};
