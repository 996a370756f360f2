import middy from '@middy/core';
import { readConfig } from '../lambda/config';
import { structuredLogging, timeoutWarning } from '../lambda/middlewares';
import { wire } from '../lambda/wiring';
import { runReminders } from './run-reminders';

const deps = wire(readConfig());

/** Runs on an EventBridge schedule; a failure is retried and then lands in the dead-letter queue. */
export const handler = middy(async () => runReminders(deps))
  .use(structuredLogging('reminders'))
  .use(timeoutWarning());
