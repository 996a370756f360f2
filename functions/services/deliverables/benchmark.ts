import { createHash } from 'node:crypto';
import {
  BENCHMARK_FOLD_CHANGES,
  BENCHMARK_MIN_ORGANISATIONS,
  BENCHMARK_MIN_TENANTS,
  type BenchmarkConsentRequest,
  type BenchmarkView,
  type Industry,
  type SizeBand,
} from '../../contract/deliverables';
import type { Result } from '../../contract/result';
import { comparableDimensions, questionnaireFor } from '../../core/questionnaire';
import { english, msg } from '../../core/say';
import type {
  BenchmarkCell,
  BenchmarkConsentRecord,
  BenchmarkTenantShare,
} from '../../store/deliverable-records';
import type { Store } from '../../store/port';
import type { AssessmentRecord } from '../../store/records';

/** Scores 1.0–5.0 fall into 17 quarter-point bins; the cell stores only counts per bin. */
export const binOf = (score: number): number => Math.min(16, Math.max(0, Math.round((score - 1) * 4)));

/** Mid-rank percentile of a bin within a histogram: share below plus half the share alike. */
export const percentileOf = (histogram: Record<number, number>, bin: number): number | null => {
  let below = 0;
  let same = 0;
  let total = 0;
  for (const [b, count] of Object.entries(histogram)) {
    if (count <= 0) continue;
    total += count;
    if (Number(b) < bin) below += count;
    else if (Number(b) === bin) same += count;
  }
  return total === 0 ? null : Math.round(((below + same / 2) / total) * 100);
};

/**
 * The key a consultant organisation's share of a cell is stored under: SHA-256 of its id behind a
 * fixed product-wide prefix, so the cell holds no id, only a way to recognise the reader's own share.
 */
export const benchmarkTenant = (orgId: string): string =>
  createHash('sha256').update(`pmo-blueprint/benchmark-tenant/v1:${orgId}`, 'utf8').digest('hex');

const binsOf = (result: Result): Record<string, number> => {
  const bins: Record<string, number> = {};
  for (const d of result.maturity.dimensions) if (d.score !== null) bins[d.id] = binOf(d.score);
  return bins;
};

/**
 * Whether the pending changes may be published now. Every reader's view leaves out its own
 * tenant's share, so each reader must see either no change or at least BENCHMARK_FOLD_CHANGES
 * changes made by others: all pending changes together reach the threshold, and once the tenant
 * with the most pending changes is left out, the others' still do (unless it is the only tenant
 * with changes: then no one else sees a change by a third party, and it sees none of its own).
 */
export const foldDue = (pending: readonly number[]): boolean => {
  const changes = pending.filter((n) => n > 0);
  const total = changes.reduce((a, n) => a + n, 0);
  if (total < BENCHMARK_FOLD_CHANGES) return false;
  if (changes.length === 1) return true;
  return total - Math.max(...changes) >= BENCHMARK_FOLD_CHANGES;
};

type BenchmarkStore = Pick<
  Store,
  'withdrawFromBenchmark' | 'contributeToBenchmark' | 'getBenchmarkCell' | 'publishBenchmark'
>;

/**
 * Reads a cell and, when the pending changes are due (`foldDue`), publishes them all at once: each
 * share with pending changes gets its live counts as its published counts. Returns the cell as it
 * now stands. A fold that lost a race is tried again by the next change or read.
 */
export const foldIfDue = async (
  store: Pick<Store, 'getBenchmarkCell' | 'publishBenchmark'>,
  industry: Industry,
  sizeBand: SizeBand,
): Promise<BenchmarkCell> => {
  const cell = await store.getBenchmarkCell(industry, sizeBand);
  const changed = cell.tenants.filter((t) => t.pending !== 0);
  if (!foldDue(changed.map((t) => t.pending))) return cell;
  if (!(await store.publishBenchmark(industry, sizeBand, cell, changed))) return cell;
  const tenants = cell.tenants.map(
    (t): BenchmarkTenantShare => (t.pending !== 0 ? { ...t, published: t.live, pending: 0 } : t),
  );
  return { epoch: cell.epoch + 1, rev: cell.rev, tenants };
};

/**
 * Keeps the cell in step with the consent: a consenting, closed assessment with a result adds its
 * bins once, as a pending change of its tenant's share; a withdrawn consent (or a changed cell)
 * takes exactly those bins out of the live counts at once, and out of the published ones at the
 * next fold. Either change folds the cell when enough changes have accumulated.
 */
export const syncContribution = async (
  store: BenchmarkStore,
  assessment: AssessmentRecord,
  consent: BenchmarkConsentRecord,
  result: Result | null,
): Promise<BenchmarkConsentRecord> => {
  let current = consent;
  const held = current.contribution;
  const cellChanged = held && (held.industry !== current.industry || held.sizeBand !== current.sizeBand);
  if (held && (!current.consent || cellChanged)) {
    const { epoch } = await store.getBenchmarkCell(held.industry, held.sizeBand);
    if (await store.withdrawFromBenchmark(assessment.id, held, epoch)) {
      current = { ...current, contribution: null };
      await foldIfDue(store, held.industry, held.sizeBand);
    }
  }
  if (current.consent && !current.contribution && assessment.status === 'closed' && result) {
    const { epoch } = await store.getBenchmarkCell(current.industry, current.sizeBand);
    const contribution = {
      industry: current.industry,
      sizeBand: current.sizeBand,
      bins: binsOf(result),
      tenant: benchmarkTenant(assessment.orgId),
      epoch,
    };
    if (await store.contributeToBenchmark(assessment.id, contribution))
      current = { ...current, contribution };
  }
  return current;
};

