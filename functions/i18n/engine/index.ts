import { EN, type EngineKey } from '../../core/english';
import { renderMessage } from '../../core/render';
import type { Say } from '../../core/say';
import type { Language } from '../languages';
import { deTexts } from './de';
import { frTexts } from './fr';

type EngineCatalogue = Readonly<Record<EngineKey, string>>;

const TEXTS: Readonly<Record<Language, () => EngineCatalogue>> = { en: () => EN, fr: frTexts, de: deTexts };

/**
 * Every language's engine catalogue, for hosts that serve them all (the API). Each is built when
 * first read, so a cold start evaluates only the languages its requests need.
 */
export const ENGINE_CATALOGUES: Readonly<Record<Language, EngineCatalogue>> = {
  get en() {
    return TEXTS.en();
  },
  get fr() {
    return TEXTS.fr();
  },
  get de() {
    return TEXTS.de();
  },
};

const says = new Map<Language, Say>();

/** How the engine's messages are said in a language. */
export const sayIn = (language: Language): Say => {
  let say = says.get(language);
  if (!say) {
    const formatter = { language, catalogue: TEXTS[language]() };
    say = (m) => renderMessage(formatter, m);
    says.set(language, say);
  }
  return say;
};
