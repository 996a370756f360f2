import type { StakeholderRole } from '../../contract/roles';

/** One question: a prompt and the observable practice at each of the five levels. */
export interface Question {
  id: string;
  text: string;
  /** Exactly five descriptions; index 0 is level 1. */
  levels: readonly [string, string, string, string, string];
  /** Roles that can answer from their own work; absent in 2026.1, where everyone saw everything. */
  audience?: readonly StakeholderRole[];
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

export interface Questionnaire {
  version: string;
  /** How a respondent picks a level. */
  answerRule: string;
  levels: readonly MaturityLevel[];
  dimensions: readonly Dimension[];
  services: readonly PmoService[];
}
