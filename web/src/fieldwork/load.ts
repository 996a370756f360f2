import { questionnaireFor } from '../../../functions/core/questionnaire';
import type { Questionnaire } from '../../../functions/core/questionnaire/types';
import {
  type FieldworkKey,
  type FieldworkTexts,
  loadKitEntries,
  type ResolvedEntry,
  resolveKit,
  TEXT_FILES,
} from '../../../functions/i18n/fieldwork';
import { interpolate, type Params } from '../../../functions/i18n/format';
import type { Language } from '../../../functions/i18n/languages';
import type { EditionText } from '../../../functions/i18n/questionnaire/types';
import { frenchTexts } from '../i18n/typography';

/** The kit in one language for one edition: its words, and every dimension's entry. */
export interface Fieldwork {
  language: Language;
  edition: string;
  say: (key: FieldworkKey, params?: Params) => string;
  entries: ResolvedEntry[];
}

/** An edition's texts in French or German, fetched only for that language; English is the questionnaire's own. */
const editionText = async (language: Language, version: string): Promise<EditionText | undefined> => {
  if (language === 'fr')
    return (await import('../../../functions/i18n/questionnaire/fr')).frQuestionnaire().editions[version];
  if (language === 'de')
    return (await import('../../../functions/i18n/questionnaire/de')).deQuestionnaire().editions[version];
  return undefined;
};

/** The edition with the reader's dimension names and questions (the fallback entries read them). */
const localised = async (language: Language, version: string): Promise<Questionnaire> => {
  const q = questionnaireFor(version);
  const text = await editionText(language, version);
  if (!text) return q;
  return {
    ...q,
    dimensions: q.dimensions.map((d) => ({
      ...d,
      ...(text.dimensions[d.id] ?? {}),
      questions: d.questions.map((x) => ({ ...x, ...(text.questions[x.id] ?? {}) })),
    })),
  };
};

/** Loads the kit for an assessment's edition in the reader's language. */
export const loadFieldwork = async (language: Language, version: string): Promise<Fieldwork> => {
  const [raw, loaded, questionnaire] = await Promise.all([
    TEXT_FILES[language](),
    loadKitEntries(language),
    localised(language, version),
  ]);
  const texts = (language === 'fr' ? frenchTexts(raw) : raw) as FieldworkTexts;
  const spaced = (text: string) => (language === 'fr' ? (frenchTexts({ text }).text ?? text) : text);
  const entries = resolveKit(loaded, questionnaire).map((r) => ({
    ...r,
    entry: {
      interview: Object.fromEntries(
        Object.entries(r.entry.interview).map(([role, questions]) => [role, (questions ?? []).map(spaced)]),
      ),
      listenFor: r.entry.listenFor.map(spaced) as unknown as typeof r.entry.listenFor,
      documents: r.entry.documents.map(spaced) as unknown as typeof r.entry.documents,
    },
  }));
  return {
    language,
    edition: questionnaire.version,
    say: (key, params) => interpolate({ language, catalogue: {} }, texts[key], params),
    entries,
  };
};
