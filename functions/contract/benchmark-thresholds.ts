/**
 * The benchmark's disclosure thresholds, plain numbers with no schema around them: the API
 * enforces them and the browser names them, and neither loads zod to read them.
 */

/**
 * Fewest contributions (client organisations) a reader's view of a cell needs before any
 * percentile is shown; only other consultant organisations' published contributions count.
 */
export const BENCHMARK_MIN_ORGANISATIONS = 5;
/** Fewest other consultant organisations (tenants) those contributions must come from. */
export const BENCHMARK_MIN_TENANTS = 2;
