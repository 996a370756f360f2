import type { Answers } from '../../../functions/contract/answers';
import type { OrganisationContext } from '../../../functions/contract/context';
import { QUESTIONNAIRE } from '../../../functions/core';

export const ALL_QUESTIONS = QUESTIONNAIRE.dimensions.flatMap((d) =>
  d.questions.map((q) => ({ dimension: d.id, id: q.id })),
);

/** Every question rated the same, or per dimension through `byDimension`. */
export const uniformAnswers = (rating: number, byDimension: Record<string, number> = {}): Answers =>
  Object.fromEntries(ALL_QUESTIONS.map((q) => [q.id, byDimension[q.dimension] ?? rating]));

export const context = (overrides: Partial<OrganisationContext> = {}): OrganisationContext => ({
  employees: 300,
  concurrentProjects: 8,
  projectManagers: 4,
  pmExpertise: 'basic',
  urgency: 'medium',
  controlAppetite: 'medium',
  resourceContention: 'medium',
  horizon: 'lasting',
  ...overrides,
});
