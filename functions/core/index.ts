export { type CountedResponse, type DisclosureReport, disclose } from './disclosure';
export { evaluate, recommend } from './evaluate';
export { modelProfile, PMO_MODELS, type PmoModelProfile } from './pmo-models';
export type { Dimension, Question, Questionnaire } from './questionnaire';
export { CONTEXT_FIELDS, LEVELS, QUESTION_IDS, QUESTIONNAIRE, SERVICE_IDS, SERVICES } from './questionnaire';
export { scoreDimensions, scoreMaturity } from './scoring';
export {
  analyseStakeholders,
  MIN_GROUP_SIZE,
  type SubmittedResponse,
} from './stakeholder-analysis';
