import { describe, expect, it } from 'vitest';
import {
  benchmarkTenant,
  benchmarkView,
  foldDue,
  foldIfDue,
} from '../../../functions/services/deliverables/benchmark';
import type {
  BenchmarkCell,
  BenchmarkConsentRecord,
  BenchmarkTenantShare,
} from '../../../functions/store/deliverable-records';

const share = (tenant: string, bins: number[], pending = 0): BenchmarkTenantShare => {
  const histogram: Record<number, number> = {};
  for (const b of bins) histogram[b] = (histogram[b] ?? 0) + 1;
  const counts = { contributions: bins.length, histograms: { standards: histogram } };
  return { tenant: benchmarkTenant(tenant), live: counts, published: counts, pending };
};
const consent: BenchmarkConsentRecord = {
  assessmentId: 'a1',
  consent: true,
  industry: 'energy',
  sizeBand: '250-999',
  updatedAt: '2026-11-22T00:00:00Z',
  contribution: {
    industry: 'energy',
    sizeBand: '250-999',
    bins: { standards: 8 },
    tenant: benchmarkTenant('me'),
    epoch: 0,
  },
};
const result = {
  maturity: { dimensions: [{ id: 'standards', name: 'Standards', score: 3 }] },
} as unknown as Parameters<typeof benchmarkView>[3];
const view = (tenants: BenchmarkTenantShare[]) =>
  benchmarkView('me', consent, { epoch: 1, rev: 1, tenants }, result);

describe('the benchmark rules', () => {
  it('hashes the tenant with a fixed prefix: stable, and not the id itself', () => {
    expect(benchmarkTenant('acme')).toBe(benchmarkTenant('acme'));
    expect(benchmarkTenant('acme')).toMatch(/^[0-9a-f]{64}$/);
    expect(benchmarkTenant('acme')).not.toBe(benchmarkTenant('acme2'));
  });

  it("leaves the reader's own tenant out, and needs 5 contributions from at least 2 other tenants", () => {
    expect(view([share('me', [1, 2, 3, 4, 5, 6, 7, 8])]).percentiles).toEqual([]);
    expect(view([share('other', [1, 2, 3, 4, 5, 6])]).percentiles).toEqual([]);
    expect(view([share('b', [1, 2]), share('c', [3, 4])]).percentiles).toEqual([]);
    const shown = view([share('me', [16, 16, 16]), share('b', [1, 2, 3]), share('c', [12, 13])]);
    expect(shown.organisations).toBe(5);
    // Bin 8 against 1, 2, 3, 12, 13: three below, none alike; the reader's own 16s do not count.
    expect(shown.percentiles).toEqual([{ id: 'standards', name: 'Standards', score: 3, percentile: 60 }]);
  });

  it('shows nothing without consent or before the client contributed', () => {
    const tenants = [share('b', [1, 2, 3]), share('c', [12, 13])];
    const cell = { epoch: 1, rev: 1, tenants };
    expect(benchmarkView('me', { ...consent, consent: false }, cell, result).percentiles).toEqual([]);
    expect(benchmarkView('me', { ...consent, contribution: null }, cell, result).percentiles).toEqual([]);
  });

  it('folds only when every reader would see no change or at least 5 changes by others', () => {
    expect(foldDue([])).toBe(false);
    expect(foldDue([4])).toBe(false);
    expect(foldDue([5])).toBe(true); // one tenant's batch: it sees none of it, others see 5
    expect(foldDue([4, 1])).toBe(false); // the 4's tenant would see the 1 alone
    expect(foldDue([5, 4])).toBe(false);
    expect(foldDue([5, 5])).toBe(true);
    expect(foldDue([1, 1, 1, 1, 1, 0])).toBe(false);
    expect(foldDue([2, 2, 2, 2])).toBe(true);
  });

  it('publishes every share with pending changes at once, and nothing when not due', async () => {
    const published: unknown[] = [];
    const cell: BenchmarkCell = {
      epoch: 3,
      rev: 7,
      tenants: [share('a', [1], 0), share('b', [2, 2, 2], 3), share('c', [4, 4], 2)],
    };
    const store = {
      getBenchmarkCell: async () => cell,
      publishBenchmark: async (...args: unknown[]) => {
        published.push(args);
        return true;
      },
    };
    expect((await foldIfDue(store, 'energy', '250-999')).epoch).toBe(3);
    expect(published).toEqual([]);
    cell.tenants.push(share('d', [5, 5, 5], 3));
    const after = await foldIfDue(store, 'energy', '250-999');
    expect(after.epoch).toBe(4);
    expect(after.tenants.map((t) => t.pending)).toEqual([0, 0, 0, 0]);
    expect(published).toHaveLength(1);
    const [, , read, shares] = published[0] as [string, string, object, BenchmarkTenantShare[]];
    expect(read).toMatchObject({ epoch: 3, rev: 7 });
    expect(shares).toHaveLength(3);
  });
});

describe('the benchmark across questionnaire editions', () => {
  const tenants = [share('b', [1, 2, 3]), share('c', [12, 13])];
  const inEdition = (questionnaireVersion: string) =>
    benchmarkView('me', consent, { epoch: 1, rev: 1, tenants }, {
      ...result,
      questionnaireVersion,
    } as unknown as Parameters<typeof benchmarkView>[3]);

  it('flags the dimensions a 2026.3 result measures differently from 2026.2, and says so', () => {
    const editions = inEdition('2026.3').editions;
    expect(editions).toMatchObject({
      edition: '2026.3',
      comparesWith: '2026.2',
      measuredDifferently: ['tools'],
    });
    expect(editions?.note).toMatch(
      /1 dimension is measured differently since 2026.2 \(Tools and information\)/,
    );
  });

  it('adds nothing for editions that declare no comparison', () => {
    expect(inEdition('2026.2').editions).toBeUndefined();
    expect(inEdition('2026.1').editions).toBeUndefined();
  });
});
