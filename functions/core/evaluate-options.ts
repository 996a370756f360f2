import type { Rates } from '../contract/api';
import type { Evidence } from '../contract/result';
import type { Views } from './action';
import type { Say } from './say';
import type { Validated } from './validation';

/** What a caller of the engine may give besides the answers and the context (evaluate.ts). */
export interface EvaluateOptions {
  rates?: Rates;
  /** How the engine's messages are said (default: English). */
  say?: Say;
  /** Leave out the sensitivity search (it re-runs the decision for every nearby context). */
  sensitivity?: boolean;
  /**
   * What the stakeholders asked the office for, as published aggregates only: service id (the
   * questionnaire's SERVICES) → share of respondents who chose it (0–1). Never per person.
   */
  expectations?: Readonly<Record<string, number>>;
  /** How much each dimension matters to this client, 1–5 by dimension id (workshop or published ratings). */
  importance?: Readonly<Record<string, number>>;
  /** Levels agreed in the calibration workshop, by dimension id: used in place of the survey's (validation.ts). */
  validated?: Validated;
  /** The answers come from a team assessment: the plan does not survey the current state again. */
  surveyed?: boolean;
  /** The smallest group any conclusion may rest on (the assessment's disclosure minimum, k). */
  minGroupSize?: number;
}

export interface RecommendOptions {
  rates?: Rates;
  evidence?: Evidence;
  say?: Say;
  expectations?: Readonly<Record<string, number>>;
  importance?: Readonly<Record<string, number>>;
  surveyed?: boolean;
  notApplicable?: ReadonlySet<string>;
  /** A team's views of each dimension: an office in place is judged by its users (action.ts). */
  views?: () => Views;
}
