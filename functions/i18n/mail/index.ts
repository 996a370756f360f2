import { type Params, renderMessage } from '../format';
import type { Language } from '../languages';
import { MAIL_DE } from './de';
import { MAIL_EN, type MailKey } from './en';
import { MAIL_FR } from './fr';

export const MAIL_CATALOGUES: Readonly<Record<Language, Readonly<Record<MailKey, string>>>> = {
  en: MAIL_EN,
  fr: MAIL_FR,
  de: MAIL_DE,
};

/** A mail line in a language. */
export const mailText = (language: Language, key: MailKey, params?: Params): string =>
  renderMessage(
    { language, catalogue: MAIL_CATALOGUES[language] },
    params === undefined ? { key } : { key, params },
  );

export type { MailKey };
