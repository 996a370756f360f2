import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DAILY_JOB_STORE_METHODS } from '../../functions/services/privacy-sweep';
import { type AppFunction, appFunction, deadLetterQueue } from './app-function';

export interface RemindersProps {
  table: Table;
  entry: string;
}

/** A daily job that queues reminders for stakeholders who have not submitted, then erases personal data past its retention; failed runs land in a dead-letter queue. */
export class Reminders extends Construct {
  readonly fn: AppFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this);
    this.fn = appFunction(this, {
      entry: props.entry,
      service: 'reminders',
      memorySize: 512,
      timeout: Duration.minutes(5),
      table: props.table,
      storeMethods: DAILY_JOB_STORE_METHODS,
    });
    new Rule(this, 'Daily', {
      schedule: Schedule.cron({ minute: '0', hour: '8' }),
      targets: [
        new LambdaFunction(this.fn, {
          deadLetterQueue: this.deadLetters,
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });
  }
}
