import { Logger } from '@aws-lambda-powertools/logger';
import { createDocumentClient, createDynamoClient } from '../store/client';
import { DynamoStore } from '../store/dynamo-store';

/** The store over the function's table, built once per container and shared by every invocation. */
export const storeFor = (tableName: string) =>
  new DynamoStore(
    createDocumentClient(
      createDynamoClient(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
    ),
    tableName,
  );

/**
 * Powertools' structured logger; the level comes from POWERTOOLS_LOG_LEVEL. Nothing the product
 * logs carries a raw path, a token, an answer or a note: routes are logged by their template.
 */
export const loggerFor = (serviceName: string) => new Logger({ serviceName });

/** Middy ends an invocation this long before Lambda would, so the cut is logged and answered. */
export const TIMEOUT_EARLY_MS = 500;
