import * as z from 'zod';
import { lazySchema } from './lazy';
import { STAKEHOLDER_ROLES } from './roles';

/** A rating 1–5 picks the practice description that is true today. */
export const Rating = lazySchema(() => z.number().int().min(1).max(5));
export const AnswerValue = lazySchema(() => z.union([Rating, z.literal('dont-know'), z.literal('n/a')]));
export type AnswerValue = z.infer<typeof AnswerValue>;

export const QuestionId = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'must be a question id (lower-case letters, digits, dashes)'),
);

/** Answers keyed by question id. Unknown ids are refused by the API, not silently dropped. */
export const Answers = lazySchema(() => z.record(QuestionId, AnswerValue));
export type Answers = z.infer<typeof Answers>;

export { STAKEHOLDER_ROLES };
export const StakeholderRole = lazySchema(() => z.enum(STAKEHOLDER_ROLES));
export type StakeholderRole = z.infer<typeof StakeholderRole>;
