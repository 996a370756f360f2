import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { sweepPersonalData } from '../services/privacy-sweep';
import { runReminders } from '../services/reminders';
import { RemindersConfig, readConfig } from './config';
import { CORRELATION_PATHS, loggerFor, storeFor, TIMEOUT_EARLY_MS } from './wiring';

const config = readConfig(RemindersConfig);
const logger = loggerFor('reminders');
const deps = { store: storeFor(config.TABLE_NAME), now: () => new Date() };

/** Runs on an EventBridge schedule (reminders, then the retention sweep); a failure is retried and then lands in the dead-letter queue. */
export const handler = middy(
  async () => {
    const run = await runReminders(deps);
    logger.info('reminders queued', { ...run });
    // Then the retention sweep: names and e-mail addresses of chains closed longer than retention go.
    const swept = await sweepPersonalData(deps);
    logger.info('personal data swept', { ...swept });
    return { ...run, swept };
  },
  { timeoutEarlyInMillis: TIMEOUT_EARLY_MS },
).use(injectLambdaContext(logger, { correlationIdPath: CORRELATION_PATHS.reminders, resetKeys: true }));
