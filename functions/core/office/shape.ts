import type { Maturity, PmoScope, PmoShape } from '../../contract/result';
import { leanPortfolioDelivery } from '../agile-initiatives';
import { credibleProjects } from '../project-count';
import { urgentPush } from '../push-tempo';
import type { Situation } from '../situation';
import { largeProjects } from '../spend-scale';
import { PROJECTS_PER_LEAD } from './lead-load';
import { triagePush } from './push-triage';
import {
  directiveMandateStands,
  hubGroup,
  keepsStructureOnThinEvidence,
  MIN_PROJECTS_FOR_OFFICE,
  sharesPool,
  sufficientEvidence,
  unitsLeadOwn,
} from './units';

export {
  HUB_MIN_UNITS,
  MIN_PROJECTS_FOR_OFFICE,
  UNIT_MIN_EMPLOYEES,
  unitsCarryOffices,
  withSharedPool,
} from './units';

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
/**
 * From this many people an organisation short of project leads, or of anyone who has led projects,
 * builds them inside an office rather than before one: it can carry the leads it lacks and an office
 * at once (one person is a tenth of a percent of its staff), and the office's coaching, the leads it
 * appoints and the experienced lead it brings in are how they are built. Below it, leads come first
 * and the office waits for them (round 22: a 250-person fabricator with one manager for 15 jobs).
 * Our judgement (round 25: a 4,000-person retailer with 15 projects and two untrained managers got an
 * office, and "no office" at 21 projects, with one manager, or at medium urgency: a need that grows
 * with the work vanished when the work grew).
 */
export const BUILDS_LEADS_IN_OFFICE_FROM = 1_000;
/** Large enough to build its leads inside an office (BUILDS_LEADS_IN_OFFICE_FROM). */
export const buildsLeadsInOffice = (s: Pick<Situation, 'employees'>): boolean =>
  s.employees >= BUILDS_LEADS_IN_OFFICE_FROM;
/**
 * Offices in the units are decided from the units themselves (office/units.ts): where every unit
 * carries an office of its own and there are at least HUB_MIN_UNITS of them, a hub ties their
 * offices together and builds the practice they share, whatever leadership's appetite and the
 * level (round 16: a family group of four units at level 1); how much the hub controls is the
 * model's question, not the structure's (round 17: a low appetite removed the hub, and unit offices
 * with "no central mandate" left nobody at the group roll-up).
 */
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
  /** The people who lead projects are the binding constraint: leads come before an office. */
  | 'leads-binding'
  | 'small-portfolio'
  | 'programme'
  | 'temporary'
  | 'hub'
  /** A new group office on evidence short of sufficient: its hub first, the units' offices apart (hub-first.ts). */
  | 'hub-first'
  | 'agile'
  | 'mature'
  | 'mature-no-office'
  | 'portfolio'
  /** Offices in the units would fall below a working size: one central office serves them. */
  | 'units-small'
  /** The office in place is cut: it stays one central office while it is, and its split waits. */
  | 'cut-first'
  /** The office in place works and is kept: it keeps how it is organised. */
  | 'kept-structure'
  /** The office in place keeps how it is organised while it evolves what it runs below the target. */
  | 'kept-improved'
  /** The office in place is not moved into the units on evidence short of sufficient (units.ts). */
  | 'kept-thin'
  /** A directive office whose mandate leadership renews keeps its people pooled at the centre. */
  | 'kept-pool';

/**
 * Too few people can lead projects for an office to have anyone to support: a small organisation
 * with hardly any project leads, or one with no project-management expertise and few leads.
 * Agile delivery is led by product owners and teams, and strong expertise means the projects have
 * leads whatever their titles: the count of project managers says nothing there.
 */
