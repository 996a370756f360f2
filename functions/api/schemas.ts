import { z } from 'zod';
import { Answers } from '../contract/answers';
import { QuickCheckRequest } from '../contract/api';
import { QUESTION_IDS } from '../core';

/** Answers whose keys are questions of the current questionnaire: a typo is refused, not dropped. */
export const KnownAnswers = Answers.superRefine((answers, ctx) => {
  for (const id of Object.keys(answers)) {
    if (!QUESTION_IDS.has(id))
      ctx.addIssue({ code: 'custom', path: [id], message: `unknown question id "${id}"` });
  }
});

export const QuickCheckBody = QuickCheckRequest.extend({ answers: KnownAnswers }).strict();

/** Ids in paths: opaque, URL-safe, bounded. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id of 1\u201364 letters, digits, "-" or "_"');
