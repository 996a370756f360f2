import type { AssessmentResults } from '../contract/assessments';
import type { Result } from '../contract/result';

/**
 * Below this share of invited stakeholders submitted, a result is preliminary however consistent the
 * answers are: the missing half could move it. Our own rule, in docs/scoring.md.
 */
export const FIRM_COVERAGE = 0.5;

/**
 * Why a result is still a working draft; nothing when it is firm. One rule for the report, the brief,
 * the deck, the workbook and the portfolio, so no deliverable claims more certainty than another.
 */
export const preliminaryOf = (
  results: Pick<AssessmentResults, 'coverage'> & { result?: Pick<Result, 'evidence'> | null },
): { coverage: boolean; evidence: boolean } => ({
  coverage: results.coverage.rate < FIRM_COVERAGE,
  evidence: results.result?.evidence.status !== 'sufficient',
});

export const isPreliminary = (results: Parameters<typeof preliminaryOf>[0]): boolean => {
  const p = preliminaryOf(results);
  return p.coverage || p.evidence;
};