export const lacksProjectLeads = (s: Situation): 'no-project-leads' | 'leads-binding' | null => {
  if (s.deliveryApproach === 'agile' || s.pmExpertise === 'strong') return null;
  // An office in place has people who lead the projects with it, whatever their titles: the count
  // of project managers never takes it away (round 27: a law firm's legal-PM team, where partners
  // lead the matters, was to be dismantled at one project manager fewer). Whether it works is the
  // action's question (keep, evolve, reset), not the leads'.
  if (s.existingPmo !== 'none') return null;
  // Large projects need controls whatever the leads: the office brings them (round 10).
  if (largeProjects(s)) return null;
  // An urgent push brings its own people in: a shortage of leads is no reason to leave it to a
  // coordinator, whatever the organisation's size (the need's headcount gate already holds the
  // smallest office to it). The fewer people who can lead, the more the push needs one accountable
  // lead, not less (round 14: a four-month shutdown with one project manager got "no office" where
  // two got the office it needed; round 21: an 80-person launch with one project manager got 3 h a
  // week where three got a programme office).
  // A triage cuts its projects to its leads instead: it waits for them as a lasting need does (push-triage.ts).
  if (urgentPush(s) && !triagePush(s)) return null;
  if (
    s.projectManagers < MIN_PROJECT_LEADS &&
    (s.employees < SMALL_ORGANISATION || s.concurrentProjects < SMALL_PORTFOLIO)
  )
    return 'no-project-leads';
  // One lead or none for a portfolio: the shortage of leads binds, not the want of an office. Money
  // goes to leads first, one of whom keeps the job list part-time, and the office waits for them
  // (round 22: a 250-person fabricator with one project manager for 15 jobs got a portfolio office
  // with a full-time lead beside that one manager). From two leads the office builds the rest.
  if (leadsBind(s)) return 'leads-binding';
  // Expertise alone never makes capability first (round 28: a 57-person firm with 118 projects and
  // two managers fell from 1.1 FTE to a part-time role of 0.46 when its expertise went from basic to
  // none, as 23 of 120 generated organisations lost over half their help). Less capability never
  // means less help: the help is sized by the same services whatever the expertise, its first work
  // the leads (appointed, trained, coached); where nobody can lead it, only its form changes
  // (part-time-role.ts, nobodyToLead). Our judgement, after round 28's reviewers.
  return null;
};

/** Practice that runs itself: level 4 or above overall, credited on sufficient evidence. */
export const RUNS_ITSELF_FROM = 3.75;
export const runsItself = (m: Maturity): boolean => m.overall >= RUNS_ITSELF_FROM && m.level >= 3;

export { PROJECTS_PER_LEAD };
/**
 * More projects per person who leads them than this, and the leads are the binding constraint:
 * twice the one-per-PROJECTS_PER_LEAD the plan staffs to. Our judgement, after round 22's
 * engineering reviewer: capability first, an office only once there are leads for it to serve.
 */
export const LEADS_BIND_PROJECTS_PER_LEAD = 2 * PROJECTS_PER_LEAD;
/**
 * Leads bind where fewer than MIN_PROJECT_LEADS people lead projects (one or none), in an
 * organisation below BUILDS_LEADS_IN_OFFICE_FROM, at any count of projects (below SMALL_PORTFOLIO
 * 'no-project-leads' says so first): the office waits for leads, and more projects never bring it back (round 22: a 250-person fabricator
 * with one manager for 15 jobs). From two leads there is a team for an office to serve, and the
 * office builds the leads the work lacks: its coaching, the leads it appoints and the experienced
 * lead it brings in (round 27: a federation with two project managers got an office for 20 projects
 * and "no office" for 25 or 40). The line reads no count of projects, so the need never falls as
 * projects rise. Our judgement: round 22's answer stands where it was given (one lead), and round
 * 25's "an office that builds its leads" reaches every size where two or more people lead.
 */
