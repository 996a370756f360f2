import { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createDynamoClient } from '../store/client';
import { type AllOf, compose } from '../store/dynamo/compose';

/**
 * The document client a function's store sends through, built once per container and shared by
 * every invocation. The API composes the whole DynamoStore over it (in its handler, so the jobs'
 * bundles do not carry every part); a job composes only its own parts (`jobStoreFor`).
 */
export const documentClient = () =>
  createDocumentClient(
    createDynamoClient(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
  );

/**
 * A job's store: only the parts that own the methods it calls (its handler's dependencies are typed
 * by those methods, so a part left out does not compile), so its bundle carries no other
 * aggregate's requests. Every part still sends through the one client.
 */
export const jobStoreFor = <Parts extends readonly object[]>(
  tableName: string,
  partsOver: (db: DynamoDBDocumentClient, tableName: string) => Parts,
): AllOf<Parts> => compose(partsOver(documentClient(), tableName));

/**
 * Finds a correlation id in an event by path: property names and list indexes, as in
 * `requestContext.requestId` or `Records[0].eventID` (the part of JMESPath the functions use, so
 * no query engine ships in their bundles). Only a non-empty string counts.
 */
export const correlationIdAt = (expression: string, event: unknown): string | undefined => {
  let value: unknown = event;
  for (const key of expression.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** Where each function finds its correlation id in the event that invokes it. */
export const CORRELATION_PATHS = {
  /** API Gateway's request id (the access log's `$context.requestId`). */
  api: 'requestContext.requestId',
  /** The first stream record's event id; each record's own id replaces it while it is handled. */
  mailer: 'Records[0].eventID',
  /** The EventBridge event's id. */
  reminders: 'id',
} as const;

/**
 * Powertools' structured logger; the level comes from POWERTOOLS_LOG_LEVEL. With its middy
 * middleware and a `correlationIdPath`, every line carries `correlation_id`. Nothing the product
 * logs carries a raw path, a token, an answer or a note: routes are logged by their template.
 */
export const loggerFor = (serviceName: string) =>
  new Logger({ serviceName, correlationIdSearchFn: correlationIdAt });

/** Middy ends an invocation this long before Lambda would, so the cut is logged and answered. */
export const TIMEOUT_EARLY_MS = 500;
