import { interpolate, numberText, type Params } from '../../../../functions/i18n/format';
import type { Language } from '../../../../functions/i18n/languages';
import { DECK_DE } from '../../i18n/deck-de';
import { DECK_EN, type DeckCatalogue, type DeckKey } from '../../i18n/deck-en';
import { DECK_FR } from '../../i18n/deck-fr';
import { frenchTexts } from '../../i18n/typography';

// French texts keep « » ; : ! ? on the line of their word, as the web's do.
const CATALOGUES: Record<Language, DeckCatalogue> = {
  en: DECK_EN,
  fr: frenchTexts(DECK_FR) as DeckCatalogue,
  de: DECK_DE,
};

/** The locale PowerPoint is told the text is in, for its spelling and hyphenation. */
const TAGS: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/** The deck's words and numbers in one language, with the same Intl formatting the web uses. */
export interface Say {
  language: Language;
  /** BCP 47 tag for the text runs. */
  tag: string;
  t: (key: DeckKey, params?: Params) => string;
  /** A number with a fixed number of decimals, or up to two. */
  num: (n: number, digits?: number) => string;
  /** A range of two numbers, "2.2–3.2" or "2,2–3,2". */
  range: (min: number, max: number, digits?: number) => string;
  /** A yearly amount range in a currency, whole units. */
  money: (min: number, max: number, currency: string) => string;
  /** YYYY-MM-DD as a long date. */
  date: (iso: string) => string;
}

export const sayIn = (language: Language = 'en'): Say => {
  const catalogue = CATALOGUES[language];
  const formatter = { language, catalogue };
  const num = (n: number, digits?: number) => numberText(language, n, digits);
  const money = (min: number, max: number, currency: string) => {
    try {
      const f = new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 });
      return min === max ? f.format(min) : f.formatRange(min, max);
    } catch {
      // An unknown currency code: the code beside plain numbers.
      return `${currency} ${num(Math.round(min))}–${num(Math.round(max))}`;
    }
  };
  return {
    language,
    tag: TAGS[language],
    t: (key, params) => interpolate(formatter, catalogue[key], params),
    num,
    range: (min, max, digits) => (min === max ? num(min, digits) : `${num(min, digits)}–${num(max, digits)}`),
    money,
    date: (iso) => interpolate(formatter, '{d, date}', { d: iso }),
  };
};

/** First letter up: names that open a sentence or a card. */
export const capital = (s: string) => (s ? s[0]?.toLocaleUpperCase() + s.slice(1) : s);
