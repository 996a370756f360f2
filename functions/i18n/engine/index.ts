import type { Say } from '../../core/say';
import { renderMessage } from '../format';
import type { Language } from '../languages';
import { DE } from './de';
import { EN, type EngineKey } from './en';
import { FR } from './fr';

/** Every language's engine catalogue, for hosts that serve them all (the API). */
export const ENGINE_CATALOGUES: Readonly<Record<Language, Readonly<Record<EngineKey, string>>>> = {
  en: EN,
  fr: FR,
  de: DE,
};

const says = new Map<Language, Say>();

/** How the engine's messages are said in a language. */
export const sayIn = (language: Language): Say => {
  let say = says.get(language);
  if (!say) {
    const formatter = { language, catalogue: ENGINE_CATALOGUES[language] };
    say = (m) => renderMessage(formatter, m);
    says.set(language, say);
  }
  return say;
};
