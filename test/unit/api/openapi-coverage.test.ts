import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/api/app';
import { buildOpenApi } from '../../../functions/api/openapi';
import { QUESTIONNAIRE } from '../../../functions/core';
import { DynamoStore } from '../../../functions/store/dynamo-store';

describe('the OpenAPI document', () => {
  it('describes every route the app serves, and nothing it does not', () => {
    const ddb = mockClient(DynamoDBDocumentClient);
    const app = createApp({
      questionnaire: QUESTIONNAIRE,
      workspace: {
        store: new DynamoStore(ddb as unknown as DynamoDBDocumentClient, 't'),
        auth: { resolve: async () => null },
        mailer: { send: async () => {} },
        now: () => new Date(),
        defaultMinGroupSize: 3,
        localSignIn: async () => 'token',
      },
    });
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
        .map((r) => r.replace('{file}', 'answers.csv')),
    );
    const doc = buildOpenApi();
    const documented = new Set(
      Object.entries(doc.paths)
        .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
        .filter((r) => !/export\/(scores\.csv|results\.json)$/.test(r)),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    ddb.restore();
  });
});
