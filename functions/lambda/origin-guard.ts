import { timingSafeEqual } from 'node:crypto';
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

/** The header CloudFront adds to every request it forwards to the API. */
export const ORIGIN_HEADER = 'x-origin-verify';

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * Answers 403 to requests that did not come through CloudFront (straight to the execute-api
 * address), so CloudFront's headers, caching rules and throttles cannot be bypassed. Without a
 * configured secret (tests, local) every request passes.
 */
export const requireOrigin = (
  secret: string | undefined,
): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyResultV2> => ({
  before: (request) => {
    if (!secret) return undefined;
    const sent = request.event.headers?.[ORIGIN_HEADER] ?? '';
    if (same(sent, secret)) return undefined;
    return {
      statusCode: 403,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: JSON.stringify({ error: { code: 'forbidden', message: 'Use the product’s own address.' } }),
    };
  },
});
