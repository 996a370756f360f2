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
  BenchmarkContribution,
  BenchmarkCounts,
  BenchmarkTenantShare,
  BrandingRecord,
  ShareLinkRecord,
  ShareLookupRecord,
  TargetsRecord,
} from './deliverable-records';
import { type DeliverablesPort, MAX_SHARE_LINKS, StoreError } from './port';
import { keys } from './table';
import { cancelReasons, transact } from './transactions';

type Item = Record<string, unknown>;

/** Share links are kept this long after they expire (for the consultant's list), then TTL removes them. */
const SHARE_KEEP_SECONDS = 90 * 24 * 3600;

const benchmarkPartition = (industry: Industry, sizeBand: SizeBand) => `BENCH#${industry}#${sizeBand}`;

/** Most Query pages one cell read follows (1 MB each: hundreds of tenants); the read stays bounded. */
const MAX_CELL_PAGES = 4;
/** Most tenant shares one fold publishes: a transaction holds 100 items, one is the cell's. */
export const MAX_FOLD_TENANTS = 99;

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
    pk: benchmarkPartition(industry, sizeBand),
    sk: 'CELL',
  }),
  benchmarkTenant: (industry: Industry, sizeBand: SizeBand, tenant: string) => ({
    pk: benchmarkPartition(industry, sizeBand),
    sk: `TENANT#${tenant}`,
  }),
} as const;

const strip = <T>(item: Item | undefined): T | null => {
  if (!item) return null;
  const { pk: _pk, sk: _sk, expiresAt: _e, ...record } = item;
  return record as T;
};

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);

const HISTOGRAM = /^h:([a-z][a-z-]*):(\d+)$/;

/**
 * `ADD` of ±1 to a tenant share's live count and to one bin per dimension, and ±1 to its
 * pending-change count; counts only, the sort key is the tenant's hash.
 */
