import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  /** A DynamoDB Local (or other) endpoint; unset in AWS. */
  endpoint?: string;
  region?: string;
}

/** The one place a DynamoDB client is built. Locally it talks to DynamoDB Local with dummy credentials. */
export const createDynamoClient = (options: ClientOptions = {}): DynamoDBClient =>
  new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? 'eu-west-1',
    ...(options.endpoint
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 3,
  });

export const createDocumentClient = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
