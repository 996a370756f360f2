import type { PmoService } from '../../contract/result';
import { leanPortfolioDelivery } from '../agile-initiatives';
import {
  COMMERCIAL_HOURS_PER_ORDER,
  peopleScheduled,
  SCHEDULING_HOURS_PER_PERSON,
  schedulesPeople,
  takesOrders,
} from '../customer-orders';
import { controlledOrders } from '../order-controls';
import { sizingSituation } from '../project-count';
import type { EngineMessage } from '../say';
import { type Situation, spendInEur } from '../situation';
import { LARGE_PROJECT_SPEND } from '../spend-scale';
import {
  CONTROLS_PER_PM,
  effectiveUnits,
  evidenceTrailHours,
  HOURS_PER_FTE,
  type ServiceSpec,
  serviceSpec,
} from './catalogue';
import { MINIMUM_STANDARD_SHARE, thresholdShare } from './hub-threshold';
import type { Painful } from './order';
import {
  orderControlsSource,
  orderValueControlsHours,
  ownChangeShare,
  runsControlsToday,
} from './order-central';
import { ordersControlled } from './order-sample';
import { overseenHours } from './others-control';
import { pushUnits } from './push-repeats';
import { afterTriage } from './push-triage';
import { retainedVendorHours } from './retained-vendor';
import { PROJECTS_PER_LEAD } from './shape';
import { pushBenefitFloor } from './value-floor';

/**
 * How much of its driver each chosen service covers, and the hours a week that takes: choice.ts
 * chooses the services, design.ts sums them.
 */

export type Why = PmoService['chosenFor'][number];

export interface Candidate {
  spec: ServiceSpec;
  why: Why[];
  painful: Painful;
  /** The office in place already runs it: no set-up, nothing new to build. */
  sustain: boolean;
  core: boolean;
  /**
   * `offered`: a service above the office's degree of control, held because its shape or its
   * stakeholders need it, in its supportive form: the office prepares and advises, others decide.
   */
  form: ServiceForm;
  /** The share of a controls service's spend-driven effort its need calls for (controls-need.ts); 1 elsewhere. */
  need?: number;
  /** Why its size is what it is, besides its form: consolidated practice, or asked for by most (consolidate.ts). */
  said?: readonly EngineMessage[];
}

const NOTHING_SAID: readonly EngineMessage[] = [];

/**
 * `duty`: a regulated organisation's assurance held only as the evidence trail its regulator
 * requires (catalogue.ts, EVIDENCE_TRAIL), because nothing in the answers calls for reviews.
 */
/**
 * `threshold`: a hub's reporting, benefits tracking or reviews held in full on the group's largest
 * projects only (group-hub.ts); `minimum`: a hub's minimum common standard (group-hub.ts).
 */
export type ServiceForm =
  | 'full'
  | 'offered'
  | 'duty'
  | 'lean'
  | 'review'
  | 'threshold'
  | 'minimum'
  | 'delivery';
/**
 * `delivery`: controls the situation calls for, or a regulated organisation's reviews, held above the
 * office's degree of control (controls-need.ts, deliveryDuty): at full effort, the work being the
 * projects', and said in its supportive form, the people accountable deciding.
 */

/**
 * `lean`: status reporting cut to one monthly pack, where the office in place that is reset produced
 * reports on a rhythm that led to no decisions (in-place.ts, leanReporting). It takes this share of
 * its full effort: a monthly pack against the fortnightly cycle the norm assumes (our judgement).
 */
export const LEAN_REPORTING_SHARE = 0.5;

/** A service in its supportive form takes this share of its full effort: it prepares, it does not enforce (our judgement). */
export const OFFERED_SHARE = 0.6;

/**
 * `review`: a service asked for where the practice behind it is already strong (choice.ts,
 * reviewOnly) is held as a monthly review of the largest projects, not run on every project every
 * week. It takes this share of its full effort: a monthly look at the largest projects, which
 * carry most of the spend, against the weekly cycle on every project the norm assumes (our
 * judgement, round 21: a group whose finance stood at 4.0 got 12 FTE of commercial controlling
 * that its project teams already did).
 */