const NOTE = {
  noConsent:
    'The client has not agreed to join the benchmark: nothing of it is added, and no comparison is shown.',
  waiting: 'The scores join the benchmark once the assessment is closed with results.',
  small: `Fewer than ${BENCHMARK_MIN_ORGANISATIONS} organisations, assessed by at least ${BENCHMARK_MIN_TENANTS} other consultancies, share this industry and size band: no comparison is shown, so no one can be singled out.`,
  shown:
    'Percentile: the share of organisations in the same industry and size band, assessed by other consultancies, scoring below this client (ties count half). Figures are updated in batches.',
};

/** What a reader may compare against: the published shares of every tenant but its own. */
const othersOf = (cell: BenchmarkCell, reader: string) => {
  const shares = cell.tenants.filter((t) => t.tenant !== reader && t.published.contributions > 0);
  const histograms: Record<string, Record<number, number>> = {};
  for (const share of shares)
    for (const [dimension, bins] of Object.entries(share.published.histograms)) {
      const h = histograms[dimension] ?? {};
      for (const [bin, n] of Object.entries(bins)) h[Number(bin)] = (h[Number(bin)] ?? 0) + n;
      histograms[dimension] = h;
    }
  return {
    tenants: shares.length,
    contributions: shares.reduce((a, t) => a + t.published.contributions, 0),
    histograms,
  };
};

/**
 * The benchmark as the assessment's own consultant organisation (`orgId`) and its client see it:
 * percentiles of the client's contributed (frozen) scores against other organisations' published
 * contributions only, and only where those are at least BENCHMARK_MIN_ORGANISATIONS from at least
 * BENCHMARK_MIN_TENANTS tenants. The result lends only the dimensions' names.
 */
export const benchmarkView = (
  orgId: string,
  consent: BenchmarkConsentRecord | null,
  cell: BenchmarkCell | null,
  result: Result | null,
): BenchmarkView => {
  const base = {
    consent: consent?.consent ?? false,
    industry: consent?.industry ?? null,
    sizeBand: consent?.sizeBand ?? null,
    contributed: Boolean(consent?.contribution),
    organisations: null,
    minimum: BENCHMARK_MIN_ORGANISATIONS,
    percentiles: [],
  };
  if (!consent?.consent || !cell) return { ...base, reason: 'no-consent', note: NOTE.noConsent };
  if (!consent.contribution) return { ...base, reason: 'waiting', note: NOTE.waiting };
  const others = othersOf(cell, benchmarkTenant(orgId));
  if (others.contributions < BENCHMARK_MIN_ORGANISATIONS || others.tenants < BENCHMARK_MIN_TENANTS)
    return { ...base, reason: 'small', note: NOTE.small };
  // Only the contributed score is compared, frozen when it joined: reopening, adding answers and
  // reading again moves nothing, so no series of probes can read the others' histogram.
  const frozen = consent.contribution.bins;
  const percentiles = (result?.maturity.dimensions ?? []).flatMap((d) => {
    const bin = frozen[d.id];
    if (bin === undefined) return [];
    const p = percentileOf(others.histograms[d.id] ?? {}, bin);
    return p === null ? [] : [{ id: d.id, name: d.name, score: 1 + bin / 4, percentile: p }];
  });
  return {
    ...base,
    organisations: others.contributions,
    percentiles,
    reason: 'shown',
    note: NOTE.shown,
    ...editionsOf(result),
  };
};

/** Whether the result's edition measures some dimensions differently from the one it compares with. */
const editionsOf = (result: Result | null): Pick<BenchmarkView, 'editions'> => {
  const now = result && questionnaireFor(result.questionnaireVersion);
  if (!now?.comparesWith || now.version !== result?.questionnaireVersion) return {};
  const same = comparableDimensions(now, questionnaireFor(now.comparesWith));
  const differ = now.dimensions.filter((d) => !same.some((c) => c.dimension === d.id));
  if (differ.length === 0) return {};
  return {
    editions: {
      edition: now.version,
      comparesWith: now.comparesWith,
      measuredDifferently: differ.map((d) => d.id),
      note: english(
        msg('benchmark.editionsDiffer', {
          now: now.version,
          earlier: now.comparesWith,
          count: differ.length,
          dimensions: differ.map((d) => d.name),
        }),
      ),
    },
  };
};

export const consentRecord = (
  assessmentId: string,
  input: BenchmarkConsentRequest,
  now: string,
): Omit<BenchmarkConsentRecord, 'contribution'> => ({ assessmentId, ...input, updatedAt: now });
