import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import middy from '@middy/core';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { Mail } from '../store/dynamo/mail';
import { MailerConfig, readConfig } from './config';
import { jobStoreFor } from './dynamo';
import { sendStreamedMail } from './mail-stream';
import { sesTransport } from './ses-transport';
import { CORRELATION_PATHS, loggerFor, TIMEOUT_EARLY_MS } from './wiring';

const config = readConfig(MailerConfig);
const logger = loggerFor('mailer');
const deps = {
  // The outbox's part only: the mailer marks mail sent (MAILER_STORE_METHODS), nothing else.
  store: jobStoreFor(config.TABLE_NAME, (db, table) => [new Mail(db, table)] as const),
  transport: sesTransport(new SESv2Client({}), config.MAIL_FROM),
  now: () => new Date(),
  // The mail id only: never the address, the text or the link.
  onFailure: (error: unknown, mailId: string) =>
    logger.error('mail not sent', { mailId, error: error as Error }),
  // Each record's lines carry that record's stream event id.
  onRecord: (eventId: string | undefined) => {
    if (eventId) logger.setCorrelationId(eventId);
  },
};

/** Fed by the table's stream: sends every queued mail with SES, at least once. */
export const handler = middy((event: DynamoDBStreamEvent) => sendStreamedMail(deps, event), {
  timeoutEarlyInMillis: TIMEOUT_EARLY_MS,
}).use(injectLambdaContext(logger, { correlationIdPath: CORRELATION_PATHS.mailer, resetKeys: true }));
