import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The floor the API bundle's cold start is measured against: what any hono API on DynamoDB
 * loads (hono, its Lambda adapter, the DynamoDB document client, built at import), doing nothing
 * else. `/api/health` answers without the table; `/api/items` reads it once, the query the API's
 * list of assessments sends, so a route that reads data has its own floor. The benchmark points
 * the client at DynamoDB Local when `DYNAMODB_ENDPOINT` is set.
 */
const endpoint = process.env.DYNAMODB_ENDPOINT;
const documents = DynamoDBDocumentClient.from(
  new DynamoDBClient(
    endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {},
  ),
);

export const handler = handle(
  new Hono()
    .get('/api/health', (c) => c.json({ status: 'ok', client: typeof documents.send }))
    .get('/api/items', async (c) => {
      const out = await documents.send(
        new QueryCommand({
          TableName: process.env.TABLE_NAME,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': 'ORG#org-bench01', ':prefix': 'ASSESSMENT#' },
          Limit: 20,
          ScanIndexForward: false,
        }),
      );
      return c.json({ items: out.Items ?? [] });
    }),
);
