import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { sweepPersonalData } from '../services/privacy-sweep';
import { runReminders } from '../services/reminders';
import { Assessments } from '../store/dynamo/assessments';
import { Mail } from '../store/dynamo/mail';
import { Organisations } from '../store/dynamo/organisations';
import { Privacy } from '../store/dynamo/privacy';
import { Stakeholders } from '../store/dynamo/stakeholders';
import { RemindersConfig, readConfig } from './config';
import { jobStoreFor } from './dynamo';
import { CORRELATION_PATHS, loggerFor, TIMEOUT_EARLY_MS } from './wiring';

const config = readConfig(RemindersConfig);
const logger = loggerFor('reminders');
/** The parts that own the daily job's methods (DAILY_JOB_STORE_METHODS): reminders, then the retention sweep. */
const store = jobStoreFor(
  config.TABLE_NAME,
  (db, table) =>
    [
      new Assessments(db, table),
      new Stakeholders(db, table),
      new Mail(db, table),
      new Organisations(db, table),
      new Privacy(db, table),
    ] as const,
);
const deps = { store, now: () => new Date() };

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
