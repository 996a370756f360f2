import {
  DynamoDBDocumentClient,
  GetCommand,
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
const contribution = { industry: 'energy', sizeBand: '250-999', bins: { standards: 4 } } as const;

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
    await store.withdrawFromBenchmark('a1', contribution);
    await store.getBenchmarkCell('energy', '250-999');
    await store.addBenchmarkPeer('energy', '250-999', { standards: 3 });
    const used = new Set(ddb.calls().map((c) => c.args[0].constructor.name));
    expect([...used].sort()).toEqual([
      'GetCommand',
      'PutCommand',
      'QueryCommand',
      'TransactWriteCommand',
      'UpdateCommand',
    ]);
  });

  it('writes counts only to a benchmark cell: no name, no assessment or organisation id', async () => {
    ddb.onAnyCommand().resolves({});
    await store.contributeToBenchmark('a1', contribution);
    const items = ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? [];
    const cell = items[1]?.Update;
    expect(cell?.Key).toEqual({ pk: 'BENCH#energy#250-999', sk: 'CELL' });
    expect(cell?.UpdateExpression).toBe('ADD #n :d, #h0 :d');
    expect(JSON.stringify(cell)).not.toMatch(/a1|acme/);
  });

  it('reads a cell back as a count and per-dimension histograms', async () => {
    ddb.on(GetCommand).resolves({
      Item: {
        pk: 'BENCH#energy#250-999',
        sk: 'CELL',
        organisations: 6,
        'h:standards:4': 2,
        'h:standards:8': 4,
      },
    });
    expect(await store.getBenchmarkCell('energy', '250-999')).toEqual({
      organisations: 6,
      histograms: { standards: { 4: 2, 8: 4 } },
    });
  });
});
