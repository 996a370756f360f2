import type { Industry, SizeBand } from '../contract/deliverables';
import { QUESTIONNAIRE } from '../core';
import { binOf } from '../services/deliverables/benchmark';
import type { Store } from '../store/port';
import { prng } from './prng';

/** The demo's benchmark cell: where the demo client (logistics, 850 people) sits. */
export const DEMO_BENCHMARK_CELL: { industry: Industry; sizeBand: SizeBand } = {
  industry: 'logistics',
  sizeBand: '250-999',
};
const PEERS = 11;

/**
 * Adds anonymous peer organisations to the demo's benchmark cell, so the percentile shows on a
 * fresh install. Only counts are written (no assessment, no name); run again, it adds nothing.
 */
export const seedBenchmarkPeers = async (store: Store): Promise<void> => {
  const { industry, sizeBand } = DEMO_BENCHMARK_CELL;
  if ((await store.getBenchmarkCell(industry, sizeBand)).organisations > 0) return;
  const random = prng(13_2026);
  for (let i = 0; i < PEERS; i++) {
    const level = 1.6 + random() * 2.2;
    const bins: Record<string, number> = {};
    for (const d of QUESTIONNAIRE.dimensions) bins[d.id] = binOf(level + (random() - 0.5) * 1.2);
    await store.addBenchmarkPeer(industry, sizeBand, bins);
  }
};
