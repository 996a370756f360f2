import { signal } from '@preact/signals';
import { interpolate, numberText, type Params } from '../../../functions/i18n/format';
import { DEFAULT_LANGUAGE, isLanguage, type Language, negotiate } from '../../../functions/i18n/languages';
import type { WebCatalogue, WebKey } from './en';
import type { OfficeKey } from './office-en';
import type { PublicKey } from './public-en';
import type { ReportKey } from './report-en';
import type { TransferKey } from './transfer-en';
import { frenchTexts } from './typography';
import type { WorkspaceKey } from './workspace-en';

const STORAGE_KEY = 'pmo-blueprint.language';

type Texts = Readonly<Record<string, string>>;
type Translated = Exclude<Language, 'en'>;

/**
 * A part of the catalogue: English built in, the translations fetched on demand. The report part
 * comes with the report, so the questionnaire never carries it. The base part fetches its English
 * too, as one more language: a French or German reader never downloads the English texts (the
 * first render waits for the reader's texts, which load beside the page's code).
 */
interface Part {
  en: Texts | (() => Promise<Texts>);
  load: Record<Translated, () => Promise<Texts>>;
}

const BASE: Part = {
  en: () => import('./en').then((m) => m.WEB_EN),
  load: {
    fr: () => import('./fr').then((m) => m.WEB_FR),
    de: () => import('./de').then((m) => m.WEB_DE),
  },
};

const parts = new Map<string, Part>([['base', BASE]]);
/** Loaded translations by `part|language`; a signal, so texts re-render when a part arrives. */
const loaded = signal<Readonly<Record<string, Texts>>>({});

const ensure = async (name: string, next: Language): Promise<void> => {
  const part = parts.get(name);
  if (!part || loaded.value[`${name}|${next}`]) return;
  const load = next !== 'en' ? part.load[next] : typeof part.en === 'function' ? part.en : undefined;
  if (!load) return;
  const raw = await load();
  // French texts are spaced the French way once, as they arrive, whatever part they come from.
  const texts = next === 'fr' ? frenchTexts(raw) : raw;
  loaded.value = { ...loaded.value, [`${name}|${next}`]: texts };
};

/** A part's English texts: built in, or once fetched. */
const englishOf = (name: string, part: Part): Texts | undefined =>
  typeof part.en === 'function' ? loaded.value[`${name}|en`] : part.en;

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

/** The reader's language; components that call t() re-render when it changes. */
export const language = signal<Language>(DEFAULT_LANGUAGE);

/** Whether the reader picked a language themselves (then an assessment's language does not override it). */
export const chosenByReader = (): boolean => stored() !== undefined;

/**
 * The language being switched to: a part registered while the switch is under way (a page's code
 * arriving beside the first texts) loads in it, not in the language being left.
 */
let wanted: Language = DEFAULT_LANGUAGE;

/** Switches the app's language: loads its texts, sets <html lang>, and remembers the choice if asked. */
export const setLanguage = async (next: Language, options: { remember?: boolean } = {}): Promise<void> => {
  wanted = next;
  if (options.remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
  await Promise.all([...parts.keys()].map((name) => ensure(name, next)));
  language.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
};

/** Adds a part of the catalogue (a page's own texts) and fetches it in the current language. */
export const registerTexts = (name: string, part: Part): void => {
  if (!parts.has(name)) parts.set(name, part);
  void ensure(name, language.value);
  if (wanted !== language.value) void ensure(name, wanted);
};

/**
 * A language asked for in the address (`?lang=fr` on any page, as a link in a mail or a slide may
 * carry), remembered like a choice in the switcher.
 */
const askedIn = (): Language | undefined => {
  if (typeof location === 'undefined') return undefined;
  const asked = new URLSearchParams(location.search).get('lang')?.toLowerCase() ?? null;
  return isLanguage(asked) ? asked : undefined;
};
/** Read as the app loads: an invite link's address is tidied away before the first render. */
const askedAtLoad = askedIn();
const fromAddress = (): Language | undefined => {
  const asked = askedIn() ?? askedAtLoad;
  if (!asked) return undefined;
  try {
    localStorage.setItem(STORAGE_KEY, asked);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  return asked;
};

/** The language to start in: one asked for in the address, the reader's earlier choice, the browser's, else English. */
export const initialLanguage = (): Language => fromAddress() ?? stored() ?? fromBrowser() ?? DEFAULT_LANGUAGE;

const templateOf = (key: string): string => {
  const reading = language.value;
  for (const [name, part] of parts) {
    const text =
      (reading === 'en' ? undefined : loaded.value[`${name}|${reading}`]?.[key]) ??
      englishOf(name, part)?.[key];
    if (text !== undefined) return text;
  }
  throw new Error(`No text for "${key}"`);
};

/** A text of the web app in the current language (English until a part's translation has arrived). */
export const t = (
  key: WebKey | ReportKey | PublicKey | WorkspaceKey | TransferKey | OfficeKey,
  params?: Params,
): string => interpolate({ language: language.value, catalogue: {} }, templateOf(key), params);

/** A number in the current language, with a fixed number of decimals when given. */
export const num = (n: number, digits?: number): string => numberText(language.value, n, digits);

export type { WebCatalogue, WebKey };
