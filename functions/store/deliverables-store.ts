import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Industry, SizeBand } from '../contract/deliverables';
import type {
  BenchmarkCell,
  BenchmarkConsentRecord,
  BrandingRecord,
  ShareLinkRecord,
  ShareLookupRecord,
  TargetsRecord,
} from './deliverable-records';
import { StoreError } from './port';
import { keys } from './table';
import { cancelReasons, transact } from './transactions';

type Item = Record<string, unknown>;

/** Share links are kept this long after they expire (for the consultant's list), then TTL removes them. */
const SHARE_KEEP_SECONDS = 90 * 24 * 3600;
/** Most share links listed for one assessment (one Query page). */
export const MAX_SHARE_LINKS = 100;

export const deliverableKeys = {
  shareLink: (assessmentId: string, linkId: string) => ({
    pk: keys.assessmentPartition(assessmentId),
    sk: `SHARE#${linkId}`,
  }),
  shareLookup: (tokenHash: string) => ({ pk: `SHARE#${tokenHash}`, sk: 'SHARE' }),
  branding: (orgId: string) => ({ pk: keys.org(orgId), sk: 'BRANDING' }),
  targets: (assessmentId: string) => ({ pk: keys.assessmentPartition(assessmentId), sk: 'TARGETS' }),
  benchmarkConsent: (assessmentId: string) => ({
    pk: keys.assessmentPartition(assessmentId),
    sk: 'BENCHMARK',
  }),
  benchmarkCell: (industry: Industry, sizeBand: SizeBand) => ({
    pk: `BENCH#${industry}#${sizeBand}`,
    sk: 'CELL',
  }),
} as const;

const strip = <T>(item: Item | undefined): T | null => {
  if (!item) return null;
  const { pk: _pk, sk: _sk, expiresAt: _e, ...record } = item;
  return record as T;
};

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

const HISTOGRAM = /^h:([a-z][a-z-]*):(\d+)$/;

