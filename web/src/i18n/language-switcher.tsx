import { LANGUAGE_NAME, LANGUAGES } from '../../../functions/i18n/languages';
import { language, setLanguage, t } from './index';

/**
 * Each language named in itself, with its own lang attribute; the choice is remembered in this
 * browser. Compact, to sit in the header row: a globe stands for the label, which screen readers
 * still hear.
 */
export const LanguageSwitcher = ({ id = 'language' }: { id?: string }) => (
  <span class="language-switcher">
    <label for={id}>
      <svg class="globe" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
      </svg>
      <span class="sr-only">{t('language.label')}</span>
    </label>
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
