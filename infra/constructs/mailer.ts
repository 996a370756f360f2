import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { MAILER_STORE_METHODS } from '../../functions/services/mail';
import { type AppFunction, appFunction, deadLetterQueue } from './app-function';

export interface MailerProps {
  table: Table;
  entry: string;
  mailFrom: string;
  /** SES identity the mailer may send from (a domain or address verified in SES). */
  sesIdentityArn: string;
}

/** How often a failing batch of mail is retried before its description goes to the dead-letter queue. */
export const MAIL_RETRIES = 5;

/**
 * The transactional outbox's sender: the table's stream feeds it every mail item as it is
 * inserted; it sends with SES and marks the mail sent. A send that keeps failing is retried,
 * then described in a dead-letter queue (the mail itself stays queued in the table).
 */
export class Mailer extends Construct {
  readonly fn: AppFunction;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: MailerProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this);
    this.fn = appFunction(this, {
      entry: props.entry,
      service: 'mailer',
      memorySize: 256,
      timeout: Duration.seconds(30),
      table: props.table,
      storeMethods: MAILER_STORE_METHODS,
      environment: { MAIL_FROM: props.mailFrom },
    });
    this.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['ses:SendEmail'], resources: [props.sesIdentityArn] }),
    );
    this.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: MAIL_RETRIES,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(this.deadLetters),
        // Only new mail items wake the mailer: answers and assessments never invoke it.
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual('INSERT'),
            dynamodb: { NewImage: { sk: { S: FilterRule.beginsWith('MAIL#') } } },
          }),
        ],
      }),
    );
  }
}
