import fc from 'fast-check';

/**
 * Every property in `npm test` sees the same generated cases every run, so a red run is a finding
 * and never a roll of the dice; `PMO_RANDOM_SEED=1` explores new cases (a failure prints its seed).
 * A test that sets its own seed keeps it.
 */
if (!process.env.PMO_RANDOM_SEED) fc.configureGlobal({ seed: 2026 });
