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

/** Edition-2 fields of the Result, read when the engine provides them and ignored when it does not. */
export interface BusinessCase {
  staffing: { fte: { min: number; max: number }; roles: { role: string; fte: number }[] } | null;
  cost: { annual: { min: number; max: number }; currency: string; assumptions: string[] } | null;
  kpis: {
    name: string;
    measure: string;
    baseline: string | number | null;
    target: string | number;
    /** Edition 3: what the KPI measures (an outcome of delivery or a practice's maturity) and its unit. */
    kind?: 'outcome' | 'maturity';
    unit?: string;
  }[];
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

/** A safe file name from a client name. */
export const slugOf = (name: string) =>
  name
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'report';
