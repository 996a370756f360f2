import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverMail, type MailTransport } from '../services/mail';
import type { Store } from '../store/port';
import type { MailRecord } from '../store/records';

export interface MailStreamDeps {
  store: Pick<Store, 'markMailSent'>;
  transport: MailTransport;
  now: () => Date;
  onFailure?: (error: unknown, mailId: string) => void;
  /** Called as each record is taken up, with its stream event id (the log's correlation id). */
  onRecord?: (eventId: string | undefined) => void;
}

/**
 * Sends the mail items a batch of table stream records inserted. A failed send is reported as a
 * batch item failure: Lambda retries from that record, and after its last attempt the batch's
 * description lands in the dead-letter queue (the mail itself stays queued in the table).
 */
export const sendStreamedMail = async (
  deps: MailStreamDeps,
  event: DynamoDBStreamEvent,
): Promise<DynamoDBBatchResponse> => {
  for (const record of event.Records) {
    deps.onRecord?.(record.eventID);
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (typeof item.sk !== 'string' || !item.sk.startsWith('MAIL#')) continue;
    try {
      await deliverMail(deps, item as MailRecord);
    } catch (error) {
      deps.onFailure?.(error, String(item.id));
      // Records after a failed one are retried with it, in order.
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
};
