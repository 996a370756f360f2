import type { StakeholderRole } from '../../contract/roles';

/** One question: a prompt and the observable practice at each of the five levels. */
export interface Question {
  id: string;
  text: string;
  /** Exactly five descriptions; index 0 is level 1. */
  levels: readonly [string, string, string, string, string];
  /** Roles that can answer from their own work; absent in 2026.1, where everyone saw everything. */
  audience?: readonly StakeholderRole[];
  /**
   * From 2026.3: the question of the previous edition this one measures the same way (same ask,
   * same practice at every level once coverage words are set aside), or null when none does.
   */
  sameAs?: string | null;
  /**
   * From 2026.3: the capabilities each level describes, one space-separated set of short tags per
   * level (index 0 is level 1). Levels are cumulative: each set contains the one before and adds.
   */
  capabilities?: readonly [string, string, string, string, string];
}

export interface Dimension {
  id: string;
  name: string;
  summary: string;
  /** A first, cheap improvement; the rollout plan schedules it when the dimension is weak. */
  quickWin: string;
  questions: readonly Question[];
}

export interface MaturityLevel {
  level: 1 | 2 | 3 | 4 | 5;
  name: string;
  description: string;
}

export interface PmoService {
  id: string;
  label: string;
  /** The least controlling PMO model that offers the service. */
  model: 'weather-station' | 'control-tower' | 'resource-source';
}

/**
 * What a prerequisite rule reads of one respondent: their own mean over a dimension's questions.
 * Dimensions only, so that a person enters a team's figures only through their own mean per
 * dimension (docs/privacy.md, rule 8); a question-level rule would break that.
 */
export type Rated = { dimension: string };

/**
 * A declared prerequisite (from 2026.3): a high level of `subject` presupposes that `requires`
 * reaches at least some level in the same respondent's answers. Each step reads "a level of
 * `level` or more presupposes `requires` at `atLeast` or more".
 */
export interface Presupposition {
  id: string;
  subject: Rated;
  requires: Rated;
  steps: readonly { level: 2 | 3 | 4 | 5; atLeast: 1 | 2 | 3 | 4 | 5 }[];
  /** Why, in one sentence (documentation; the result says it in the reader's language). */
  because: string;
}

export interface Questionnaire {
  version: string;
  /** The edition whose questions `Question.sameAs` names (from 2026.3). */
  comparesWith?: string;
  /** Declared prerequisites between questions and dimensions (from 2026.3); none before. */
  presupposes?: readonly Presupposition[];
  /** How a respondent picks a level. */
  answerRule: string;
  levels: readonly MaturityLevel[];
  dimensions: readonly Dimension[];
  services: readonly PmoService[];
}
