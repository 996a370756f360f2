import type { QuestionnaireDocument } from '../contract/api';
import { STAKEHOLDER_ROLES } from '../contract/roles';
import type { Questionnaire } from '../core';
import type { Language } from '../i18n/languages';
import { localiseContextFields, localiseQuestionnaire, specialAnswers } from '../i18n/questionnaire';

/** The questionnaire as clients see it, in a language: dimensions, the answer scale and the context fields. */
export const questionnaireDocument = (
  source: Questionnaire,
  language: Language = 'en',
): QuestionnaireDocument => {
  const q = localiseQuestionnaire(source, language);
  const special = specialAnswers(language);
  return {
    version: q.version,
    language,
    answerRule: q.answerRule,
    scale: {
      ratings: q.levels.map((l) => ({ value: l.level, name: l.name, description: l.description })),
      special: [
        { value: 'dont-know', label: special.dontKnow },
        { value: 'n/a', label: special.notApplicable },
      ],
    },
    dimensions: q.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      summary: d.summary,
      questions: d.questions.map((x) => ({
        id: x.id,
        text: x.text,
        levels: [...x.levels],
        audience: [...(x.audience ?? STAKEHOLDER_ROLES)],
      })),
    })),
    services: q.services.map((s) => ({ ...s })),
    context: localiseContextFields(language),
  };
};
