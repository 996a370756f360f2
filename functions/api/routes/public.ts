import { evaluate, QUESTIONNAIRES } from '../../core';
import { ApiError } from '../http/errors';
import type { Handlers } from '../http/mount';
import { buildOpenApi } from '../openapi';
import { questionnaireDocument } from '../questionnaire-document';
import type { AppDeps } from '../types';

/** Memoises a function of one string key. */
const once = <T>(make: (key: string) => T) => {
  const made = new Map<string, T>();
  return (key: string): T => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
};

export type PublicOperation = 'getHealth' | 'getModel' | 'getOpenApi' | 'runQuickCheck';

/** Routes anyone may call: health, the questionnaire, the quick check and the API description. */
export const publicHandlers = (deps: AppDeps): Pick<Handlers, PublicOperation> => {
  // Built on first use, not at cold start: most invocations never ask for them.
  const documentOf = once((version: string) =>
    questionnaireDocument(QUESTIONNAIRES.find((q) => q.version === version) ?? deps.questionnaire),
  );
  const openApi = once(() => buildOpenApi());
  return {
    getHealth: () => ({ status: 'ok', questionnaireVersion: deps.questionnaire.version }),
    // Older editions stay readable by id (`?edition=2026.1`) for assessments answered in them.
    getModel: (_c, { query }) => documentOf(query.edition ?? deps.questionnaire.version),
    getOpenApi: () => openApi(''),
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
