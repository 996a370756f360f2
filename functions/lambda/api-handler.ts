import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app';
import { QUESTIONNAIRE } from '../core/questionnaire';
import { cognitoClaimsAuth } from './cognito-claims';
import { ApiConfig, readConfig } from './config';
import { cachedSecrets, extensionSecrets, requireOrigin } from './origin-guard';
import { storeOnDemand } from './store-on-demand';
import { CORRELATION_PATHS, loggerFor, TIMEOUT_EARLY_MS } from './wiring';

const config = readConfig(ApiConfig);
const logger = loggerFor('api');

/**
 * The origin check: the secret read from Secrets Manager (cached); without its id, a loader that
 * always fails, so every request is refused and logged. `ORIGIN_GUARD=off` is honoured outside Lambda only.
 */
const originGuard =
  config.ORIGIN_GUARD === 'off' && !process.env.AWS_LAMBDA_FUNCTION_NAME
    ? ({ off: true } as const)
    : {
        secrets: config.ORIGIN_SECRET_ID
          ? cachedSecrets(extensionSecrets(config.ORIGIN_SECRET_ID))
          : () => Promise.reject(new Error('ORIGIN_SECRET_ID is not set')),
        // Never the value: only why it could not be read.
        onError: (error: unknown) =>
          logger.error('origin secret unreadable', {
            reason: error instanceof Error ? error.message : 'unknown',
          }),
      };

/** The same hono app as locally, with Cognito claims (verified by API Gateway); no local sign-in, no mail client. */
export const app = createApp({
  questionnaire: QUESTIONNAIRE,
  workspace: {
    // Imported with the AWS SDK on the first request that reads or writes data (./store-on-demand.ts).
    store: storeOnDemand(() => import('./api-store').then((m) => m.apiStoreOver(config.TABLE_NAME))),
    auth: cognitoClaimsAuth,
    now: () => new Date(),
    ...(config.PUBLIC_URL ? { publicBaseUrl: config.PUBLIC_URL } : {}),
    defaultMinGroupSize: config.MIN_GROUP_SIZE,
  },
  logError: (error, route) => logger.error('unhandled error', { route, error: error as Error }),
});

/** One log line per request: the route template API Gateway matched (never the raw path), status and time. */
const requestLog = (): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyResultV2> => {
  const started = new WeakMap<object, number>();
  return {
    before: (request) => {
      started.set(request.context, Date.now());
    },
    after: (request) => {
      const response = request.response;
      const status = typeof response === 'object' && response ? response.statusCode : undefined;
      logger.info('request handled', {
        route: request.event.routeKey,
        status,
        durationMs: Date.now() - (started.get(request.context) ?? Date.now()),
      });
    },
  };
};

const lambda = handle(app) as (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

export const handler = middy(lambda, {
  timeoutEarlyInMillis: TIMEOUT_EARLY_MS,
  timeoutEarlyResponse: () => {
    logger.warn('timed out early');
    return {
      statusCode: 503,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      body: JSON.stringify({ error: { code: 'timeout', message: 'The request took too long; try again.' } }),
    };
  },
})
  .use(injectLambdaContext(logger, { correlationIdPath: CORRELATION_PATHS.api, resetKeys: true }))
  .use(requireOrigin(originGuard))
  .use(requestLog());
