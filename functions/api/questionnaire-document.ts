import type { QuestionnaireDocument } from '../contract/api';
import { STAKEHOLDER_ROLES } from '../contract/roles';
import { CONTEXT_FIELDS, type Questionnaire } from '../core';

/** The questionnaire as clients see it: dimensions, the answer scale and the context fields. */
export const questionnaireDocument = (q: Questionnaire): QuestionnaireDocument => ({
  version: q.version,
  answerRule: q.answerRule,
  scale: {
    ratings: q.levels.map((l) => ({ value: l.level, name: l.name, description: l.description })),
    special: [
      { value: 'dont-know', label: "Don't know" },
      { value: 'n/a', label: 'Not applicable' },
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
  context: CONTEXT_FIELDS.map((f) => ({ ...f })),
});
