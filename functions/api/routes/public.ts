import { Hono } from 'hono';
import { evaluate, QUESTIONNAIRES } from '../../core';
import { ApiError } from '../http/errors';
import { readBody } from '../http/validate';
import { buildOpenApi } from '../openapi';
import { questionnaireDocument } from '../questionnaire-document';
import { QuickCheckBody } from '../schemas';
import type { AppDeps } from '../types';

/** Routes anyone may call: health, the questionnaire, the quick check and the API description. */
export const publicRoutes = (deps: AppDeps) => {
  const document = questionnaireDocument(deps.questionnaire);
  // Older editions stay readable by id (`?edition=2026.1`) for assessments answered in them.
  const editions = new Map(QUESTIONNAIRES.map((q) => [q.version, questionnaireDocument(q)]));
  const openApi = buildOpenApi();
  return new Hono()
    .get('/health', (c) =>
      c.json({ status: 'ok' as const, questionnaireVersion: deps.questionnaire.version }),
    )
    .get('/model', (c) => c.json(editions.get(c.req.query('edition') ?? '') ?? document))
    .get('/openapi.json', (c) => c.json(openApi))
    .post('/quick-check', async (c) => {
      const body = await readBody(c, QuickCheckBody);
      const result = evaluate(deps.questionnaire, body.context, [body.answers], { rates: body.rates });
      if (!result) {
        throw new ApiError(
          422,
          'no_ratings',
          'Rate at least one question from 1 to 5; "don\'t know" and "n/a" alone cannot be scored.',
          [{ path: 'answers', message: 'no question carries a rating from 1 to 5' }],
        );
      }
      return c.json(result);
    });
};
