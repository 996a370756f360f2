import type { Maturity, PmoScope, PmoShape } from '../../contract/result';
import { DIRECTIVE_MAX_UNITS } from '../model-fit';
import { credibleProjects } from '../project-count';
import type { Situation } from '../situation';
import { largeProjects } from '../spend-scale';

/**
 * How the office is built, apart from how much it controls (the model). One rule per shape, in
 * the order they are tried; the first that holds decides. docs/scoring.md, "Shapes".
 */

/** With fewer people than this leading projects, a small organisation first needs project leads... */
export const MIN_PROJECT_LEADS = 2;
/** ...where "small" is fewer people than this (larger ones get an office that trains its leads). */
export const SMALL_ORGANISATION = 100;
/** ...or a portfolio of fewer projects than this, whatever the organisation's size. */
export const SMALL_PORTFOLIO = 10;
/** Without any project-management expertise and fewer leads than this, capability comes first. */
export const FEW_LEADS = 5;
/** Below this many projects at once, a lasting portfolio is coordinated part-time. */
export const MIN_PROJECTS_FOR_OFFICE = 6;
/**
 * Offices in the units, decided from the units themselves rather than the group's headcount (round
 * 16: no group of 4 to 10 units under 5,000 people ever got one). A unit carries an office of its
 * own (a spoke, or its own office) when, on average:
 * - its own portfolio is one an organisation on its own would give an office: at least
 *   MIN_PROJECTS_FOR_OFFICE projects (the same line, applied to each unit);
 * - it has a project manager of its own to run it (its own project capacity);
 * - it is more than one team: at least UNIT_MIN_EMPLOYEES people. Our judgement: below that a unit's
 *   head sees its few projects whole, and the centre serves them better than a focal point would;
 * With HUB_MIN_UNITS such units or more, a hub ties their offices together (P3O's hub and spoke)
 * and builds the practice they share, whatever its level: a central office has no hold on units that
 * run their own projects (round 16: a family group of four units at level 1). Where leadership wants
 * little central control the units run their own offices (department) from two units, with no hub
 * to build a common practice: there it must be in place, at level 2 or above (round 10).
 */
export const HUB_MIN_UNITS = 3;
export const UNIT_MIN_EMPLOYEES = 50;
/** The practice level unit offices without a hub share (below it, one central office builds it first; round 10). */
export const UNIT_MIN_LEVEL = 2;
/** Mature enough to formalise what exists rather than build: overall score and credited level. */
export const FORMALISE_FROM_SCORE = 3.25;
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
  | 'no-expertise'
  | 'small-portfolio'
  | 'programme'
  | 'temporary'
  | 'hub'
  | 'department'
  | 'agile'
  | 'mature'
  | 'mature-no-office'
  | 'portfolio'
  /** Offices in the units would fall below a working size: one central office serves them. */
  | 'units-small'
  /** The office in place is cut: it stays one central office while it is, and its split waits. */
  | 'cut-first'
  /** The office in place works and is kept: it keeps how it is organised. */
  | 'kept-structure';

/**
 * Too few people can lead projects for an office to have anyone to support: a small organisation
 * with hardly any project leads, or one with no project-management expertise and few leads.
 * Agile delivery is led by product owners and teams, and strong expertise means the projects have
 * leads whatever their titles: the count of project managers says nothing there.
 */
export const lacksProjectLeads = (s: Situation): 'no-project-leads' | 'no-expertise' | null => {
  if (s.deliveryApproach === 'agile' || s.pmExpertise === 'strong') return null;
  // Large projects need controls whatever the leads: the office brings them (round 10).
  if (largeProjects(s)) return null;
  // An urgent push in an organisation past the small size brings its own people in: a shortage of
  // leads is no reason to leave it to a coordinator (round 14: a four-month shutdown with one
  // project manager was sent to "no office" where two got the office it needed).
  if (s.horizon === 'temporary' && s.urgency === 'high' && s.employees >= SMALL_ORGANISATION) return null;
  if (
    s.projectManagers < MIN_PROJECT_LEADS &&
    (s.employees < SMALL_ORGANISATION || s.concurrentProjects < SMALL_PORTFOLIO)
  )
    return 'no-project-leads';
  // An urgent or temporary push cannot wait for people to be trained: it brings expertise in.
  if (
    s.pmExpertise === 'none' &&
    s.projectManagers < FEW_LEADS &&
    s.urgency !== 'high' &&
    s.horizon !== 'temporary'
  )
    return 'no-expertise';
  return null;
};