export const LEADS_BIND_BELOW = MIN_PROJECT_LEADS;
export const leadsBind = (s: Situation): boolean =>
  // A temporary push cannot wait for leads to be hired: it brings its own people in. A triage
  // cuts its projects to its leads instead, and waits for them as a lasting need does (push-triage.ts).
  (s.horizon !== 'temporary' || triagePush(s)) &&
  // A large organisation builds its leads inside the office (buildsLeadsInOffice).
  !buildsLeadsInOffice(s) &&
  s.projectManagers < LEADS_BIND_BELOW;

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
  // A triage's portfolio is read as the lasting one would be: it is cut, not run as a push (push-triage.ts).
  if (
    s.concurrentProjects < MIN_PROJECTS_FOR_OFFICE &&
    (s.horizon !== 'temporary' || triagePush(s)) &&
    !largeProjects(s)
  )
    return { shape: 'capability-first', reason: 'small-portfolio' };
  if (s.horizon === 'temporary') return { shape: 'programme', reason: 'temporary' };
  // Practice that runs itself needs no office built around it.
  if (runsItself(i.maturity) && s.existingPmo === 'none')
    return { shape: 'none', reason: 'mature-no-office' };
  // Mature practice needs a light office that keeps and connects it, whatever the structure.
  if (isMature(i.maturity) && s.existingPmo === 'none') return { shape: 'formalise', reason: 'mature' };
  // Agile delivery decides the shape before the structure does: a large agile group runs one lean
  // portfolio per line of business. Not where every project is a customer order: a studio, agency
  // or consultancy forms a team per client order, the client funds the work and staffing across
  // orders is the business, so the order book and resourcing run its office, not funding (round 21).
  if (leanPortfolioDelivery(s)) return { shape: 'lean-portfolio', reason: 'agile' };
  if (hubGroup(s)) {
    // A directive office whose mandate leadership renews keeps the people it allocates pooled at the
    // centre; any office in place stays as it is on one view of the organisation (units.ts).
    if (directiveMandateStands(s)) return { shape: 'portfolio', reason: 'kept-pool' };
    if (keepsStructureOnThinEvidence(s, i.maturity)) return { shape: 'portfolio', reason: 'kept-thin' };
    // ...and no new structure is built on it either: the hub comes first (hub-first.ts).
    if (s.existingPmo === 'none' && !sufficientEvidence(i.maturity))
      return { shape: 'hub-and-spoke', reason: 'hub-first' };
    return { shape: 'hub-and-spoke', reason: 'hub' };
  }
  return { shape: 'portfolio', reason: 'portfolio' };
};

/** Shapes whose projects are served by offices in the units. */
export const inTheUnits = (shape: PmoShape): boolean => shape === 'hub-and-spoke' || shape === 'department';

/** "No office" and "capability first" are not offices: `pmo.needed` is false for both. */
export const isOffice = (shape: PmoShape): boolean => shape !== 'none' && shape !== 'capability-first';

/**
 * The units allocate their own people and the office keeps a view across the units of the people
 * they share, showing the clashes between units, rather than planning them: where offices sit in
 * the units, and wherever the units lead their own projects (units.ts, unitsLeadOwn: the same line
 * at which a directive office is ruled out, model-fit.ts), unless a directive office keeps its
 * mandate to allocate them.
 */
export const plansInUnits = (s: Situation, shape: PmoShape): boolean =>
  inTheUnits(shape) || (unitsLeadOwn(s) && !directiveMandateStands(s) && !sharesPool(s));

/**
 * Where the units allocate their own people (plansInUnits) and rarely fight over the same ones
 * (contention below high), the view across the units is ordered by what they share alone, not by
 * the resource-management gap: that gap is closed inside each unit, where the people are planned.
 * Our judgement (round 21: a six-country group's "view of the people they share" came second,
 * ahead of its investment gates and controls, though countries rarely share people).
 */
export const sharedViewRanksLow = (s: Situation, shape: PmoShape, id: string): boolean =>
  id === 'capacity-planning' &&
  s.resourceContention !== 'high' &&
  s.existingPmo !== 'resource-source' &&
  plansInUnits(s, shape);
