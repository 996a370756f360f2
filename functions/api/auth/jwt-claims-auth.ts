import type { Context } from 'hono';
import { type ConsultantAuth, organisationId, type Principal } from './principal';

interface LambdaBindings {
  event?: { requestContext?: { authorizer?: { jwt?: { claims?: Record<string, unknown> } } } };
}

/**
 * In AWS, API Gateway's JWT authorizer has verified the Cognito token before the function
 * runs; the app reads the verified claims from the event. `custom:organisation` names the
 * organisation; a token without it is refused.
 */
export const jwtClaimsAuth: ConsultantAuth = {
  async resolve(c: Context): Promise<Principal | null> {
    const claims = (c.env as LambdaBindings | undefined)?.event?.requestContext?.authorizer?.jwt?.claims;
    const org = claims?.['custom:organisation'];
    const sub = claims?.email ?? claims?.sub;
    if (typeof org !== 'string' || org.trim() === '' || typeof sub !== 'string') return null;
    return { consultant: sub, orgId: organisationId(org), organisation: org };
  },
};