export const REVIEW_SHARE = 0.2;

/** The share of its full effort a service takes in its form. */
export const formShare = (form: ServiceForm, id: ServiceSpec['id']): number =>
  form === 'threshold' ? thresholdShare(id) : form === 'minimum' ? MINIMUM_STANDARD_SHARE : formShareOf(form);

const formShareOf = (form: ServiceForm): number =>
  form === 'offered'
    ? OFFERED_SHARE
    : form === 'lean'
      ? LEAN_REPORTING_SHARE
      : form === 'review'
        ? REVIEW_SHARE
        : 1;

/** Assurance held as the evidence trail alone: its effort says so (office.source.evidenceTrail). */
const EVIDENCE_TRAIL_SPEC: ServiceSpec = {
  ...serviceSpec('assurance'),
  source: 'office.source.evidenceTrail',
};

/** How many of its driver a service covers here. */
const unitsOf = (spec: ServiceSpec, s: Situation): number => {
  switch (spec.driver) {
    case 'projects':
      // A triage decides on every project and runs its other services on those it keeps (push-triage.ts).
      return Math.ceil(
        spec.id === 'portfolio-prioritisation' ? s.concurrentProjects : afterTriage(s).concurrentProjects,
      );
    case 'project-managers':
      // Agile teams are led by their product owners and the teams themselves: the office coaches
      // the people entered as leading projects, never leads imputed at one per PROJECTS_PER_LEAD
      // initiatives (round 24: a digital bank's 2 project managers were coached as 16).
      if (leanPortfolioDelivery(s) && s.projectManagers > 0) return s.projectManagers;
      // Where few have the title, the people who lead projects are the plan's one per PROJECTS_PER_LEAD.
      return Math.ceil(Math.max(s.projectManagers, s.concurrentProjects / PROJECTS_PER_LEAD));
    case 'spend':
      return (s.annualProjectBudget ?? 0) / 1e6;
    case 'business-units':
      return s.businessUnits ?? 1;
    default:
      return 1;
  }
};

export interface Sized extends Candidate {
  units: number;
  hours: number;
  driver: PmoService['driver'];
}

/** A candidate with its size, built field by field: one object shape for every service (a spread made many). */
export const sized = (c: Candidate, units: number, driver: Sized['driver'], hours: number): Sized => ({
  spec: c.spec,
  why: c.why,
  painful: c.painful,
  sustain: c.sustain,
  core: c.core,
  form: c.form,
  need: c.need ?? 1,
  said: c.said ?? NOTHING_SAID,
  units,
  driver,
  hours,
});

/**
 * `offices`: how many separate offices run the service, each on an equal share of its driver (the
 * units' offices of a hub and spoke, roles.ts). Each is sized on its own share, with the economies
 * of scale of one office, and the shares add up: an office serves its own projects, and shares its
 * registers, rounds and templates with no other unit's (round 19: a group of eight operating
 * companies was sized as one office of 400 projects, and each company's office got 1.2 FTE).
 */
export const sizeOne = (c: Candidate, given: Situation, offices = 1): Sized => {
  // Sized on the projects the result takes as credible (project-count.ts), as its warning says.
  const s = sizingSituation(given);
  if (offices <= 1 || c.spec.driver === 'office' || c.spec.driver === 'business-units') return sizeIn(c, s);
  const whole = sizeIn(c, s);
  const one = sizeIn(c, unitShare(s, offices), offices);
  return sized(c, whole.units, whole.driver, one.hours * offices);
};

/**
 * Delivery bought from partners adds the retained organisation's assurance to the services that
 * carry it (retained-vendor.ts), in each office that runs them on its own share.
 */
