import { loadEngineTexts } from '../i18n/engine/translations';
import type { Language } from '../i18n/languages';

/**
 * The engine and the services that run it, for the routes that evaluate (the quick check, the
 * results and their exports, the shared report, the portfolio, the benchmark): imported on the
 * first request that needs them, a chunk of its own in the API's bundle (the decision rules, the
 * office design, the rollout, the engine's English sentences), with the engine's sentences in the
 * reader's language loaded beside it. A cold start that serves the questionnaire or a
 * consultant's lists never reads it. Imported once; later calls resolve at once.
 */
export const engineIn = async (language: Language) => {
  const [engine] = await Promise.all([import('./engine-services'), loadEngineTexts(language)]);
  return engine;
};