/** Practice that runs itself: level 4 or above overall, credited on sufficient evidence. */
export const RUNS_ITSELF_FROM = 3.75;
export const runsItself = (m: Maturity): boolean => m.overall >= RUNS_ITSELF_FROM && m.level >= 3;

/** About one person leads every this many projects; fewer leads than that is a shortage. */
export const PROJECTS_PER_LEAD = 5;
/**
 * How many more people should lead projects: the shortage against one per PROJECTS_PER_LEAD of the
 * projects the result takes as credible (project-count.ts), not of a count it warns is mostly activities.
 */
export const missingLeads = (s: Situation): number =>
  Math.max(0, Math.ceil(credibleProjects(s) / PROJECTS_PER_LEAD) - s.projectManagers);

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
  // A handful of projects is coordinated by a part-time role, not an office, whatever the headcount;
  // so is a small organisation's portfolio, which its lead can see whole.
  if (s.concurrentProjects < MIN_PROJECTS_FOR_OFFICE && s.horizon !== 'temporary' && !largeProjects(s))
    return { shape: 'capability-first', reason: 'small-portfolio' };
  if (s.horizon === 'temporary') return { shape: 'programme', reason: 'temporary' };
  // Practice that runs itself needs no office built around it.
  if (runsItself(i.maturity) && s.existingPmo === 'none')
    return { shape: 'none', reason: 'mature-no-office' };
  // Mature practice needs a light office that keeps and connects it, whatever the structure.
  if (isMature(i.maturity) && s.existingPmo === 'none') return { shape: 'formalise', reason: 'mature' };
  // Agile delivery decides the shape before the structure does: a large agile group runs one lean
  // portfolio per line of business.
  if (s.deliveryApproach === 'agile') return { shape: 'lean-portfolio', reason: 'agile' };
  const units = s.businessUnits ?? 1;
  if (unitsCarryOffices(s)) {
    if (s.controlAppetite === 'low') {
      if (i.maturity.level >= UNIT_MIN_LEVEL) return { shape: 'department', reason: 'department' };
    } else if (units >= HUB_MIN_UNITS) return { shape: 'hub-and-spoke', reason: 'hub' };
  }
  return { shape: 'portfolio', reason: 'portfolio' };
};

/**
 * Every unit, on average, is large enough, runs enough projects and has a project manager of its
 * own to carry an office of its own (see HUB_MIN_UNITS).
 */
export const unitsCarryOffices = (s: Situation): boolean => {
  const units = s.businessUnits ?? 1;
  return (
    units >= 2 &&
    s.projectManagers >= units &&
    s.concurrentProjects >= MIN_PROJECTS_FOR_OFFICE * units &&
    s.employees >= UNIT_MIN_EMPLOYEES * units
  );
};

/** Shapes whose projects are served by offices in the units. */
export const inTheUnits = (shape: PmoShape): boolean => shape === 'hub-and-spoke' || shape === 'department';

/** "No office" and "capability first" are not offices: `pmo.needed` is false for both. */
export const isOffice = (shape: PmoShape): boolean => shape !== 'none' && shape !== 'capability-first';

/**
 * People are planned inside each unit, not across them: where offices sit in the units, and
 * wherever there are so many units that a centre allocating across them works against the
 * structure (the same line at which a directive office is ruled out, model-fit.ts).
 */
export const plansInUnits = (s: Situation, shape: PmoShape): boolean =>
  inTheUnits(shape) || (s.businessUnits ?? 1) >= DIRECTIVE_MAX_UNITS;