const sizeIn = (c: Candidate, s: Situation, offices = 1): Sized => {
  const base = sizeBase(c, s, offices);
  const extra = base.form === 'duty' ? 0 : retainedVendorHours(base.spec.id, s);
  if (extra <= 0) return base;
  const source =
    base.spec.id === 'assurance' ? 'office.source.assuranceBought' : 'office.source.statusBought';
  return sized({ ...base, spec: { ...base.spec, source } }, base.units, base.driver, base.hours + extra);
};

const sizeBase = (c: Candidate, s: Situation, offices = 1): Sized => {
  // Customer orders without an own spend are controlled commercially, order by order, and large
  // orders by their value as an owner's projects are by spend, whichever is more (order-controls.ts).
  if (
    c.spec.id === 'programme-controls' &&
    takesOrders(s) &&
    !(s.annualProjectBudget && s.annualProjectBudget > 0)
  ) {
    // Many small orders: the office reviews the largest, not every one (order-sample.ts); a group's
    // sample is drawn from all its orders, each unit's office taking its share of it.
    const units = ordersControlled(s, Math.ceil(s.concurrentProjects * offices)) / offices;
    const perOrder = units * COMMERCIAL_HOURS_PER_ORDER;
    // Sized from where the orders' controls sit (order-central.ts): the cross-job work, or the jobs' own.
    const today = runsControlsToday(c.spec.id, s);
    const byValue = orderValueControlsHours(s, today, c.need ?? 1);
    const share = formShare(c.form, c.spec.id);
    const source = orderControlsSource(s, today);
    const bySpend = source ? { ...c, spec: { ...c.spec, source } } : c;
    if (byValue > perOrder) return sized(bySpend, (s.orderValue ?? 0) / 1e6, 'spend', byValue * share);
    const hours = perOrder * share;
    return sized({ ...c, spec: { ...c.spec, source: 'office.source.commercial' } }, units, 'projects', hours);
  }
  // A programme office without a spend figure sizes its controls by the project managers it serves.
  if (c.spec.id === 'programme-controls' && !(s.annualProjectBudget && s.annualProjectBudget > 0)) {
    // The people who lead the programme's projects, counted as coaching counts them: a programme
    // short of project managers still has its projects to plan.
    const units = Math.max(1, unitsOf(serviceSpec('coaching'), s));
    return sized(c, units, 'project-managers', units * CONTROLS_PER_PM * HOURS_PER_FTE);
  }
  // Own change where the organisation also takes orders: its own share of the projects and spend
  // (order-central.ts), the rest being the orders'.
  const units = unitsOf(c.spec, s) * ownChangeShare(c.spec.id, s);
  // A firm whose resource is its people schedules them: its capacity service is sized by the people
  // scheduled where that is more than the orders' count gives (customer-orders.ts, schedulesPeople).
  if (c.spec.id === 'capacity-planning' && schedulesPeople(s, c.why.includes('expectations'))) {
    const people = peopleScheduled(s);
    const byPeople = people * SCHEDULING_HOURS_PER_PERSON;
    const byOrders = overseenHours(c.spec, effectiveUnits(units), s);
    const share = formShare(c.form, c.spec.id);
    const spec = { ...c.spec, source: 'office.source.scheduling' as const };
    if (byPeople > byOrders) return sized({ ...c, spec }, people, 'people', byPeople * share);
  }
  // Scheduling people depends on the people and the projects, and steering a push's workstreams on
  // their number (round 16: a merger's fifteen workstreams steered at half the effort for a small
  // stated spend), not on how large each project is.
  const bySize = sizedByProjectSize(c.spec);
  // Projects and the people who lead them are served with economies of scale past FULL_EFFORT_UNTIL.
  const shared = c.spec.driver === 'projects' || c.spec.driver === 'project-managers';
  // Spend is sized in euro millions (the controls curve and a controller's cost are in euros); the
  // units shown stay in the client's own currency.
  const sizedUnits = shared
    ? c.spec.driver === 'projects' && s.horizon === 'temporary'
      ? pushUnits(units)
      : effectiveUnits(units)
    : c.spec.driver === 'spend'
      ? units * s.eurPerUnit
      : units;
  // A regulator's evidence trail is filed whatever the projects' size or the office's control.
  const trail = c.spec.id === 'assurance' && s.regulated ? evidenceTrailHours(sizedUnits) : 0;
  if (c.form === 'duty') return sized({ ...c, spec: EVIDENCE_TRAIL_SPEC }, units, c.spec.driver, trail);
  const size = c.spec.id === 'project-coordination' ? coordinationSizeFactor(s) : projectSizeFactor(s);
  // A push's benefits are tracked initiative by initiative: never below its floor (value-floor.ts).
  const full = Math.max(
    (overseenHours(c.spec, sizedUnits, s) - trail) * (bySize ? size : 1) * (c.need ?? 1),
    pushBenefitFloor(c.spec.id, s, units),
  );
  const share = formShare(c.form, c.spec.id);
  return sized(c, units, c.spec.driver, full * share + trail);
};

