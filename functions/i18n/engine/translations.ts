import type { EngineKey } from '../../core/english';
import type { Language } from '../languages';
import { lazyCatalogue } from '../lazy-catalogue';

export type EngineCatalogue = Readonly<Record<EngineKey, string>>;

/**
 * The engine's French and German catalogues, each a module imported when a reader first needs
 * it, so the API's cold start neither parses nor evaluates them (each is a chunk of its own in
 * the bundle). English is the engine's own and needs no loading. Apart from `./index.ts`, which
 * carries the English, so the API can load a translation without importing the engine.
 */
const TRANSLATIONS = lazyCatalogue<() => EngineCatalogue>(
  'engine',
  {},
  {
    fr: () => import('./fr').then((m) => m.frTexts),
    de: () => import('./de').then((m) => m.deTexts),
  },
);

/** Imports the engine's texts in a language (nothing to do for English); the same promise each time. */
export const loadEngineTexts = (language: Language): Promise<void> =>
  language === 'en' ? Promise.resolve() : TRANSLATIONS.load(language);

/** A loaded translation, built on first read; a language not loaded throws, naming the loader. */
export const engineTranslation = (language: Exclude<Language, 'en'>): EngineCatalogue =>
  TRANSLATIONS.get(language)();
