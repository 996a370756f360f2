import type { Context } from 'hono';
import * as z from 'zod';
import { lazySchema } from '../contract/lazy';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, negotiate } from '../i18n/languages';

/** `?lang=`: the language of everything a person reads in the answer. */
export const LanguageQuery = lazySchema(() =>
  z
    .object({
      lang: z
        .enum(LANGUAGES)
        .optional()
        .describe('Language of the texts (en, fr, de); else Accept-Language decides, else English.'),
    })
    .strict(),
);

/**
 * The reader's language: `?lang=` first, else the best offered language of Accept-Language
 * (quality values honoured), else English. Sets Content-Language on the answer.
 */
export const readerLanguage = (c: Context, lang: Language | undefined): Language => {
  const language = lang ?? negotiate(c.req.header('accept-language')) ?? DEFAULT_LANGUAGE;
  c.header('Content-Language', language);
  return language;
};
