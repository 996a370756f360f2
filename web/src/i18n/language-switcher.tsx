import { LANGUAGE_NAME, LANGUAGES } from '../../../functions/i18n/languages';
import { language, setLanguage, t } from './index';

/** Each language named in itself, with its own lang attribute; the choice is remembered in this browser. */
export const LanguageSwitcher = ({ id = 'language' }: { id?: string }) => (
  <span class="language-switcher">
    <label for={id}>{t('language.label')}</label>{' '}
    <select
      id={id}
      value={language.value}
      onChange={(e) => {
        const value = (e.target as HTMLSelectElement).value;
        const next = LANGUAGES.find((l) => l === value);
        if (next) void setLanguage(next, { remember: true });
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAME[l]}
        </option>
      ))}
    </select>
  </span>
);
