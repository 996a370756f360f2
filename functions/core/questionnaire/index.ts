import { DIMENSIONS } from './dimensions';
import { DIMENSIONS_2026_2 } from './dimensions-2026-2';
import { DIMENSIONS_2026_3, PRESUPPOSES_2026_3 } from './dimensions-2026-3';
import type { MaturityLevel, PmoService, Questionnaire } from './types';

export type {
  Dimension,
  MaturityLevel,
  PmoService,
  Presupposition,
  Question,
  Questionnaire,
  Rated,
} from './types';

/**
 * The five maturity levels, in the spirit of P3M3, Kerzner and CMMI:
 * awareness, repeatable, defined, managed, optimising.
 */
export const LEVELS: readonly MaturityLevel[] = [
  { level: 1, name: 'Initial', description: 'Project work depends on individuals; practice is ad hoc.' },
  { level: 2, name: 'Repeatable', description: 'Some teams repeat what worked, but practice varies.' },
  { level: 3, name: 'Defined', description: 'One documented approach is used across the organisation.' },
  { level: 4, name: 'Managed', description: 'Practice is measured, enforced and steered on data.' },
  { level: 5, name: 'Optimising', description: 'Practice is improved continuously from evidence.' },
];

/** What stakeholders may expect a PMO to deliver (the expectations question). */
export const SERVICES: readonly PmoService[] = [
  { id: 'status-reporting', label: 'Consolidated status reporting for management', model: 'weather-station' },
  { id: 'single-source', label: 'One trusted source of project data', model: 'weather-station' },
  { id: 'standards', label: 'Common methodology, templates and processes', model: 'control-tower' },
  { id: 'coaching', label: 'Training and coaching of project managers', model: 'control-tower' },
  { id: 'risk-support', label: 'Help with risk, issue and change registers', model: 'control-tower' },
  { id: 'assurance', label: 'Project reviews and compliance checks', model: 'control-tower' },
  { id: 'tooling', label: 'Shared project tools and information', model: 'control-tower' },
  {
    id: 'prioritisation',
    label: 'Selecting and prioritising the project portfolio',
    model: 'resource-source',
  },
  {
    id: 'resource-allocation',
    label: 'Allocating shared people and budget across projects',
    model: 'resource-source',
  },
  {
    id: 'project-authorisation',
    label: 'Authorising, pausing and stopping projects',
    model: 'resource-source',
  },
];

/** Edition 2026.1, kept intact: assessments answered in it are scored by it. */
export const QUESTIONNAIRE_2026_1: Questionnaire = {
  version: '2026.1',
  answerRule: 'Pick the description that is true today.',
  levels: LEVELS,
  dimensions: DIMENSIONS,
  services: SERVICES,
};

/** Edition 2026.2: rewritten items, benefits and finance, audiences. Kept intact. */
export const QUESTIONNAIRE_2026_2: Questionnaire = {
  version: '2026.2',
  answerRule: 'Pick the highest level that is fully true for most projects.',
  levels: LEVELS,
  dimensions: DIMENSIONS_2026_2,
  services: SERVICES,
};

/**
 * Edition 2026.3: one ask per question, levels 3 and 4 apart by capability, observable level 5,
 * declared comparability with 2026.2 and declared prerequisites. New assessments use it.
 */
export const QUESTIONNAIRE_2026_3: Questionnaire = {
  version: '2026.3',
  answerRule: 'Pick the highest level that is fully true for most projects.',
  comparesWith: '2026.2',
  levels: LEVELS,
  dimensions: DIMENSIONS_2026_3,
  services: SERVICES,
  presupposes: PRESUPPOSES_2026_3,
};

/** Bump the edition when questions change meaning; stored answers keep the edition they were given in. */
export const QUESTIONNAIRE: Questionnaire = QUESTIONNAIRE_2026_3;

export const QUESTIONNAIRES: readonly Questionnaire[] = [
  QUESTIONNAIRE_2026_1,
  QUESTIONNAIRE_2026_2,
  QUESTIONNAIRE_2026_3,
];

/** The edition an assessment was answered in; the current one for an unknown id. */
export const questionnaireFor = (version: string | undefined): Questionnaire =>
  QUESTIONNAIRES.find((q) => q.version === version) ?? QUESTIONNAIRE;

/** Ids of every edition, so answers to an older edition's assessment are still accepted. */
export const QUESTION_IDS: ReadonlySet<string> = new Set(
  QUESTIONNAIRES.flatMap((q) => q.dimensions.flatMap((d) => d.questions.map((x) => x.id))),
);
export const SERVICE_IDS: ReadonlySet<string> = new Set(SERVICES.map((s) => s.id));

export {
  type Comparable,
  comparableDimensions,
  MIN_COMPARABLE_QUESTIONS,
  restrictTo,
} from './comparability';
export { CONTEXT_FIELDS, type ContextField } from './context-fields';
export {
  type Device,
  minutesLeft,
  READING,
  type ReadingAssumptions,
  type Route,
  routeFor,
  wordCount,
} from './reading-time';
export { isOwnQuestion, roleFirst, withoutHandedOn } from './route';