/** `ADD` of ±1 to the cell's organisation count and to one bin per dimension; counts only, no ids. */
const cellUpdate = (
  tableName: string,
  industry: Industry,
  sizeBand: SizeBand,
  bins: Record<string, number>,
  delta: 1 | -1,
) => {
  const names: Record<string, string> = { '#n': 'organisations' };
  const adds = ['#n :d'];
  Object.entries(bins).forEach(([dimension, bin], i) => {
    names[`#h${i}`] = `h:${dimension}:${bin}`;
    adds.push(`#h${i} :d`);
  });
  return {
    TableName: tableName,
    Key: deliverableKeys.benchmarkCell(industry, sizeBand),
    UpdateExpression: `ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':d': delta },
  };
};

/**
 * The DynamoDB side of share links, branding, targets and the benchmark. Every method is one
 * GetItem, PutItem, UpdateItem, one-page Query or a two-item transaction.
 */
export class DeliverablesStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  // ── Share links ──

  /** TransactWriteItems: Put the link and Put its token lookup, both only if new. */
  async createShareLink(link: ShareLinkRecord): Promise<void> {
    const ttl = epoch(link.expiresOn);
    const lookup: ShareLookupRecord = {
      tokenHash: link.tokenHash,
      orgId: link.orgId,
      assessmentId: link.assessmentId,
      linkId: link.id,
      expiresOn: link.expiresOn,
    };
    await transact(this.db, {
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...link,
              ...deliverableKeys.shareLink(link.assessmentId, link.id),
              expiresAt: ttl + SHARE_KEEP_SECONDS,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...lookup, ...deliverableKeys.shareLookup(link.tokenHash), expiresAt: ttl },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
  }

  /** One Query page (at most 100 links) of an assessment's share links, newest first. */
  async listShareLinks(assessmentId: string): Promise<ShareLinkRecord[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.assessmentPartition(assessmentId), ':prefix': 'SHARE#' },
        ScanIndexForward: false,
        Limit: MAX_SHARE_LINKS,
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((i) => strip<ShareLinkRecord>(i) as ShareLinkRecord);
  }

  async getShareLink(assessmentId: string, linkId: string): Promise<ShareLinkRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: deliverableKeys.shareLink(assessmentId, linkId),
        ConsistentRead: true,
      }),
    );
    return strip<ShareLinkRecord>(out.Item);
  }

  /** TransactWriteItems: mark the link revoked and Delete its token lookup, so the token resolves to nothing. */
  async revokeShareLink(link: ShareLinkRecord, now: string): Promise<void> {
    try {
      await transact(this.db, {
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: deliverableKeys.shareLink(link.assessmentId, link.id),
              UpdateExpression: 'SET revokedAt = :now',
              ConditionExpression: 'attribute_exists(pk) AND tokenHash = :hash',
              ExpressionAttributeValues: { ':now': now, ':hash': link.tokenHash },
            },
          },
          { Delete: { TableName: this.tableName, Key: deliverableKeys.shareLookup(link.tokenHash) } },
        ],
      });
    } catch (e) {
      if (cancelReasons(e)) throw new StoreError('not-found', 'Share link not found.');
      throw e;
    }
  }

  async findShareLink(tokenHash: string): Promise<ShareLookupRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: deliverableKeys.shareLookup(tokenHash),
        ConsistentRead: true,
      }),
    );
    return out.Item ? { ...(strip<ShareLookupRecord>(out.Item) as ShareLookupRecord), tokenHash } : null;
  }

  /** UpdateItem: counts a view; refused (`revoked`) when the link was revoked or replaced meanwhile. */
  async recordShareView(assessmentId: string, linkId: string, tokenHash: string, now: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: deliverableKeys.shareLink(assessmentId, linkId),
          UpdateExpression: 'ADD #views :one SET lastViewedAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND tokenHash = :hash AND attribute_type(revokedAt, :null)',
          ExpressionAttributeNames: { '#views': 'views' },
          ExpressionAttributeValues: { ':one': 1, ':now': now, ':hash': tokenHash, ':null': 'NULL' },
        }),
      );
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException')
        throw new StoreError('revoked', 'This share link was revoked.');
      throw e;
    }
  }

  // ── Branding ──

  async getBranding(orgId: string): Promise<BrandingRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: deliverableKeys.branding(orgId) }),
    );
    return strip<BrandingRecord>(out.Item);
  }

  async putBranding(record: BrandingRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...record, ...deliverableKeys.branding(record.orgId) },
      }),
    );
  }

  // ── Targets ──

  async getTargets(assessmentId: string): Promise<TargetsRecord | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: deliverableKeys.targets(assessmentId) }),
    );
    return strip<TargetsRecord>(out.Item);
  }

  async putTargets(record: TargetsRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...record, ...deliverableKeys.targets(record.assessmentId) },
      }),
    );
  }

  // ── Benchmark ──

  async getBenchmarkConsent(assessmentId: string): Promise<BenchmarkConsentRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: deliverableKeys.benchmarkConsent(assessmentId),
        ConsistentRead: true,
      }),
    );
    return strip<BenchmarkConsentRecord>(out.Item);
  }

  /** UpdateItem: records consent, industry and size band; leaves an existing contribution alone. */
  async saveBenchmarkConsent(
    record: Omit<BenchmarkConsentRecord, 'contribution'>,
  ): Promise<BenchmarkConsentRecord> {
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: deliverableKeys.benchmarkConsent(record.assessmentId),
        UpdateExpression:
          'SET assessmentId = :a, consent = :c, industry = :i, sizeBand = :s, updatedAt = :u, contribution = if_not_exists(contribution, :none)',
        ExpressionAttributeValues: {
          ':a': record.assessmentId,
          ':c': record.consent,
          ':i': record.industry,
          ':s': record.sizeBand,
          ':u': record.updatedAt,
          ':none': null,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return strip<BenchmarkConsentRecord>(out.Attributes) as BenchmarkConsentRecord;
  }

  /**
   * TransactWriteItems: remembers the contribution on the consent (only if none is recorded) and
   * adds it to the cell's counts, so an assessment contributes exactly once.
   */
  async contributeToBenchmark(
    assessmentId: string,
    contribution: NonNullable<BenchmarkConsentRecord['contribution']>,
  ): Promise<boolean> {
    try {
      await transact(this.db, {
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: deliverableKeys.benchmarkConsent(assessmentId),
              UpdateExpression: 'SET contribution = :c',
              ConditionExpression: 'consent = :yes AND attribute_type(contribution, :null)',
              ExpressionAttributeValues: { ':c': contribution, ':yes': true, ':null': 'NULL' },
            },
          },
          {
            Update: cellUpdate(
              this.tableName,
              contribution.industry,
              contribution.sizeBand,
              contribution.bins,
              1,
            ),
          },
        ],
      });
      return true;
    } catch (e) {
      if (cancelReasons(e)) return false;
      throw e;
    }
  }

  /** TransactWriteItems: takes the remembered contribution out of the cell and forgets it. */
  async withdrawFromBenchmark(
    assessmentId: string,
    contribution: NonNullable<BenchmarkConsentRecord['contribution']>,
  ): Promise<boolean> {
    try {
      await transact(this.db, {
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: deliverableKeys.benchmarkConsent(assessmentId),
              UpdateExpression: 'SET contribution = :none',
              ConditionExpression: 'contribution = :c',
              ExpressionAttributeValues: { ':c': contribution, ':none': null },
            },
          },
          {
            Update: cellUpdate(
              this.tableName,
              contribution.industry,
              contribution.sizeBand,
              contribution.bins,
              -1,
            ),
          },
        ],
      });
      return true;
    } catch (e) {
      if (cancelReasons(e)) return false;
      throw e;
    }
  }

  /** GetItem of one cell: the organisation count and the per-dimension histograms. */
  async getBenchmarkCell(industry: Industry, sizeBand: SizeBand): Promise<BenchmarkCell> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: deliverableKeys.benchmarkCell(industry, sizeBand),
        ConsistentRead: true,
      }),
    );
    const cell: BenchmarkCell = { organisations: Number(out.Item?.organisations ?? 0), histograms: {} };
    for (const [name, value] of Object.entries(out.Item ?? {})) {
      const m = HISTOGRAM.exec(name);
      if (!m) continue;
      const dimension = m[1] as string;
      cell.histograms[dimension] ??= {};
      (cell.histograms[dimension] as Record<number, number>)[Number(m[2])] = Number(value);
    }
    return cell;
  }

  /** Local demo only: adds one anonymous peer's bins to a cell (UpdateItem ADD). */
  async addBenchmarkPeer(
    industry: Industry,
    sizeBand: SizeBand,
    bins: Record<string, number>,
  ): Promise<void> {
    await this.db.send(new UpdateCommand(cellUpdate(this.tableName, industry, sizeBand, bins, 1)));
  }
}
