import { QUESTIONNAIRES } from '../../core/questionnaire';
import type { Language } from '../../i18n/languages';
import { localiseQuestionnaire } from '../../i18n/questionnaire';
import { engineIn } from '../engine';
import { ApiError } from '../http/errors';
import type { PublicHandlers } from '../http/mount';
import { readerLanguage } from '../language';
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

/** Routes anyone may call: health, the questionnaire, the quick check and the API description. */
export const publicHandlers = (deps: AppDeps): PublicHandlers => {
  // Built on first use, not at cold start: most invocations never ask for them.
  const documentOf = once((key: string) => {
    const [version, language] = key.split('|') as [string, Language];
    return questionnaireDocument(
      QUESTIONNAIRES.find((q) => q.version === version) ?? deps.questionnaire,
      language,
    );
  });
  const openApi = once(() => buildOpenApi());
  return {
    getHealth: () => ({ status: 'ok', questionnaireVersion: deps.questionnaire.version }),
    // Older editions stay readable by id (`?edition=2026.1`) for assessments answered in them.
    getModel: (c, { query }) =>
      documentOf(`${query.edition ?? deps.questionnaire.version}|${readerLanguage(c, query.lang)}`),
    getOpenApi: () => openApi(''),
    runQuickCheck: async (c, { query, body }) => {
      const language = readerLanguage(c, query.lang);
      const { evaluate, sayIn } = await engineIn(language);
      const result = evaluate(
        localiseQuestionnaire(deps.questionnaire, language),
        body.context,
        [body.answers],
        {
          rates: body.rates,
          say: sayIn(language),
        },
      );
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
