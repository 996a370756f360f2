import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
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
import { assessment, NOW, stakeholder } from '../../support/store-records';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new DynamoStore(ddb as unknown as DynamoDBDocumentClient, 'table');

beforeEach(() => ddb.reset());

const submitted = { ...stakeholder, name: 'Ann', submittedAt: NOW, deviceKeyHash: 'd1', version: 3 };
const retired = {
  id: 'r1',
  assessmentId: 'a1',
  stakeholderId: 's1',
  role: 'executive' as const,
  answers: {},
  expectations: [],
  submittedAt: NOW,
};

describe('the store’s personal data lifecycle', () => {
  it('indexes a closed assessment as CLOSED by its closing time, and a reopened one as open again', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: assessment });
    await store.updateAssessment(assessment, { status: 'closed', closedAt: NOW }, NOW);
    const close = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(Object.values(close?.ExpressionAttributeValues ?? {})).toEqual(
      expect.arrayContaining(['CLOSED', `${NOW}#a1`]),
    );
    const closed = { ...assessment, status: 'closed' as const, closedAt: NOW, personalDataErasedAt: NOW };
    await store.updateAssessment(closed, { clientName: 'renamed' }, NOW);
    // Erased already: an edit does not put it back on the index the sweep reads.
    expect(ddb.commandCalls(UpdateCommand)[1]?.args[0].input.UpdateExpression).toMatch(/REMOVE #n\d+, #n\d+/);
  });

  it('reads closed assessments from the sparse index before a cutoff, never by scanning', async () => {
    ddb.on(QueryCommand).resolves({ Items: [{ ...assessment, pk: 'ORG#acme', sk: 'ASSESSMENT#a1' }] });
    const page = await store.listClosedAssessments(NOW, 50);
    expect(page.items).toEqual([assessment]);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :closed AND gsi1sk < :before',
      ExpressionAttributeValues: { ':closed': 'CLOSED', ':before': NOW },
      Limit: 50,
    });
  });

  it('keeps the retention beside the organisation: one GetItem, one PutItem', async () => {
    ddb
      .on(GetCommand)
      .resolves({ Item: { pk: 'ORG#acme', sk: 'PRIVACY', orgId: 'acme', retentionDays: 60 } });
    ddb.on(PutCommand).resolves({});
    expect(await store.getPrivacySettings('acme')).toEqual({ orgId: 'acme', retentionDays: 60 });
    await store.putPrivacySettings({ orgId: 'acme', retentionDays: 60, updatedAt: NOW, updatedBy: 'c' });
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input.Item).toMatchObject({
      pk: 'ORG#acme',
      sk: 'PRIVACY',
      retentionDays: 60,
    });
  });

  it('erases a stakeholder in one transaction whatever the status: counts, the person, the invite, the retired copy', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    const erased = await store.eraseStakeholder(submitted, retired, NOW);
    expect(erased).toMatchObject({
      name: null,
      email: null,
      status: 'removed',
      submittedAt: null,
      counted: true,
    });
    const items = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
    expect(items.map((i) => Object.keys(i)[0])).toEqual(['Update', 'Update', 'Delete', 'Put']);
    // The assessment's side moves the live count only, and does not require it to be open.
    expect(items[0]?.Update?.ConditionExpression).toBe('attribute_exists(pk)');
    expect(items[1]?.Update?.UpdateExpression).toMatch(/#name = :null, email = :null/);
    expect(items[1]?.Update?.ConditionExpression).toBe(
      'attribute_exists(pk) AND version = :version AND #status = :status',
    );
    expect(items[3]?.Put?.Item).toMatchObject({ pk: 'ASMT#a1', sk: 'SUBMISSION#r1', stakeholderId: 's1' });
  });

  it('refuses an erasure as a conflict when the stakeholder changed meanwhile', async () => {
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }],
      }),
    );
    const refusal = await store.eraseStakeholder(submitted, retired, NOW).catch((e) => e);
    expect(refusal).toBeInstanceOf(StoreError);
    expect((refusal as StoreError).reason).toBe('version-conflict');
  });

  it('erases a closed assessment’s names and addresses, then takes it off the closed index', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1', id: 's1', name: 'Ann', email: 'ann@client.test' },
        { pk: 'ASMT#a1', sk: 'STAKEHOLDER#s2', id: 's2', name: null, email: null },
      ],
    });
    ddb.on(UpdateCommand).resolves({});
    const closed = { ...assessment, status: 'closed' as const, closedAt: NOW };
    expect(await store.erasePersonalData(closed, NOW)).toEqual({
      stakeholderIds: ['s1', 's2'],
      emails: ['ann@client.test'],
    });
    const updates = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input);
    // s2 holds nothing: one UpdateItem for s1, one for the assessment.
    expect(updates).toHaveLength(2);
    expect(updates[0]?.Key).toEqual({ pk: 'ASMT#a1', sk: 'STAKEHOLDER#s1' });
    expect(updates[1]).toMatchObject({
      Key: { pk: 'ORG#acme', sk: 'ASSESSMENT#a1' },
      UpdateExpression: 'SET personalDataErasedAt = :now REMOVE gsi1pk, gsi1sk',
      ConditionExpression: '#status = :closed AND closedAt = :closedAt',
    });
  });

  it('scrubs mail from a time on: invitations lose address, text and link; reminders the erased address', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        {
          pk: 'ORG#acme',
          sk: `MAIL#${NOW}#m1`,
          stakeholderId: 's1',
          to: 'ann@client.test',
          body: 'Dear Ann',
        },
        {
          pk: 'ORG#acme',
          sk: `MAIL#${NOW}#m2`,
          stakeholderId: null,
          to: 'everyone',
          recipients: ['Ann@client.test', 'bob@client.test'],
        },
        { pk: 'ORG#acme', sk: `MAIL#${NOW}#m3`, stakeholderId: 's9', to: 'eve@client.test' },
      ],
    });
    ddb.on(UpdateCommand).resolves({});
    expect(await store.scrubMail('acme', { stakeholderIds: ['s1'], emails: ['ann@client.test'] }, NOW)).toBe(
      2,
    );
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': 'ORG#acme', ':from': `MAIL#${NOW}` },
    });
    const [invitation, reminder] = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input);
    expect(invitation).toMatchObject({
      UpdateExpression: 'SET #to = :erased, body = :erased REMOVE link, recipients, gsi1pk, gsi1sk',
      ExpressionAttributeValues: { ':erased': '(erased)' },
    });
    expect(reminder?.ExpressionAttributeValues).toEqual({ ':keep': ['bob@client.test'] });
  });

  it('records an access with one PutItem in the assessment’s partition, kept two years, and lists newest first', async () => {
    ddb.on(PutCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    await store.recordAccess({
      id: 'e1',
      assessmentId: 'a1',
      at: NOW,
      actor: 'c@acme.test',
      action: 'exported',
      detail: 'scores.csv',
    });
    const item = ddb.commandCalls(PutCommand)[0]?.args[0].input.Item as Record<string, unknown>;
    expect(item).toMatchObject({ pk: 'ASMT#a1', sk: `ACCESS#${NOW}#e1`, action: 'exported' });
    const years = ((item.expiresAt as number) - Date.parse(NOW) / 1000) / (365 * 86_400);
    expect(Math.round(years)).toBe(2);
    await store.listAccessLog('a1', 200);
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      ExpressionAttributeValues: { ':pk': 'ASMT#a1', ':prefix': 'ACCESS#' },
      ScanIndexForward: false,
      Limit: 200,
    });
  });
});
