import type { Maturity, PmoScope, PmoShape } from '../../contract/result';
import type { Situation } from '../situation';

/**
 * How the office is built, apart from how much it controls (the model). One rule per shape, in
 * the order they are tried; the first that holds decides. docs/scoring.md, "Shapes".
 */

/** With fewer people than this leading projects, the organisation first needs project leads. */
export const MIN_PROJECT_LEADS = 2;
/** More projects than this per project lead, with few leads, means too few people run projects. */
export const PROJECTS_PER_LEAD_LIMIT = 8;
/** ...where "few" is fewer than this many leads. */
export const FEW_LEADS = 5;
/** A group this large with this many units runs offices in the units and a hub at the centre. */
export const HUB_MIN_EMPLOYEES = 5_000;
export const HUB_MIN_UNITS = 3;
/** Mature enough to formalise what exists rather than build: overall score and credited level. */
export const FORMALISE_FROM_SCORE = 3.5;
export const FORMALISE_FROM_LEVEL = 3;

export interface ShapeInput {
  situation: Situation;
  maturity: Maturity;
  /** The need assessment's verdict on an office (before the shape). */
  needed: boolean;
  /** A part-time coordination role is warranted where no office is. */
  coordinationRole: boolean;
  scope: PmoScope;
}

export type ShapeReason =
  | 'no-need'
  | 'coordination'
  | 'no-project-leads'
  | 'overloaded-leads'
  | 'programme'
  | 'temporary'
  | 'hub'
  | 'department'
  | 'agile'
  | 'mature'
  | 'portfolio';

/** Too few people lead projects for an office to have anyone to support. */
export const lacksProjectLeads = (s: Situation): 'no-project-leads' | 'overloaded-leads' | null =>
  s.concurrentProjects >= 3 && s.projectManagers < MIN_PROJECT_LEADS
    ? 'no-project-leads'
    : s.projectManagers < FEW_LEADS && s.concurrentProjects > PROJECTS_PER_LEAD_LIMIT * s.projectManagers
      ? 'overloaded-leads'
      : null;

export const isMature = (m: Maturity): boolean =>
  m.overall >= FORMALISE_FROM_SCORE && m.level >= FORMALISE_FROM_LEVEL;

export const shapeOf = (i: ShapeInput): { shape: PmoShape; reason: ShapeReason } => {
  const s = i.situation;
  if (!i.needed) {
    if (i.coordinationRole) return { shape: 'capability-first', reason: 'coordination' };
    return { shape: 'none', reason: 'no-need' };
  }
  // A programme office runs a programme whatever the leads: it brings its own controllers.
  if (i.scope === 'programme') return { shape: 'programme', reason: 'programme' };
  const leads = lacksProjectLeads(s);
  if (leads) return { shape: 'capability-first', reason: leads };
  if (s.horizon === 'temporary') return { shape: 'programme', reason: 'temporary' };
  const units = s.businessUnits ?? 1;
  if (units >= HUB_MIN_UNITS && s.employees >= HUB_MIN_EMPLOYEES && s.controlAppetite !== 'low')
    return { shape: 'hub-and-spoke', reason: 'hub' };
  if (units >= 2 && s.controlAppetite === 'low') return { shape: 'department', reason: 'department' };
  if (isMature(i.maturity)) return { shape: 'formalise', reason: 'mature' };
  if (s.deliveryApproach === 'agile') return { shape: 'lean-portfolio', reason: 'agile' };
  return { shape: 'portfolio', reason: 'portfolio' };
};

/** "No office" and "capability first" are not offices: `pmo.needed` is false for both. */
export const isOffice = (shape: PmoShape): boolean => shape !== 'none' && shape !== 'capability-first';
