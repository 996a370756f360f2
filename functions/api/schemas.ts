import * as z from 'zod';
import { Answers } from '../contract/answers';
import { QuickCheckRequest } from '../contract/api';
import { SaveResponseRequest } from '../contract/assessments';
import { lazySchema } from '../contract/lazy';
import { QUESTION_IDS, SERVICE_IDS } from '../core/questionnaire';

/** Flags every key of `byQuestion` that is not a question of the current questionnaire. */
const refuseUnknownQuestions = (
  byQuestion: object | undefined,
  path: PropertyKey[],
  ctx: z.RefinementCtx,
) => {
  for (const id of Object.keys(byQuestion ?? {})) {
    if (!QUESTION_IDS.has(id))
      ctx.addIssue({ code: 'custom', path: [...path, id], message: `unknown question id "${id}"` });
  }
};

/** Answers whose keys are questions of the current questionnaire: a typo is refused, not dropped. */
const KnownAnswers = lazySchema(() =>
  Answers.superRefine((answers, ctx) => refuseUnknownQuestions(answers, [], ctx)),
);

export const QuickCheckBody = lazySchema(() => QuickCheckRequest.extend({ answers: KnownAnswers }).strict());

/** Ids in paths: opaque, URL-safe, bounded. */
export const Id = lazySchema(() =>
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id of 1\u201364 letters, digits, "-" or "_"'),
);

/** The autosave body, every key checked against the questionnaire: a typo is refused, not stored. */
export const SaveBody = lazySchema(() =>
  SaveResponseRequest.superRefine((body, ctx) => {
    refuseUnknownQuestions(body.answers, ['answers'], ctx);
    refuseUnknownQuestions(body.notes, ['notes'], ctx);
    (body.expectations ?? []).forEach((service, i) => {
      if (!SERVICE_IDS.has(service)) {
        ctx.addIssue({
          code: 'custom',
          path: ['expectations', i],
          message: `unknown PMO service "${service}"`,
        });
      }
    });
  }),
);
