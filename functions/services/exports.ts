import type { AssessmentResults } from '../contract/assessments';
import { toCsv } from '../lib/csv';

/**
 * The raw-data export holds the figures the results hold, never a row per respondent: per dimension,
 * overall and for every shown role group, how many people the cell covers and its score (blank
 * where the results withhold it).
 */
export const answersCsv = (results: AssessmentResults): string => {
  const dimensions = results.result?.maturity.dimensions ?? [];
  return toCsv([
    ['group', 'respondents', 'dimension', 'score'],
    ...dimensions.map((d) => ['overall', results.disclosure.published, d.id, d.score]),
    ...results.analysis.byRole.flatMap((g) =>
      dimensions.map((d) => [
        g.role,
        g.respondents,
        d.id,
        g.dimensions.find((x) => x.id === d.id)?.score ?? null,
      ]),
    ),
  ]);
};

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