const shareUpdate = (
  tableName: string,
  contribution: Pick<BenchmarkContribution, 'industry' | 'sizeBand' | 'bins' | 'tenant'>,
  delta: 1 | -1,
  pending: 1 | -1,
) => {
  const names: Record<string, string> = { '#n': 'n', '#p': 'pending' };
  const adds = ['#n :d', '#p :p'];
  Object.entries(contribution.bins).forEach(([dimension, bin], i) => {
    names[`#h${i}`] = `h:${dimension}:${bin}`;
    adds.push(`#h${i} :d`);
  });
  return {
    TableName: tableName,
    Key: deliverableKeys.benchmarkTenant(contribution.industry, contribution.sizeBand, contribution.tenant),
    UpdateExpression: `ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':d': delta, ':p': pending },
  };
};

/** Condition: the cell's fold count is still `epoch` (an absent cell item has folded 0 times). */
const epochIs = (epoch: number) => (epoch === 0 ? '(attribute_not_exists(#e) OR #e = :e)' : '#e = :e');

/**
 * Every change bumps the cell item's revision, and only while the cell is still at `epoch`: a fold
 * (which requires the revision it read) and a change can never interleave unseen.
 */
const cellTouch = (tableName: string, industry: Industry, sizeBand: SizeBand, epoch: number) => ({
  TableName: tableName,
  Key: deliverableKeys.benchmarkCell(industry, sizeBand),
  UpdateExpression: 'ADD #r :one',
  ConditionExpression: epochIs(epoch),
  ExpressionAttributeNames: { '#e': 'epoch', '#r': 'rev' },
  ExpressionAttributeValues: { ':e': epoch, ':one': 1 },
});

const emptyCounts = (): BenchmarkCounts => ({ contributions: 0, histograms: {} });

/** A stored published map ({ contributions, histograms: { dim: { "bin": n } } }) back as counts. */
const publishedOf = (value: unknown): BenchmarkCounts => {
  const v = value as
    | { contributions?: number; histograms?: Record<string, Record<string, number>> }
    | undefined;
  const counts = emptyCounts();
  counts.contributions = Number(v?.contributions ?? 0);
  for (const [dimension, bins] of Object.entries(v?.histograms ?? {})) {
    const h: Record<number, number> = {};
    for (const [bin, n] of Object.entries(bins)) if (Number(n) > 0) h[Number(bin)] = Number(n);
    counts.histograms[dimension] = h;
  }
  return counts;
};

const shareOf = (item: Item): BenchmarkTenantShare => {
  const live = emptyCounts();
  live.contributions = Number(item.n ?? 0);
  for (const [name, value] of Object.entries(item)) {
    const m = HISTOGRAM.exec(name);
    if (!m || Number(value) <= 0) continue;
    const dimension = m[1] as string;
    live.histograms[dimension] ??= {};
    (live.histograms[dimension] as Record<number, number>)[Number(m[2])] = Number(value);
  }
  return {
    tenant: String(item.sk).slice('TENANT#'.length),
    live,
    published: publishedOf(item.published),
    pending: Number(item.pending ?? 0),
  };
};

/**
 * The DynamoDB side of share links, branding, targets and the benchmark. Every method is one
 * GetItem, PutItem, UpdateItem, one-page Query or a two-item transaction.
 */
export class DeliverablesStore implements DeliverablesPort {
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
  /** Counts a view; returns the link's label (read back by the same UpdateItem, for the record of access). */
  async recordShareView(
    assessmentId: string,
    linkId: string,
    tokenHash: string,
    now: string,
  ): Promise<string | null> {
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: deliverableKeys.shareLink(assessmentId, linkId),
          UpdateExpression: 'ADD #views :one SET lastViewedAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND tokenHash = :hash AND attribute_type(revokedAt, :null)',
          ExpressionAttributeNames: { '#views': 'views' },
          ExpressionAttributeValues: { ':one': 1, ':now': now, ':hash': tokenHash, ':null': 'NULL' },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const label = out.Attributes?.label;
      return typeof label === 'string' ? label : null;
    } catch (e) {
      if ((e as Error).name === 'ConditionalCheckFailedException')
        throw new StoreError('revoked', 'This share link was revoked.');
      throw e;
    }
  }

  // ── Branding ──

  getBranding(orgId: string): Promise<BrandingRecord | null> {
    return this.getOne<BrandingRecord>(deliverableKeys.branding(orgId));
  }

  putBranding(record: BrandingRecord): Promise<void> {
    return this.putOne({ ...record, ...deliverableKeys.branding(record.orgId) });
  }

  // ── Targets ──

  getTargets(assessmentId: string): Promise<TargetsRecord | null> {
    return this.getOne<TargetsRecord>(deliverableKeys.targets(assessmentId));
  }

  putTargets(record: TargetsRecord): Promise<void> {
    return this.putOne({ ...record, ...deliverableKeys.targets(record.assessmentId) });
  }

  /** One item by its key (eventually consistent: branding and targets are read far more than written). */
  private async getOne<T>(Key: Record<string, string>): Promise<T | null> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key }));
    return strip<T>(out.Item);
  }

  /** Writes one whole item, replacing what was there (the last save wins). */
  private async putOne(Item: Record<string, unknown>): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item }));
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
   * TransactWriteItems: remembers the contribution on the consent (only if none is recorded), adds
   * it to its tenant's live counts as one pending change, and checks the cell has not folded since
   * `contribution.epoch` was read (so a withdrawal later knows whether it was ever published).
   */
  async contributeToBenchmark(assessmentId: string, contribution: BenchmarkContribution): Promise<boolean> {
    const { industry, sizeBand, epoch } = contribution;
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
          { Update: shareUpdate(this.tableName, contribution, 1, 1) },
          { Update: cellTouch(this.tableName, industry, sizeBand, epoch) },
        ],
      });
      return true;
    } catch (e) {
      if (cancelReasons(e)) return false;
      throw e;
    }
  }

  /**
   * TransactWriteItems: takes the remembered contribution out of its tenant's live counts and
   * forgets it. Never published (the cell is still at the contribution's epoch): its pending change
   * is cancelled at once. Published: the withdrawal is one more pending change, and the next fold
   * removes it from what readers see. Refused if the cell folded after `epoch` was read.
   */
  async withdrawFromBenchmark(
    assessmentId: string,
    contribution: BenchmarkContribution,
    epoch: number,
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
          { Update: shareUpdate(this.tableName, contribution, -1, contribution.epoch === epoch ? -1 : 1) },
          { Update: cellTouch(this.tableName, contribution.industry, contribution.sizeBand, epoch) },
        ],
      });
      return true;
    } catch (e) {
      if (cancelReasons(e)) return false;
      throw e;
    }
  }

  /**
   * One Query of the cell's partition (consistent, at most MAX_CELL_PAGES pages): its fold count
   * and every tenant's share, live and published.
   */
  async getBenchmarkCell(industry: Industry, sizeBand: SizeBand): Promise<BenchmarkCell> {
    const cell: BenchmarkCell = { epoch: 0, rev: 0, tenants: [] };
    let start: Record<string, unknown> | undefined;
    for (let page = 0; page < MAX_CELL_PAGES; page++) {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': benchmarkPartition(industry, sizeBand) },
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of out.Items ?? []) {
        if (item.sk === 'CELL') {
          cell.epoch = Number(item.epoch ?? 0);
          cell.rev = Number(item.rev ?? 0);
        } else if (String(item.sk).startsWith('TENANT#')) cell.tenants.push(shareOf(item));
      }
      start = out.LastEvaluatedKey;
      if (!start) break;
    }
    return cell;
  }

  /**
   * TransactWriteItems: one fold. Moves the cell from `epoch` to `epoch + 1` (only if its revision
   * is still `rev`: nothing changed since the read) and sets each given share's published counts to
   * its live counts as read, with no pending change left; refused (false) if anything moved.
   */
  async publishBenchmark(
    industry: Industry,
    sizeBand: SizeBand,
    read: Pick<BenchmarkCell, 'epoch' | 'rev'>,
    shares: readonly Pick<BenchmarkTenantShare, 'tenant' | 'live'>[],
  ): Promise<boolean> {
    if (shares.length === 0 || shares.length > MAX_FOLD_TENANTS) return false;
    try {
      await transact(this.db, {
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: deliverableKeys.benchmarkCell(industry, sizeBand),
              UpdateExpression: 'SET #e = :next',
              ConditionExpression: `${epochIs(read.epoch)} AND ${read.rev === 0 ? '(attribute_not_exists(#r) OR #r = :rev)' : '#r = :rev'}`,
              ExpressionAttributeNames: { '#e': 'epoch', '#r': 'rev' },
              ExpressionAttributeValues: { ':e': read.epoch, ':next': read.epoch + 1, ':rev': read.rev },
            },
          },
          ...shares.map((share) => ({
            Update: {
              TableName: this.tableName,
              Key: deliverableKeys.benchmarkTenant(industry, sizeBand, share.tenant),
              UpdateExpression: 'SET published = :p, pending = :zero',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':p': share.live, ':zero': 0 },
            },
          })),
        ],
      });
      return true;
    } catch (e) {
      if (cancelReasons(e)) return false;
      throw e;
    }
  }

  /**
   * Local demo only: adds one anonymous peer's bins to a tenant's live counts as a pending change
   * (UpdateItem ADD); the seed then folds. It does not touch the cell's revision: run it alone.
   */
  async addBenchmarkPeer(
    industry: Industry,
    sizeBand: SizeBand,
    tenant: string,
    bins: Record<string, number>,
  ): Promise<void> {
    await this.db.send(
      new UpdateCommand(shareUpdate(this.tableName, { industry, sizeBand, tenant, bins }, 1, 1)),
    );
  }
}
