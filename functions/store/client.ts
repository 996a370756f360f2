import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  /** A DynamoDB Local (or other) endpoint; unset in AWS. */
  endpoint?: string;
  region?: string;
  /**
   * DynamoDB Local keeps one database per access key (it runs without `-sharedDb`), so the key
   * is what keeps a local installation's data apart from any other client of the emulator.
   */
  accessKeyId?: string;
}

/** The one place a DynamoDB client is built. Locally it talks to DynamoDB Local with the installation's key. */
export const createDynamoClient = (options: ClientOptions = {}): DynamoDBClient =>
  new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? 'eu-west-1',
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          credentials: { accessKeyId: options.accessKeyId ?? 'local', secretAccessKey: 'local' },
        }
      : {}),
    maxAttempts: 3,
  });

export const createDocumentClient = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
