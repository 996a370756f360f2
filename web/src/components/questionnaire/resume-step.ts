import type { QuestionnaireDocument } from '../../api/client';

/**
 * Where a returning stakeholder resumes: the intro when nothing is answered or handed on, else the
 * first section with an open question (neither answered nor handed on), else the closing step.
 * Decided once on arrival, never again while answering, so that answering a section's last open
 * question cannot move the page away.
 */
export const resumeStep = (model: QuestionnaireDocument, handled: (questionId: string) => boolean) => {
  const questions = model.dimensions.flatMap((d) => d.questions);
  if (!questions.some((q) => handled(q.id))) return 0;
  const firstOpen = model.dimensions.findIndex((d) => d.questions.some((q) => !handled(q.id)));
  return firstOpen === -1 ? model.dimensions.length + 1 : firstOpen + 1;
};
