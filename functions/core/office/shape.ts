import type { Maturity, PmoScope, PmoShape } from '../../contract/result';
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
/** A group this large with this many units runs offices in the units and a hub at the centre. */
export const HUB_MIN_EMPLOYEES = 5_000;
export const HUB_MIN_UNITS = 3;
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
  | 'portfolio';

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
  // Offices in the units need someone in each to run them and a practice to share: without a
  // project manager per unit, or below level 2, one central office comes first (round 10).
  const staffable = s.projectManagers >= units && i.maturity.level >= 2;
  if (units >= HUB_MIN_UNITS && s.employees >= HUB_MIN_EMPLOYEES && s.controlAppetite !== 'low' && staffable)
    return { shape: 'hub-and-spoke', reason: 'hub' };
  if (units >= 2 && s.controlAppetite === 'low' && staffable)
    return { shape: 'department', reason: 'department' };
  return { shape: 'portfolio', reason: 'portfolio' };
};

/** "No office" and "capability first" are not offices: `pmo.needed` is false for both. */
export const isOffice = (shape: PmoShape): boolean => shape !== 'none' && shape !== 'capability-first';
