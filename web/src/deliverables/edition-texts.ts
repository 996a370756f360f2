import { QUESTIONNAIRE } from '../../../functions/core/questionnaire';
import type { Language } from '../../../functions/i18n/languages';
import type { EditionText } from '../../../functions/i18n/questionnaire/types';

/**
 * The current edition's texts in the reader's language (dimension names and quick wins), fetched
 * only for that language; English is the questionnaire's own text, so nothing is fetched for it.
 */
export const editionTextsFor = async (language: Language): Promise<EditionText | undefined> => {
  if (language === 'fr')
    return (await import('../../../functions/i18n/questionnaire/fr')).frQuestionnaire().editions[
      QUESTIONNAIRE.version
    ];
  if (language === 'de')
    return (await import('../../../functions/i18n/questionnaire/de')).deQuestionnaire().editions[
      QUESTIONNAIRE.version
    ];
  return undefined;
};
