import { signal } from '@preact/signals';
import { numberText, type Params, renderMessage } from '../../../functions/i18n/format';
import { DEFAULT_LANGUAGE, isLanguage, type Language, negotiate } from '../../../functions/i18n/languages';
import { WEB_EN, type WebCatalogue, type WebKey } from './en';

const STORAGE_KEY = 'pmo-blueprint.language';

/** Only the chosen language is fetched: English is built in, French and German are separate chunks. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<WebCatalogue>> = {
  fr: () => import('./fr').then((m) => m.WEB_FR),
  de: () => import('./de').then((m) => m.WEB_DE),
};

const stored = (): Language | undefined => {
  try {
    const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
};

const fromBrowser = (): Language | undefined =>
  typeof navigator === 'undefined'
    ? undefined
    : negotiate((navigator.languages ?? [navigator.language]).join(','));

/** The reader's language and its catalogue; components that call t() re-render when it changes. */
export const language = signal<Language>(DEFAULT_LANGUAGE);
const catalogue = signal<WebCatalogue>(WEB_EN);

/** Whether the reader picked a language themselves (then an assessment's language does not override it). */
export const chosenByReader = (): boolean => stored() !== undefined;

/** Switches the app's language: loads its catalogue, sets <html lang>, and remembers the choice if asked. */
export const setLanguage = async (next: Language, options: { remember?: boolean } = {}): Promise<void> => {
  if (options.remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
  const texts = next === 'en' ? WEB_EN : await LOADERS[next]();
  catalogue.value = texts;
  language.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
};

/** The language to start in: the reader's earlier choice, else the browser's, else English. */
export const initialLanguage = (): Language => stored() ?? fromBrowser() ?? DEFAULT_LANGUAGE;

/** A text of the web app in the current language. */
export const t = (key: WebKey, params?: Params): string =>
  renderMessage(
    { language: language.value, catalogue: catalogue.value },
    params === undefined ? { key } : { key, params },
  );

/** A number in the current language, with a fixed number of decimals when given. */
export const num = (n: number, digits?: number): string => numberText(language.value, n, digits);

export type { WebKey };
