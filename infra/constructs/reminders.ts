import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BUNDLING } from './bundling';
import { functionRole } from './function-role';

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
    const logGroup = new LogGroup(this, 'FunctionLogs', { retention: RetentionDays.THREE_MONTHS });
    const role = functionRole(this, 'Role', {
      table: props.table,
      logGroup,
      sesIdentityArn: props.sesIdentityArn,
    });
    this.fn = new NodejsFunction(this, 'Function', {
      role,
      entry: props.entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.minutes(5),
      bundling: BUNDLING,
      logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        MAIL_FROM: props.mailFrom,
        ...(props.publicUrl ? { PUBLIC_URL: props.publicUrl } : {}),
        NODE_OPTIONS: '--enable-source-maps',
      },
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
