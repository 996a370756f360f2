import type { Language } from './languages';

/**
 * A family of catalogues, one per language, each imported when a reader first needs it. In the
 * API's bundle a dynamic `import()` is a chunk of its own, so a cold start parses no language but
 * the source; the host awaits `load(language)` (functions/i18n/load.ts) before its synchronous code
 * reads `get(language)`, so the engine and the handlers stay synchronous and free of I/O.
 */
export interface LazyCatalogue<T> {
  /** Imports a language's catalogue once; later calls return the same promise. */
  load: (language: Language) => Promise<void>;
  /** A loaded language's catalogue; a language never loaded is a programming error, said as such. */
  get: (language: Language) => T;
  isLoaded: (language: Language) => boolean;
}

export const lazyCatalogue = <T>(
  family: string,
  /** What is there from the start (the source language, bundled with the engine). */
  present: Partial<Readonly<Record<Language, T>>>,
  /** Every other language: its module, imported on demand. */
  imports: Partial<Readonly<Record<Language, () => Promise<T>>>>,
): LazyCatalogue<T> => {
  const loaded = new Map<Language, T>(Object.entries(present) as [Language, T][]);
  const loading = new Map<Language, Promise<void>>();
  const load = (language: Language): Promise<void> => {
    if (loaded.has(language)) return Promise.resolve();
    let pending = loading.get(language);
    if (!pending) {
      const source = imports[language];
      if (!source) return Promise.reject(new Error(`No ${family} texts in '${language}'.`));
      pending = source().then(
        (catalogue) => {
          loaded.set(language, catalogue);
        },
        (error: unknown) => {
          // Not remembered: the next request tries again.
          loading.delete(language);
          throw error;
        },
      );
      loading.set(language, pending);
    }
    return pending;
  };
  const get = (language: Language): T => {
    if (!loaded.has(language))
      throw new Error(
        `The ${family} texts in '${language}' were read before they were loaded: await loadLanguage('${language}') (functions/i18n/load.ts) first.`,
      );
    return loaded.get(language) as T;
  };
  return { load, get, isLoaded: (language) => loaded.has(language) };
};
