import type { Context } from 'hono';
import { type ConsultantAuth, isOrganisationId, type Principal } from '../api/auth/principal';

interface LambdaBindings {
  event?: { requestContext?: { authorizer?: { jwt?: { claims?: Record<string, unknown> } } } };
}

/**
 * In AWS, API Gateway's JWT authorizer has verified the Cognito token before the function
 * runs; the app reads the verified claims from the event. `custom:orgId`, set by an
 * administrator, is the tenant key; `custom:organisation` is only its display name. A token
 * without a well-formed `custom:orgId` is refused.
 */
export const cognitoClaimsAuth: ConsultantAuth = {
  async resolve(c: Context): Promise<Principal | null> {
    const claims = (c.env as LambdaBindings | undefined)?.event?.requestContext?.authorizer?.jwt?.claims;
    const orgId = claims?.['custom:orgId'];
    const org = claims?.['custom:organisation'];
    const sub = claims?.email ?? claims?.sub;
    if (!isOrganisationId(orgId) || typeof sub !== 'string') return null;
    return { consultant: sub, orgId, organisation: typeof org === 'string' && org.trim() ? org : orgId };
  },
};
