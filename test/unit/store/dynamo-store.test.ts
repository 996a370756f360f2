import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoStore } from '../../../functions/store/dynamo-store';
import { StoreError } from '../../../functions/store/port';
import type { AssessmentRecord, StakeholderRecord } from '../../../functions/store/records';
import {
  assessment as baseAssessment,
  stakeholder as baseStakeholder,
  NOW,
} from '../../support/store-records';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new DynamoStore(ddb as unknown as DynamoDBDocumentClient, 'table');
const assessment: AssessmentRecord = { ...baseAssessment, dueDate: '2026-12-01' };
const stakeholder: StakeholderRecord = {
  ...baseStakeholder,
  email: null,
  answers: { 'std-method': 3 },
  version: 4,
  lastRequestId: 'req-1',
};

beforeEach(() => ddb.reset());

/** What a consistent BatchGet of a response returns: the assessment and the stakeholder items. */
const responseBatch = (overrides: Partial<StakeholderRecord> = {}) => ({
  Responses: {
    table: [
      { ...assessment, pk: 'ORG#acme', sk: 'ASSESSMENT#a1' },
      { ...stakeholder, ...overrides, pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' },
    ],
  },
});

describe('DynamoStore', () => {
  it('creates an assessment under its organisation, indexed as open, only if new', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    // Act
    await store.createAssessment(assessment);
    // Assess
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'table',
      Item: { ...assessment, pk: 'ORG#acme', sk: 'ASSESSMENT#a1', gsi1pk: 'OPEN', gsi1sk: '2026-12-01#a1' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('reads an assessment by organisation and id with a consistent GetItem', async () => {
    ddb
      .on(GetCommand)
      .resolves({ Item: { ...assessment, pk: 'ORG#acme', sk: 'ASSESSMENT#a1', gsi1pk: 'OPEN' } });
    expect(await store.getAssessment('acme', 'a1')).toEqual(assessment);
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toEqual({
      TableName: 'table',
      Key: { pk: 'ORG#acme', sk: 'ASSESSMENT#a1' },
      ConsistentRead: true,
    });
  });

  it('saves answers as attribute-level SETs inside a transaction that checks the assessment is open', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    ddb.on(BatchGetCommand).resolves(responseBatch({ version: 5 }));
    const saved = await store.saveResponse(
      'acme',
      'a1',
      's1',
      { answers: { 'std-method': 4, 'gov-roles': null }, expectedVersion: 4 },
      NOW,
    );
    expect(saved).toEqual({ assessment, stakeholder: { ...stakeholder, version: 5 }, firmName: null });
    expect(ddb.commandCalls(BatchGetCommand)[0]?.args[0].input).toEqual({
      RequestItems: {
        table: {
          Keys: [
            { pk: 'ORG#acme', sk: 'ASSESSMENT#a1' },
            { pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' },
            { pk: 'ORG#acme', sk: 'BRANDING' },
          ],
          ConsistentRead: true,
        },
      },
    });
    const input = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input;
    expect(input?.TransactItems?.[0]).toEqual({
      ConditionCheck: {
        TableName: 'table',
        Key: { pk: 'ORG#acme', sk: 'ASSESSMENT#a1' },
        ConditionExpression: '#status = :open',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':open': 'open' },
      },
    });
    expect(input?.TransactItems?.[1]).toEqual({
      Update: {
        TableName: 'table',
        Key: { pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' },
        UpdateExpression: 'SET #n0.#n1 = :v2, #n4 = :v5, #n6 = #n6 + :v7 REMOVE #n0.#n3',
        // Also: a submission is final, and an unbound link is written only by the save that binds it.
        ConditionExpression:
          'attribute_exists(pk) AND #n8 = :v9 AND #n6 = :v10 AND (attribute_not_exists(#n11) OR attribute_type(#n11, :v12)) AND (attribute_not_exists(#n13) OR attribute_type(#n13, :v14))',
        ExpressionAttributeNames: {
          '#n0': 'answers',
          '#n1': 'std-method',
          '#n3': 'gov-roles',
          '#n4': 'updatedAt',
          '#n6': 'version',
          '#n8': 'status',
          '#n11': 'submittedAt',
          '#n13': 'deviceKeyHash',
        },
        ExpressionAttributeValues: {
          ':v2': 4,
          ':v5': NOW,
          ':v7': 1,
          ':v9': 'active',
          ':v10': 4,
          ':v12': 'NULL',
          ':v14': 'NULL',
        },
      },
    });
  });

  it('acknowledges a retried save whose request already went through', async () => {
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }],
      }),
    );
    ddb.on(BatchGetCommand).resolves(responseBatch());
    const saved = await store.saveResponse(
      'acme',
      'a1',
      's1',
      { answers: { 'std-method': 3 }, expectedVersion: 3, requestId: 'req-1' },
      NOW,
    );
    expect(saved.stakeholder.version).toBe(4);
  });

  it('refuses a stale version with the current state, and a closed assessment as closed', async () => {
    const cancelled = (codes: string[]) =>
      new TransactionCanceledException({
        message: 'x',
        $metadata: {},
        CancellationReasons: codes.map((Code) => ({ Code })),
      });
    ddb.on(TransactWriteCommand).rejects(cancelled(['None', 'ConditionalCheckFailed']));
    ddb.on(BatchGetCommand).resolves(responseBatch());
    await expect(
      store.saveResponse('acme', 'a1', 's1', { expectedVersion: 2, requestId: 'req-2' }, NOW),
    ).rejects.toMatchObject({
      reason: 'version-conflict',
    });
    // A save made with a token that is no longer the stakeholder's reads as revoked.
    await expect(
      store.saveResponse('acme', 'a1', 's1', { tokenHash: 'old-hash' }, NOW),
    ).rejects.toMatchObject({
      reason: 'revoked',
    });
    ddb.on(TransactWriteCommand).rejects(cancelled(['ConditionalCheckFailed', 'None']));
    ddb.on(GetCommand).resolves({ Item: { ...assessment, status: 'closed' } });
    await expect(store.saveResponse('acme', 'a1', 's1', {}, NOW)).rejects.toBeInstanceOf(StoreError);
    await expect(store.saveResponse('acme', 'a1', 's1', {}, NOW)).rejects.toMatchObject({ reason: 'closed' });
  });

  it('retries a transaction cancelled only by a concurrent one on the same item', async () => {
    const conflict = new TransactionCanceledException({
      message: 'conflict',
      $metadata: {},
      CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
    });
    ddb.on(TransactWriteCommand).rejectsOnce(conflict).resolves({});
    ddb.on(BatchGetCommand).resolves(responseBatch({ version: 5 }));
    const saved = await store.saveResponse('acme', 'a1', 's1', { answers: { 'std-method': 2 } }, NOW);
    expect(saved.stakeholder.version).toBe(5);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('takes the assessment out of the open index when it closes', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { ...assessment, status: 'closed', version: 2 } });
    await store.updateAssessment(assessment, { status: 'closed' }, NOW);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.UpdateExpression).toBe('SET #n0 = :v1, #n2 = :v3, #n4 = #n4 + :v5 REMOVE #n6, #n7');
    expect(input?.ExpressionAttributeNames).toMatchObject({
      '#n0': 'status',
      '#n6': 'gsi1pk',
      '#n7': 'gsi1sk',
    });
    // It updates only if the status and due date it derived the index from still hold.
    expect(input?.ConditionExpression).toBe('attribute_exists(pk) AND #n0 = :v8 AND #n9 = :v10');
    expect(input?.ExpressionAttributeNames).toMatchObject({ '#n9': 'dueDate' });
    expect(input?.ExpressionAttributeValues).toMatchObject({ ':v8': 'open', ':v10': '2026-12-01' });
  });

  it('reads every page of stakeholders', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [{ ...stakeholder, pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' }],
        LastEvaluatedKey: { pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' },
      })
      .resolvesOnce({ Items: [{ ...stakeholder, id: 's2', pk: 'ASMT#a1', sk: 'STAKEHOLDER#s2' }] });
    const all = await store.listStakeholders('a1');
    expect(all.map((s) => s.id)).toEqual(['s1', 's2']);
    const calls = ddb.commandCalls(QueryCommand);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0].input.ExclusiveStartKey).toEqual({ pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' });
    expect(calls[0]?.args[0].input.KeyConditionExpression).toBe('pk = :pk AND begins_with(sk, :prefix)');
  });

  it('refuses a cursor that belongs to another organisation before asking DynamoDB', async () => {
    const foreign = Buffer.from(JSON.stringify({ pk: 'ORG#other', sk: 'ASSESSMENT#x' })).toString(
      'base64url',
    );
    await expect(store.listAssessments('acme', { limit: 10, cursor: foreign })).rejects.toMatchObject({
      reason: 'invalid-cursor',
    });
    expect(ddb.calls()).toHaveLength(0);
  });
});
