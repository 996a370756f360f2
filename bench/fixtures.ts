import type { Answers, StakeholderRole } from '../functions/contract/answers';
import { STAKEHOLDER_ROLES } from '../functions/contract/answers';
import { QUESTIONNAIRE } from '../functions/core';

export const QUESTION_IDS = QUESTIONNAIRE.dimensions.flatMap((d) => d.questions.map((q) => q.id));

export { prng } from '../functions/local/prng';

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
