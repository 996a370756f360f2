export { evaluate, recommend } from './evaluate';
export { PMO_MODELS, modelProfile, type PmoModelProfile } from './pmo-models';
export { LEVELS, QUESTION_IDS, QUESTIONNAIRE, SERVICE_IDS, SERVICES } from './questionnaire';
export type { Dimension, Question, Questionnaire } from './questionnaire';
export { scoreDimensions, scoreMaturity } from './scoring';
export {
  analyseStakeholders,
  MIN_GROUP_SIZE,
  roleLabel,
  type SubmittedResponse,
} from './stakeholder-analysis';
export { CONTEXT_FIELDS } from './questionnaire';
