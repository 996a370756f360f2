import {
  BENCHMARK_MIN_ORGANISATIONS,
  type BenchmarkConsentRequest,
  type BenchmarkView,
} from '../../contract/deliverables';
import type { Result } from '../../contract/result';
import type { BenchmarkCell, BenchmarkConsentRecord } from '../../store/deliverable-records';
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

const binsOf = (result: Result): Record<string, number> => {
  const bins: Record<string, number> = {};
  for (const d of result.maturity.dimensions) if (d.score !== null) bins[d.id] = binOf(d.score);
  return bins;
};

/**
 * Keeps the cell in step with the consent: a consenting, closed assessment with a result adds its
 * bins once; a withdrawn consent (or a changed cell) takes exactly those bins out again.
 */
export const syncContribution = async (
  store: Pick<Store, 'withdrawFromBenchmark' | 'contributeToBenchmark'>,
  assessment: AssessmentRecord,
  consent: BenchmarkConsentRecord,
  result: Result | null,
): Promise<BenchmarkConsentRecord> => {
  let current = consent;
  const held = current.contribution;
  const cellChanged = held && (held.industry !== current.industry || held.sizeBand !== current.sizeBand);
  if (held && (!current.consent || cellChanged)) {
    if (await store.withdrawFromBenchmark(assessment.id, held)) current = { ...current, contribution: null };
  }
  if (current.consent && !current.contribution && assessment.status === 'closed' && result) {
    const contribution = { industry: current.industry, sizeBand: current.sizeBand, bins: binsOf(result) };
    if (await store.contributeToBenchmark(assessment.id, contribution))
      current = { ...current, contribution };
  }
  return current;
};

const NOTE = {
  noConsent:
    'The client has not agreed to join the benchmark: nothing of it is added, and no comparison is shown.',
  waiting: 'The scores join the benchmark once the assessment is closed with results.',
  small: `Fewer than ${BENCHMARK_MIN_ORGANISATIONS} organisations share this industry and size band: no comparison is shown, so no one can be singled out.`,
  shown:
    'Percentile: the share of organisations in the same industry and size band scoring below this client (ties count half).',
};

export const benchmarkView = (
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
  if (!consent?.consent || !cell) return { ...base, note: NOTE.noConsent };
  if (!consent.contribution) return { ...base, note: NOTE.waiting };
  if (cell.organisations < BENCHMARK_MIN_ORGANISATIONS) return { ...base, note: NOTE.small };
  const percentiles = (result?.maturity.dimensions ?? []).flatMap((d) => {
    if (d.score === null) return [];
    const p = percentileOf(cell.histograms[d.id] ?? {}, binOf(d.score));
    return p === null ? [] : [{ id: d.id, name: d.name, score: d.score, percentile: p }];
  });
  return { ...base, organisations: cell.organisations, percentiles, note: NOTE.shown };
};

export const consentRecord = (
  assessmentId: string,
  input: BenchmarkConsentRequest,
  now: string,
): Omit<BenchmarkConsentRecord, 'contribution'> => ({ assessmentId, ...input, updatedAt: now });
