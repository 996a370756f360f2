import { CONTEXT_FIELDS, type ContextField } from '../../core/questionnaire/context-fields';
import type { Questionnaire } from '../../core/questionnaire/types';
import type { Language } from '../languages';
import { lazyCatalogue } from '../lazy-catalogue';
import { ENGLISH_SPECIAL } from './source';
import type { QuestionnaireText, SharedText } from './types';

/**
 * The translations (English is the questionnaire itself), each a module imported when a reader
 * first needs it (`loadQuestionnaireTexts`, or `loadLanguage`): the API's cold start parses
 * none of them. A loaded translation is still built on first read.
 */
const TEXTS = lazyCatalogue<() => QuestionnaireText>(
  'questionnaire',
  {},
  {
    fr: () => import('./fr').then((m) => m.frQuestionnaire),
    de: () => import('./de').then((m) => m.deQuestionnaire),
  },
);

/** Imports the questionnaire's translation into a language (nothing to do for English). */
export const loadQuestionnaireTexts = (language: Language): Promise<void> =>
  language === 'en' ? Promise.resolve() : TEXTS.load(language);

/** The translations, once loaded (a language not loaded throws when read). */
export const QUESTIONNAIRE_TEXTS: Readonly<Record<Exclude<Language, 'en'>, QuestionnaireText>> = {
  get fr() {
    return TEXTS.get('fr')();
  },
  get de() {
    return TEXTS.get('de')();
  },
};

/**
 * The edition in another language: same ids, same order, same audiences and scoring; only what
 * a person reads changes, so answers given in any language pool into one result. An edition
 * without a translation stays English.
 */
export const localiseQuestionnaire = (q: Questionnaire, language: Language): Questionnaire => {
  if (language === 'en') return q;
  const { shared, editions } = QUESTIONNAIRE_TEXTS[language];
  const edition = editions[q.version];
  return {
    ...q,
    answerRule: edition?.answerRule ?? q.answerRule,
    levels: q.levels.map((l, i) => ({ ...l, ...(shared.levels[i] ?? {}) })),
    services: q.services.map((s) => ({ ...s, label: shared.services[s.id] ?? s.label })),
    dimensions: q.dimensions.map((d) => ({
      ...d,
      ...(edition?.dimensions[d.id] ?? {}),
      questions: d.questions.map((x) => ({ ...x, ...(edition?.questions[x.id] ?? {}) })),
    })),
  };
};

/** The context fields (the organisation's figures) in a language. */
export const localiseContextFields = (language: Language): ContextField[] => {
  const shared: SharedText | undefined = language === 'en' ? undefined : QUESTIONNAIRE_TEXTS[language].shared;
  return CONTEXT_FIELDS.map((f) => {
    const text = shared?.context[f.id];
    if (!text) return { ...f };
    return {
      ...f,
      label: text.label,
      help: text.help,
      ...(f.options
        ? { options: f.options.map((o) => ({ value: o.value, label: text.options?.[o.value] ?? o.label })) }
        : {}),
    };
  });
};

/** "Don't know" and "Not applicable" in a language. */
export const specialAnswers = (language: Language): SharedText['special'] =>
  language === 'en' ? ENGLISH_SPECIAL : QUESTIONNAIRE_TEXTS[language].shared.special;
