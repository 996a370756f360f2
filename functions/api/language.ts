import type { Context } from 'hono';
import * as z from 'zod';
import { lazySchema } from '../contract/lazy';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, negotiate } from '../i18n/languages';
import { loadQuestionnaireTexts } from '../i18n/questionnaire';

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

/** `?lang=` first, else the best offered language of Accept-Language (quality values honoured), else English. */
const languageOf = (c: Context, lang: Language | undefined): Language =>
  lang ?? negotiate(c.req.header('accept-language')) ?? DEFAULT_LANGUAGE;

/**
 * The reader's language: `?lang=` first, else the best offered language of Accept-Language
 * (quality values honoured), else English. Sets Content-Language on the answer. The
 * questionnaire's translation into it is loaded by then (the mount loads it for every route
 * whose query takes `lang`); the engine's sentences come with the engine (`engineIn`).
 */
export const readerLanguage = (c: Context, lang: Language | undefined): Language => {
  const language = languageOf(c, lang);
  c.header('Content-Language', language);
  return language;
};

/**
 * Whether a route reads the reader's language: its query takes `lang` (LanguageQuery, alone or
 * extended), which is the only way a handler gets one to pass to `readerLanguage`.
 */
export const readsLanguage = (query: z.ZodType | undefined): boolean => {
  const shape = (query as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape !== undefined && Object.hasOwn(shape, 'lang');
};

/**
 * Imports the questionnaire's translation into the language `readerLanguage` will pick for this
 * request (its query validated), before the handler runs: the handlers stay synchronous, and a
 * cold start imports no language its requests do not read.
 */
export const loadReaderLanguage = (c: Context, query: { lang?: Language | undefined } | undefined) =>
  loadQuestionnaireTexts(languageOf(c, query?.lang));
