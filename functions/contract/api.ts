import * as z from 'zod';
import { Answers, StakeholderRole } from './answers';
import { OrganisationContext } from './context';
import { LANGUAGES } from './languages';
import { lazySchema } from './lazy';

export const ErrorBody = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  }),
);
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = lazySchema(() =>
  z.object({ status: z.literal('ok'), questionnaireVersion: z.string() }),
);

/** Overrides the documented default day rate of the cost estimate. */
export const Rates = lazySchema(() =>
  z
    .object({
      currency: z.string().trim().min(1).max(8).describe('Currency code or symbol, e.g. EUR.'),
      dayRate: z
        .number()
        .positive()
        .max(100_000)
        .describe(
          "Cost of one PMO person-day employed in the organisation (alone: edition 2's single rate).",
        ),
      externalDayRate: z
        .number()
        .positive()
        .max(100_000)
        .optional()
        .describe('Cost of one person-day from an outside firm (outsourced, and hybrid before hand-over).'),
    })
    .strict(),
);
export type Rates = z.infer<typeof Rates>;

export const QuickCheckRequest = lazySchema(() =>
  z.object({ context: OrganisationContext, answers: Answers, rates: Rates.optional() }).strict(),
);
export type QuickCheckRequest = z.infer<typeof QuickCheckRequest>;

const LevelText = lazySchema(() => z.string());
export const QuestionnaireDocument = lazySchema(() =>
  z.object({
    version: z.string(),
    language: z.enum(LANGUAGES).describe('The language of every text in this document.'),
    answerRule: z.string().describe('How to pick a level.'),
    scale: z.object({
      ratings: z.array(z.object({ value: z.number().int(), name: z.string(), description: z.string() })),
      special: z.array(z.object({ value: z.enum(['dont-know', 'n/a']), label: z.string() })),
    }),
    dimensions: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        summary: z.string(),
        questions: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            levels: z.array(LevelText).length(5),
            audience: z
              .array(StakeholderRole)
              .optional()
              .describe('Roles that can answer the question from their own work (every role when absent).'),
          }),
        ),
      }),
    ),
    services: z.array(z.object({ id: z.string(), label: z.string(), model: z.string() })),
    context: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        help: z.string(),
        kind: z.enum(['integer', 'number', 'choice', 'boolean']),
        optional: z.boolean().optional(),
        min: z.number().int().optional(),
        options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
      }),
    ),
  }),
);
export type QuestionnaireDocument = z.infer<typeof QuestionnaireDocument>;
