import type { AssessmentResults } from '../../../functions/contract/assessments';
import type { BenchmarkView, Branding, Targets } from '../../../functions/contract/deliverables';
import type { Result } from '../../../functions/contract/result';
import type { Language } from '../../../functions/i18n/languages';

/** Everything the deck and the workbook are built from: data the report already holds. */
export interface DeliverableInput {
  clientName: string;
  results: AssessmentResults & { result: Result };
  targets?: Targets | null;
  branding?: Branding | null;
  benchmark?: BenchmarkView | null;
  /** YYYY-MM-DD, shown on the title slide. */
  preparedOn: string;
  /** The reader's language: the deck's own words and its numbers follow it (English when not given). */
  language?: Language;
}

export { FIRM_COVERAGE, isPreliminary, preliminaryOf } from '../../../functions/core/preliminary';

export const MODEL_NAMES: Record<string, string> = {
  'weather-station': 'Weather station (supportive)',
  'control-tower': 'Control tower (controlling)',
  'resource-source': 'Resource source (directive)',
};

export const verdictOf = (result: Result) =>
  result.pmo.needed && result.pmo.model
    ? `A ${MODEL_NAMES[result.pmo.model]?.toLowerCase() ?? result.pmo.model} PMO, ${result.pmo.sourcing}`
    : 'No PMO yet';

/** Edition-2 fields of the Result, read when the engine provides them and ignored when it does not. */
export interface BusinessCase {
  staffing: { fte: { min: number; max: number }; roles: { role: string; fte: number }[] } | null;
  cost: { annual: { min: number; max: number }; currency: string; assumptions: string[] } | null;
  kpis: { name: string; measure: string; baseline: string | number; target: string | number }[];
  risks: { risk: string; mitigation: string }[];
}

export const businessCaseOf = (result: Result): BusinessCase => {
  const pmo = result.pmo as Result['pmo'] & Partial<BusinessCase>;
  const rollout = result.rollout as Result['rollout'] & { risks?: BusinessCase['risks'] };
  return {
    staffing: pmo.staffing ?? null,
    cost: pmo.cost ?? null,
    kpis: Array.isArray(pmo.kpis) ? pmo.kpis : [],
    risks: Array.isArray(rollout.risks) ? rollout.risks : [],
  };
};

/**
 * The respondent set in one sentence for the deck: what the consultant did to the list of people
 * asked, so a committee can check that every counted submission belongs to an invitation. Null
 * when the results come from a server that does not report it.
 */
export const respondentSetLine = (results: DeliverableInput['results']): string | null => {
  const set = results.respondentSet as DeliverableInput['results']['respondentSet'] | undefined;
  if (!set) return null;
  const k = Math.max(3, results.disclosure.minGroupSize);
  return (
    `Respondent set: ${set.invitations} invitations made (${set.live} live, ${set.revoked} revoked, ` +
    `${set.removed} removed), ${set.reissued} links re-issued; ${set.submissions} submissions counted, ` +
    `in batches of ${k}. Every counted submission belongs to one of these invitations, at most one each.`
  );
};

/** A question's score as a table cell: withheld when fewer than k people rated it. */
export const questionScoreText = (
  q: { score: number | null; ratings: number | null },
  minGroupSize: number,
): string | number =>
  q.ratings === null
    ? `withheld: fewer than ${Math.max(3, minGroupSize)} ratings`
    : q.score === null
      ? 'not rated'
      : q.score;

/** A safe file name from a client name. */
export const slugOf = (name: string) =>
  name
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'report';
