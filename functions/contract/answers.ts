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

/**
 * A stakeholder's optional extra answer: how much each dimension matters to them (1–5 by dimension
 * id; null clears one). Published only as a mean over at least minGroupSize raters, in steps of it.
 */
export const ImportanceAnswers = lazySchema(() =>
  z.record(
    z
      .string()
      .min(1)
      .max(64)
      .regex(/^[a-z0-9-]+$/, 'must be a dimension id'),
    Rating.nullable(),
  ),
);
export type ImportanceAnswers = z.infer<typeof ImportanceAnswers>;
