import type { Industry, SizeBand } from '../../../contract/deliverables';
import type { BenchmarkContribution, BenchmarkCounts, BenchmarkTenantShare } from '../../deliverable-records';
import type { Item } from '../items';
import { deliverableKeys } from './keys';

const HISTOGRAM = /^h:([a-z][a-z-]*):(\d+)$/;

/**
 * `ADD` of ±1 to a tenant share's live count and to one bin per dimension, and ±1 to its
 * pending-change count; counts only, the sort key is the tenant's hash.
 */
export const shareUpdate = (
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
export const epochIs = (epoch: number) => (epoch === 0 ? '(attribute_not_exists(#e) OR #e = :e)' : '#e = :e');

/**
 * Every change bumps the cell item's revision, and only while the cell is still at `epoch`: a fold
 * (which requires the revision it read) and a change can never interleave unseen.
 */
export const cellTouch = (tableName: string, industry: Industry, sizeBand: SizeBand, epoch: number) => ({
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

export const shareOf = (item: Item): BenchmarkTenantShare => {
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
