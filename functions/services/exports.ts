import type { AssessmentResults } from '../contract/assessments';
import { toCsv } from '../lib/csv';

/**
 * The raw-data export holds the figures the results hold, never a row per respondent: per question,
 * its dimension, the number of ratings and their mean, each left blank where the results withhold it
 * (fewer than k ratings, or complementary suppression).
 */
export const answersCsv = (results: AssessmentResults): string =>
  toCsv([
    ['dimension', 'question', 'ratings', 'mean'],
    ...(results.result?.maturity.dimensions ?? []).flatMap((d) =>
      d.questionScores.map((x) => [d.id, x.id, x.ratings, x.score]),
    ),
  ]);

/** Dimension scores overall and per shown role group, as in the results. */
export const scoresCsv = (results: AssessmentResults): string => {
  const groups = results.analysis.byRole;
  const header = [
    'dimension',
    'overall',
    'level',
    'answered',
    'confidence',
    ...groups.map((g) => `role:${g.role}`),
  ];
  const rows = (results.result?.maturity.dimensions ?? []).map((d) => [
    d.id,
    d.score,
    d.level,
    d.answered,
    d.confidence,
    ...groups.map((g) => g.dimensions.find((x) => x.id === d.id)?.score ?? ''),
  ]);
  return toCsv([header, ...rows]);
};
