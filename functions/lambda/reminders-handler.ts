import middy from '@middy/core';
import { runReminders } from '../services/reminders';
import { readConfig } from './config';
import { structuredLogging, timeoutWarning } from './middlewares';
import { wire } from './wiring';

const deps = wire(readConfig());

/** Runs on an EventBridge schedule; a failure is retried and then lands in the dead-letter queue. */
export const handler = middy(async () => runReminders(deps))
  .use(structuredLogging('reminders'))
  .use(timeoutWarning());
