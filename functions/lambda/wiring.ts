import { SESv2Client } from '@aws-sdk/client-sesv2';
import { sesMailer } from '../api/ses-mailer';
import { createDocumentClient, createDynamoClient } from '../store/client';
import { DynamoStore } from '../store/dynamo-store';
import type { LambdaConfig } from './config';

/** Clients built once per container, outside the handler, and shared by every invocation. */
export const wire = (config: LambdaConfig) => {
  const dynamo = createDynamoClient(
    process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {},
  );
  const store = new DynamoStore(createDocumentClient(dynamo), config.TABLE_NAME);
  const mailer = sesMailer(new SESv2Client({}), config.MAIL_FROM);
  return { store, mailer, now: () => new Date() };
};
