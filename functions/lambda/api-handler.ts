import middy from '@middy/core';
import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app';
import { jwtClaimsAuth } from '../api/auth/jwt-claims-auth';
import { QUESTIONNAIRE } from '../core';
import { readConfig } from './config';
import { structuredLogging, timeoutWarning, warmUp } from './middlewares';
import { wire } from './wiring';

const config = readConfig();
const { store, mailer, now } = wire(config);

/** The same hono app as locally, with Cognito claims (verified by API Gateway) and SES mail; no local sign-in. */
export const app = createApp({
  questionnaire: QUESTIONNAIRE,
  workspace: {
    store,
    auth: jwtClaimsAuth,
    mailer,
    now,
    ...(config.PUBLIC_URL ? { publicBaseUrl: config.PUBLIC_URL } : {}),
    defaultMinGroupSize: config.MIN_GROUP_SIZE,
  },
});

export const handler = middy(handle(app)).use(warmUp()).use(structuredLogging('api')).use(timeoutWarning());
