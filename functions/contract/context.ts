import * as z from 'zod';

const lowMediumHigh = z.enum(['low', 'medium', 'high']);

/** The organisation's situation: what the PMO decision rests on besides maturity. */
export const OrganisationContext = z
  .object({
    employees: z.number().int().min(1).max(10_000_000).describe('People in the organisation (at least 1).'),
    concurrentProjects: z.number().int().min(0).max(100_000).describe('Projects running at the same time.'),
    projectManagers: z.number().int().min(0).max(100_000).describe('People working as project managers.'),
    pmExpertise: z.enum(['none', 'basic', 'strong']).describe('In-house project-management expertise.'),
    urgency: lowMediumHigh.describe('How soon better project delivery is needed.'),
    controlAppetite: lowMediumHigh.describe(
      'How much central control leadership wants and the culture will accept.',
    ),
    resourceContention: lowMediumHigh.describe(
      'How strongly projects compete for the same people and budget.',
    ),
    horizon: z.enum(['temporary', 'lasting']).describe('Whether the need is a temporary push or lasting.'),
  })
  .strict();
export type OrganisationContext = z.infer<typeof OrganisationContext>;

export type Level3 = z.infer<typeof lowMediumHigh>;
