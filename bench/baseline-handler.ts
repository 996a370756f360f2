import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The floor the API bundle's cold import is measured against: what any hono API on DynamoDB
 * loads (hono, its Lambda adapter, the DynamoDB document client), doing nothing else.
 */
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = handle(
  new Hono().get('/api/health', (c) => c.json({ status: 'ok', client: typeof documents.send })),
);
