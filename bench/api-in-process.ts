import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { createApp } from '../functions/api/app';
import { QUESTIONNAIRE } from '../functions/core';
import { DynamoStore } from '../functions/store/dynamo-store';
import { CONTEXT, fullAnswers, prng, roleOf } from './fixtures';
import { ms, percentile, table, timeCalls } from './stats';

/** The app through `app.request()`: quick check, and results over 30 stakeholders from a mocked DynamoDB. */
export const benchApiInProcess = async () => {
  const random = prng(11);
  const ddb = mockClient(DynamoDBDocumentClient);
  const now = '2026-11-21T10:00:00.000Z';
  ddb.on(GetCommand).resolves({
    Item: {
      id: 'a1',
      orgId: 'org',
      clientName: 'Bench',
      context: CONTEXT,
      status: 'open',
      dueDate: null,
      baselineId: null,
      questionnaireVersion: QUESTIONNAIRE.version,
      minGroupSize: 3,
      createdBy: 'b',
      createdAt: now,
      updatedAt: now,
      version: 1,
    },
  });
  ddb.on(QueryCommand).resolves({
    Items: Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`,
      assessmentId: 'a1',
      orgId: 'org',
      role: roleOf(i),
      name: null,
      email: null,
      pseudonym: `S-${i}`,
      status: 'active',
      tokenHash: 'h',
      answers: fullAnswers(random),
      notes: {},
      expectations: ['standards'],
      version: 2,
      lastRequestId: null,
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
      lastRemindedAt: null,
    })),
  });
  const app = createApp({
    questionnaire: QUESTIONNAIRE,
    workspace: {
      store: new DynamoStore(ddb as unknown as DynamoDBDocumentClient, 'bench'),
      auth: { resolve: async () => ({ consultant: 'bench', orgId: 'org', organisation: 'Org' }) },
      now: () => new Date(now),
      defaultMinGroupSize: 3,
    },
  });
  const quickBody = JSON.stringify({ context: CONTEXT, answers: fullAnswers(random) });
  const quick = await timeCalls(
    async () =>
      (
        await app.request('/api/quick-check', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: quickBody,
        })
      ).text(),
    2000,
  );
  const results = await timeCalls(
    async () => (await app.request('/api/assessments/a1/results')).text(),
    1000,
  );
  ddb.restore();
  return [
    '### API in process (`app.request`)',
    table(
      ['route', 'p50', 'p99'],
      [
        ['POST /api/quick-check', ms(percentile(quick, 50)), ms(percentile(quick, 99))],
        [
          'GET /api/assessments/{id}/results (30 stakeholders, mocked store)',
          ms(percentile(results, 50)),
          ms(percentile(results, 99)),
        ],
      ],
    ),
  ].join('\n\n');
};
