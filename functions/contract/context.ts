import * as z from 'zod';
import { lazySchema } from './lazy';

const lowMediumHigh = lazySchema(() => z.enum(['low', 'medium', 'high']));

export const EXISTING_PMO = ['none', 'weather-station', 'control-tower', 'resource-source'] as const;
export const ExistingPmo = lazySchema(() => z.enum(EXISTING_PMO));
export type ExistingPmo = z.infer<typeof ExistingPmo>;

export const DELIVERY_APPROACHES = ['plan-driven', 'agile', 'mixed'] as const;
export type DeliveryApproach = (typeof DELIVERY_APPROACHES)[number];

/**
 * Whom the organisation's projects are for: its own change, customers' orders (machine builders,
 * contractors, engineering offices, agencies) or both. An addition to edition 3: absent means own.
 */
export const PROJECTS_FOR = ['own-organisation', 'customers', 'both'] as const;
export type ProjectsFor = (typeof PROJECTS_FOR)[number];

/** The organisation's situation: what the PMO decision rests on besides maturity. */
export const OrganisationContext = lazySchema(() =>
  z
    .object({
      employees: z.number().int().min(1).max(10_000_000).describe('People in the organisation (at least 1).'),
      concurrentProjects: z.number().int().min(0).max(100_000).describe('Projects running at the same time.'),
      projectManagers: z
        .number()
        .int()
        .min(0)
        .max(100_000)
        .describe('People working as project managers (at most the number of employees).'),
      pmExpertise: z.enum(['none', 'basic', 'strong']).describe('In-house project-management expertise.'),
      urgency: lowMediumHigh.describe('How soon better project delivery is needed.'),
      controlAppetite: lowMediumHigh.describe(
        'How much central control leadership wants and the culture will accept.',
      ),
      resourceContention: lowMediumHigh.describe(
        'How strongly projects compete for the same people and budget.',
      ),
      horizon: z.enum(['temporary', 'lasting']).describe('Whether the need is a temporary push or lasting.'),
      annualProjectBudget: z
        .number()
        .min(0)
        .max(1e13)
        .optional()
        .describe("Yearly spend on projects, in the organisation's currency."),
      existingPmo: ExistingPmo.optional().describe('The PMO the organisation runs today (default none).'),
      regulated: z
        .boolean()
        .optional()
        .describe('Projects answer to an external regulator or auditor (default false).'),
      horizonMonths: z
        .number()
        .int()
        .min(3)
        .max(120)
        .optional()
        .describe(
          'How long a temporary need lasts, in months (with horizon "temporary"; ignored for a lasting need).',
        ),
      deliveryApproach: z
        .enum(DELIVERY_APPROACHES)
        .optional()
        .describe(
          'How projects are mostly delivered. Not given: the projects are read as plan-driven, and no agile or product-team wording is used.',
        ),
      projectsFor: z
        .enum(PROJECTS_FOR)
        .optional()
        .describe(
          "Whom the projects are for: the organisation's own change, customers' orders, or both (default own-organisation).",
        ),
      existingPmoFte: z
        .number()
        .min(0)
        .max(100_000)
        .optional()
        .describe('Full-time equivalents in the office in place (with existingPmo other than none).'),
      businessUnits: z
        .number()
        .int()
        .min(1)
        .max(10_000)
        .optional()
        .describe('Units that run their own projects separately (default 1).'),
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.projectManagers > c.employees)
        ctx.addIssue({
          code: 'custom',
          path: ['projectManagers'],
          message: 'must not exceed the number of employees',
        });
    }),
);
export type OrganisationContext = z.infer<typeof OrganisationContext>;

export type Level3 = z.infer<typeof lowMediumHigh>;
