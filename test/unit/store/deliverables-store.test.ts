import {
  DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoStore } from '../../../functions/store/dynamo-store';

const ddb = mockClient(DynamoDBDocumentClient);
const store = new DynamoStore(ddb as unknown as DynamoDBDocumentClient, 'table');
const NOW = '2026-11-22T00:00:00.000Z';
const link = {
  id: 'l1',
  orgId: 'acme',
  assessmentId: 'a1',
  tokenHash: 'h1',
  label: null,
  createdBy: 'c',
  createdAt: NOW,
  expiresOn: '2026-12-22T00:00:00.000Z',
  revokedAt: null,
  views: 0,
  lastViewedAt: null,
};
const contribution = {
  industry: 'energy',
  sizeBand: '250-999',
  bins: { standards: 4 },
  tenant: 'f00d',
  epoch: 0,
} as const;

beforeEach(() => ddb.reset());

describe('the deliverables store', () => {
  it('uses only keyed reads, one-page queries and small writes: no Scan', async () => {
    ddb.onAnyCommand().resolves({});
    ddb.on(UpdateCommand).resolves({ Attributes: { assessmentId: 'a1' } });
    await store.createShareLink(link);
    await store.listShareLinks('a1');
    await store.getShareLink('a1', 'l1');
    await store.revokeShareLink(link, NOW);
    await store.findShareLink('h1');
    await store.recordShareView('a1', 'l1', 'h1', NOW);
    await store.getBranding('acme');
    await store.putBranding({ orgId: 'acme', firmName: 'F', accent: '#000000', logo: null, updatedAt: NOW });
    await store.getTargets('a1');
    await store.putTargets({
      assessmentId: 'a1',
      dimensions: {},
      date: null,
      updatedAt: NOW,
      updatedBy: 'c',
    });
    await store.getBenchmarkConsent('a1');
    await store.saveBenchmarkConsent({
      assessmentId: 'a1',
      consent: true,
      industry: 'energy',
      sizeBand: '250-999',
      updatedAt: NOW,
    });
    await store.contributeToBenchmark('a1', contribution);
    await store.withdrawFromBenchmark('a1', contribution, 0);
    await store.getBenchmarkCell('energy', '250-999');
    await store.publishBenchmark('energy', '250-999', { epoch: 0, rev: 5 }, [
      { tenant: 'f00d', live: { contributions: 5, histograms: { standards: { 4: 5 } } } },
    ]);
    await store.addBenchmarkPeer('energy', '250-999', 'f00d', { standards: 3 });
    const used = new Set(ddb.calls().map((c) => c.args[0].constructor.name));
    expect([...used].sort()).toEqual([
      'GetCommand',
      'PutCommand',
      'QueryCommand',
      'TransactWriteCommand',
      'UpdateCommand',
    ]);
  });

  it('writes counts only to a benchmark cell: the tenant item is keyed by a hash, no name or id', async () => {
    ddb.onAnyCommand().resolves({});
    await store.contributeToBenchmark('a1', contribution);
    const items = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
    const share = items[1]?.Update;
    expect(share?.Key).toEqual({ pk: 'BENCH#energy#250-999', sk: 'TENANT#f00d' });
    expect(share?.UpdateExpression).toBe('ADD #n :d, #p :p, #h0 :d');
    expect(JSON.stringify(share)).not.toMatch(/a1|acme/);
    const cell = items[2]?.Update;
    expect(cell?.Key).toEqual({ pk: 'BENCH#energy#250-999', sk: 'CELL' });
    expect(cell?.UpdateExpression).toBe('ADD #r :one');
  });

  it('withdraws a never-published contribution as a cancelled pending change, a published one as a new one', async () => {
    ddb.onAnyCommand().resolves({});
    await store.withdrawFromBenchmark('a1', contribution, 0);
    await store.withdrawFromBenchmark('a1', contribution, 1);
    const [same, later] = ddb
      .commandCalls(TransactWriteCommand)
      .map((c) => c.args[0].input.TransactItems?.[1]?.Update?.ExpressionAttributeValues);
    expect(same).toEqual({ ':d': -1, ':p': -1 });
    expect(later).toEqual({ ':d': -1, ':p': 1 });
  });

  it('reads a cell back as its fold count and each tenant share, live and published', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: 'BENCH#energy#250-999', sk: 'CELL', epoch: 2, rev: 9 },
        {
          pk: 'BENCH#energy#250-999',
          sk: 'TENANT#f00d',
          n: 6,
          pending: 1,
          'h:standards:4': 2,
          'h:standards:8': 4,
          published: { contributions: 5, histograms: { standards: { '4': 1, '8': 4 } } },
        },
      ],
    });
    expect(await store.getBenchmarkCell('energy', '250-999')).toEqual({
      epoch: 2,
      rev: 9,
      tenants: [
        {
          tenant: 'f00d',
          live: { contributions: 6, histograms: { standards: { 4: 2, 8: 4 } } },
          published: { contributions: 5, histograms: { standards: { 4: 1, 8: 4 } } },
          pending: 1,
        },
      ],
    });
  });
});
