import { EN } from '../../core/english';
import { renderMessage } from '../../core/render';
import type { Say } from '../../core/say';
import type { Language } from '../languages';
import { type EngineCatalogue, engineTranslation } from './translations';

export { loadEngineTexts } from './translations';

const catalogueIn = (language: Language): EngineCatalogue =>
  language === 'en' ? EN : engineTranslation(language);

/**
 * Every language's engine catalogue, for hosts that serve them all (the API). English is always
 * there; French and German once loaded (`loadEngineTexts`, or `loadLanguage` for every family):
 * reading one before throws.
 */
export const ENGINE_CATALOGUES: Readonly<Record<Language, EngineCatalogue>> = {
  get en() {
    return catalogueIn('en');
  },
  get fr() {
    return catalogueIn('fr');
  },
  get de() {
    return catalogueIn('de');
  },
};

const says = new Map<Language, Say>();

/** How the engine's messages are said in a language (French and German once loaded). */
export const sayIn = (language: Language): Say => {
  let say = says.get(language);
  if (!say) {
    const formatter = { language, catalogue: catalogueIn(language) };
    say = (m) => renderMessage(formatter, m);
    says.set(language, say);
  }
  return say;
};
