import { loadEngineTexts } from './engine/translations';
import { LANGUAGES, type Language } from './languages';
import { loadQuestionnaireTexts } from './questionnaire';

/**
 * Imports everything a reader in `language` reads that is not bundled with the engine: the
 * engine's sentences and the questionnaire's translation (English needs nothing). Hosts and tests
 * await it before the synchronous code that says things (`sayIn`, `localiseQuestionnaire`, …) runs
 * in that language. The API loads each family where it is needed instead: the questionnaire's for
 * every route whose query takes `lang` (functions/api/http/mount.ts), the engine's with the engine
 * (functions/api/engine.ts). Each language is imported once; its two families load side by side.
 */
export const loadLanguage = async (language: Language): Promise<void> => {
  await Promise.all([loadEngineTexts(language), loadQuestionnaireTexts(language)]);
};

/** Every language: for hosts and tests that say things in all of them. */
export const loadAllLanguages = async (): Promise<void> => {
  await Promise.all(LANGUAGES.map(loadLanguage));
};
