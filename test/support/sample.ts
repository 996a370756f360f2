/**
 * How many generated cases a property sees. `npm test` runs a fixed sample, the first share of the
 * cases its seed generates, so the whole suite stays within its few minutes on two cores; `npm run
 * reliability` runs every case (PMO_FULL_MATRIX). A red sample is a red full run: the sample is a
 * prefix of the full run's cases.
 */
export const FULL_MATRIX = !!process.env.PMO_FULL_MATRIX;

/** The share of a property's cases `npm test` runs (our judgement: the suite's time against its reach). */
export const SAMPLE_SHARE = 0.4;

/** No property runs fewer cases than this, however small its full run. */
const MIN_RUNS = 20;

export const runs = (full: number): number =>
  FULL_MATRIX ? full : Math.min(full, Math.max(MIN_RUNS, Math.ceil(full * SAMPLE_SHARE)));

/**
 * A count a full run's cases reach (cases that meet what a property checks), scaled like the runs:
 * a property that asserts it met its interesting cases asks the sample for its share of them.
 */
export const sampled = (full: number): number => (FULL_MATRIX ? full : Math.floor(full * SAMPLE_SHARE));

/**
 * A property whose interesting cases are rare runs all its cases in `npm test` too: a sample would
 * meet too few of them to check anything.
 */
export const everyCase = (full: number): number => full;
