import type { Industry, SizeBand } from '../contract/deliverables';
import { QUESTIONNAIRE } from '../core';
import { benchmarkTenant, binOf, foldIfDue } from '../services/deliverables/benchmark';
import type { Store } from '../store/port';
import { prng } from './prng';

/** The demo's benchmark cell: where the demo client (logistics, 850 people) sits. */
export const DEMO_BENCHMARK_CELL: { industry: Industry; sizeBand: SizeBand } = {
  industry: 'logistics',
  sizeBand: '250-999',
};
const PEERS = 11;
/** The peers come from this many made-up consultancies (other tenants than the demo's). */
const PEER_TENANTS = 4;

/**
 * Adds anonymous peer organisations to the demo's benchmark cell, as contributions of other
 * consultancies than the demo's, and publishes them (enough changes from enough tenants for a
 * fold), so the percentile shows on a fresh install. Only counts are written (no assessment, no
 * name; the tenants are hashes of made-up ids); run again, it adds nothing.
 */
export const seedBenchmarkPeers = async (
  store: Pick<Store, 'getBenchmarkCell' | 'addBenchmarkPeer' | 'publishBenchmark'>,
): Promise<void> => {
  const { industry, sizeBand } = DEMO_BENCHMARK_CELL;
  const tenants = Array.from({ length: PEER_TENANTS }, (_, i) => benchmarkTenant(`demo-benchmark-peer-${i}`));
  const cell = await store.getBenchmarkCell(industry, sizeBand);
  if (cell.tenants.some((t) => tenants.includes(t.tenant))) return;
  const random = prng(13_2026);
  for (let i = 0; i < PEERS; i++) {
    const level = 1.6 + random() * 2.2;
    const bins: Record<string, number> = {};
    for (const d of QUESTIONNAIRE.dimensions) bins[d.id] = binOf(level + (random() - 0.5) * 1.2);
    await store.addBenchmarkPeer(industry, sizeBand, tenants[i % PEER_TENANTS] as string, bins);
  }
  await foldIfDue(store, industry, sizeBand);
};
