/** The languages everything a person reads is offered in; English is the source. */
export const LANGUAGES = ['en', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The language's own name, shown in language switchers (each in its own language). */
export const LANGUAGE_NAME: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** `fr-CH` → `fr`; anything not offered → undefined. */
export const languageOf = (tag: string): Language | undefined => {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
};

/**
 * The best offered language of an Accept-Language header, honouring quality values
 * (`de-CH;q=0.9, fr;q=0.8`); ties keep the header's order; none offered → undefined.
 */
export const negotiate = (header: string | undefined | null): Language | undefined => {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { language: languageOf(tag), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.language !== undefined && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.language;
};
