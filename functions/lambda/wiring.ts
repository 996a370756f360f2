import { Logger } from '@aws-lambda-powertools/logger';
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
