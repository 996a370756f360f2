export {
  type CountedResponse,
  type DisclosureReport,
  disclose,
  inPublicationOrder,
  publishedCounts,
  withoutQuestionFigures,
} from './disclosure';
export { evaluate, recommend } from './evaluate';
export { modelProfile, PMO_MODELS, type PmoModelProfile } from './pmo-models';
export type { Dimension, Question, Questionnaire } from './questionnaire';
export {
  CONTEXT_FIELDS,
  comparableDimensions,
  LEVELS,
  QUESTION_IDS,
  QUESTIONNAIRE,
  QUESTIONNAIRE_2026_1,
  QUESTIONNAIRE_2026_2,
  QUESTIONNAIRE_2026_3,
  QUESTIONNAIRES,
  questionnaireFor,
  READING,
  restrictTo,
  roleFirst,
  routeFor,
  SERVICE_IDS,
  SERVICES,
  withoutHandedOn,
} from './questionnaire';
export { scoreDimensions, scoreMaturity } from './scoring';
export { splitGroups, splitsOf, twoCamps, withSplits } from './splits';
export {
  analyseStakeholders,
  MIN_GROUP_SIZE,
  type SubmittedResponse,
} from './stakeholder-analysis';
