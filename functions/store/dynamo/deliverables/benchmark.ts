import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Industry, SizeBand } from '../../../contract/deliverables';
import type {
  BenchmarkCell,
  BenchmarkConsentRecord,
  BenchmarkContribution,
  BenchmarkTenantShare,
} from '../../deliverable-records';
import { cancelReasons, transact } from '../../transactions';
import { strip } from '../items';
import { TableContext } from '../table-context';
import { cellTouch, epochIs, shareOf, shareUpdate } from './benchmark-items';
import { benchmarkPartition, deliverableKeys } from './keys';

/** Most Query pages one cell read follows (1 MB each: hundreds of tenants); the read stays bounded. */
const MAX_CELL_PAGES = 4;
/** Most tenant shares one fold publishes: a transaction holds 100 items, one is the cell's. */
export const MAX_FOLD_TENANTS = 99;

/**
 * The opt-in benchmark: each assessment's consent and contribution, and per cell (industry and size
 * band) every tenant's live and published counts, published in folds readers never see half-done.
 */
export class Benchmark extends TableContext {
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
