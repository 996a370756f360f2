import type { Answers, StakeholderRole } from '../functions/contract/answers';
import { STAKEHOLDER_ROLES } from '../functions/contract/answers';
import { QUESTIONNAIRE } from '../functions/core';

export const QUESTION_IDS = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));

/** A deterministic pseudo-random generator for repeatable benchmark data. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const fullAnswers = (random: () => number): Answers =>
  Object.fromEntries(QUESTION_IDS.map((id) => [id, 1 + Math.floor(random() * 5)]));

export const roleOf = (i: number): StakeholderRole =>
  STAKEHOLDER_ROLES[i % STAKEHOLDER_ROLES.length] as StakeholderRole;

export const CONTEXT = {
  employees: 900,
  concurrentProjects: 25,
  projectManagers: 9,
  pmExpertise: 'basic',
  urgency: 'high',
  controlAppetite: 'medium',
  resourceContention: 'high',
  horizon: 'lasting',
} as const;
