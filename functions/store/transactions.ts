import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';

export type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** Why DynamoDB cancelled a transaction, item by item; null when the error is not a cancellation. */
export const cancelReasons = (e: unknown): (string | undefined)[] | null =>
  e instanceof TransactionCanceledException ? (e.CancellationReasons ?? []).map((r) => r.Code) : null;

/**
 * Sends a transaction, retrying when DynamoDB cancels it only because another transaction
 * touched the same item at that moment (two autosaves of one response): nothing was written,
 * so trying again is safe. Other cancellations are the caller's to interpret.
 */
export const transact = async (
  db: DynamoDBDocumentClient,
  input: TransactWriteCommandInput,
  attempts = 5,
): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.send(new TransactWriteCommand(input));
      return;
    } catch (e) {
      const reasons = cancelReasons(e);
      const conflict =
        reasons?.includes('TransactionConflict') && !reasons.includes('ConditionalCheckFailed');
      if (!conflict || attempt >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));
    }
  }
};
