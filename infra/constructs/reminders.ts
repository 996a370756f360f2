import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { appFunction } from './app-function';

export interface RemindersProps {
  table: Table;
  mailFrom: string;
  sesIdentityArn: string;
  publicUrl: string;
  entry: string;
}

/** A daily job that reminds stakeholders who have not submitted; failed runs land in a dead-letter queue. */
export class Reminders extends Construct {
  readonly fn: NodejsFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: RemindersProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.fn = appFunction(this, {
      entry: props.entry,
      memorySize: 512,
      timeout: Duration.minutes(5),
      table: props.table,
      mailFrom: props.mailFrom,
      sesIdentityArn: props.sesIdentityArn,
      publicUrl: props.publicUrl,
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
