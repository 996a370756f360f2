import { evaluate, QUESTIONNAIRES } from '../../core';
import { ApiError } from '../http/errors';
import type { Handlers } from '../http/mount';
import { buildOpenApi } from '../openapi';
import { questionnaireDocument } from '../questionnaire-document';
import type { AppDeps } from '../types';

export type PublicOperation = 'getHealth' | 'getModel' | 'getOpenApi' | 'runQuickCheck';

/** Routes anyone may call: health, the questionnaire, the quick check and the API description. */
export const publicHandlers = (deps: AppDeps): Pick<Handlers, PublicOperation> => {
  const document = questionnaireDocument(deps.questionnaire);
  // Older editions stay readable by id (`?edition=2026.1`) for assessments answered in them.
  const editions = new Map(QUESTIONNAIRES.map((q) => [q.version, questionnaireDocument(q)]));
  const openApi = buildOpenApi();
  return {
    getHealth: () => ({ status: 'ok', questionnaireVersion: deps.questionnaire.version }),
    getModel: (_c, { query }) => (query.edition ? (editions.get(query.edition) ?? document) : document),
    getOpenApi: () => openApi,
    runQuickCheck: (_c, { body }) => {
      const result = evaluate(deps.questionnaire, body.context, [body.answers], { rates: body.rates });
      if (!result) {
        throw new ApiError(
          422,
          'no_ratings',
          'Rate at least one question from 1 to 5; "don\'t know" and "n/a" alone cannot be scored.',
          [{ path: 'answers', message: 'no question carries a rating from 1 to 5' }],
        );
      }
      return result;
    },
  };
};