/**
 * One unit's share of the organisation: its projects, their leads, its people and its spend, an
 * equal part of each (the engine knows the group's totals, not each unit's).
 */
export const unitShare = (s: Situation, offices: number): Situation => ({
  ...s,
  concurrentProjects: s.concurrentProjects / offices,
  projectManagers: s.projectManagers / offices,
  employees: s.employees / offices,
  businessUnits: 1,
  ...(s.annualProjectBudget === undefined ? {} : { annualProjectBudget: s.annualProjectBudget / offices }),
  ...(s.orderValue === undefined ? {} : { orderValue: s.orderValue / offices }),
});

/** A service whose hours per project follow the projects' size (sizeOne). */
export const sizedByProjectSize = (spec: { driver: string; id: string }): boolean =>
  spec.driver === 'projects' && spec.id !== 'capacity-planning' && spec.id !== 'push-management';

/**
 * Large projects take more reporting, review and planning effort each than small ones: with a
 * known spend, per-project efforts scale with the average project's yearly spend around PROJECT_SIZE_PIVOT
 * (our judgement), within PROJECT_SIZE_RANGE.
 */
export const PROJECT_SIZE_PIVOT = 1_000_000;
export const PROJECT_SIZE_EXPONENT = 0.35;
export const PROJECT_SIZE_RANGE = { min: 0.5, max: 1.25 };
export const projectSizeFactor = (s: Situation, max: number = PROJECT_SIZE_RANGE.max): number => {
  // Large customer orders weigh as an owner's large projects do (order-controls.ts, round 22).
  const spend = spendInEur(
    s.annualProjectBudget === undefined && controlledOrders(s)
      ? { ...s, annualProjectBudget: s.orderValue }
      : s,
  );
  if (!spend || s.concurrentProjects === 0) return 1;
  const x = (spend / s.concurrentProjects / PROJECT_SIZE_PIVOT) ** PROJECT_SIZE_EXPONENT;
  return Math.min(max, Math.max(PROJECT_SIZE_RANGE.min, x));
};

/**
 * A part-time coordinator's effort per project follows the same curve further, up to the project
 * size from which a few projects get a programme office (spend-scale.ts, LARGE_PROJECT_SPEND):
 * about 2.2 times an ordinary project's there. Round 19: EUR 30 M across four projects got the
 * 2.8 hours a week per project of four small ones, then an office of two people at three. Our
 * judgement: the coordinator's hours grow with spend without a step, and stop where the office
 * takes over (still within the coordinator's half a person, design.ts).
 */
export const COORDINATION_SIZE_MAX = (LARGE_PROJECT_SPEND / PROJECT_SIZE_PIVOT) ** PROJECT_SIZE_EXPONENT;
export const coordinationSizeFactor = (s: Situation): number => projectSizeFactor(s, COORDINATION_SIZE_MAX);
