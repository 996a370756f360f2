import type { Maturity, PmoScope, PmoShape } from '../../contract/result';
import { forCustomers } from '../customer-orders';
import { modelProfile } from '../pmo-models';
import type { Situation } from '../situation';
import { CONTROLLED_PROJECT_SPEND } from '../spend-scale';
import { CONTROL_RANK, SERVICE_CATALOGUE, type ServiceId, type ServiceSpec } from './catalogue';
import { contextPressure, isDuty } from './context-pressure';
import { controlsNeed, deliveryDuty, runsControlsToday } from './controls-need';
import { customerCosting } from './customer-costing';
import { HUB_REVIEW_PRESSURE, holdsInvestmentReview, withHubMinimum } from './group-hub';
import { evidenceOnly, offered, PROGRAMME_STREAMS, runsToday } from './offered';
import { gapOf, TARGET_LEVEL } from './order';
import { pushKeeps } from './push-keeps';
import { triagePush } from './push-triage';
import { sharedViewRanksLow } from './shape';
import type { Candidate, Why } from './sizing';
import { reviewOnly } from './strong-practice';
import { offersStandards, templatesForWeakStandards } from './supportive-standards';
import type { DesignInput, LeftOutWhy, OfficeDesign } from './types';

/**
 * Which services an office holds and how much of its driver each covers: the shape's offer, the
 * degree of control, the gaps, the situation and what stakeholders asked for. design.ts sums them.
 */

/** Stakeholders asking for a service this often (share of respondents) put it in the office. */
export const EXPECTATION_SHARE = 0.5;
/** A service whose dimensions reach this level on sufficient evidence is in place: not rebuilt. */
export const IN_PLACE_LEVEL = 4;
/** A gap this small is no reason on its own to offer a service. */
export const MIN_GAP = 0.25;

/** Each maturity's dimensions by id, worked out once (the sensitivity analysis designs many offices on one maturity). */
const byId = new WeakMap<Maturity, Map<string, Maturity['dimensions'][number]>>();
export const scoresOf = (m: Maturity, ids: readonly string[]) => {
  let map = byId.get(m);
  if (!map) {
    map = new Map(m.dimensions.map((d) => [d.id, d]));
    byId.set(m, map);
  }
  const out: Maturity['dimensions'][number][] = [];
  for (const id of ids) {
    const d = map.get(id);
    if (d) out.push(d);
  }
  return out;
};

/**
 * How far a service's rated dimensions are below the target: a dimension nobody could rate
 * ("don't know") is a question to ask, not a gap to build a service for (round 10: benefits
 * tracking from a "don't know"). Worked out once a maturity, like scoresOf.
 */
const gaps = new WeakMap<Maturity, Map<ServiceId, number>>();
export const ratedGap = (m: Maturity, spec: ServiceSpec): number => {
  let map = gaps.get(m);
  if (!map) {
    map = new Map();
    gaps.set(m, map);
  }
  let gap = map.get(spec.id);
  if (gap === undefined) {
    const rated: number[] = [];
    for (const d of scoresOf(m, spec.dimensions)) if (d.score !== null) rated.push(d.score);
    gap = rated.length === 0 ? 0 : gapOf(rated);
    map.set(spec.id, gap);
  }
  return gap;
};

/** Every dimension reaches `level` on sufficient evidence. */
const reaches = (m: Maturity, ids: readonly string[], level: number): boolean => {
  const ds = scoresOf(m, ids);
  return ds.length > 0 && ds.every((d) => d.sufficient && d.score !== null && d.score >= level);
};

/** The service every office of a shape runs, whatever the gaps: the reason it exists. */
const coreOf = (shape: PmoShape, scope: PmoScope, s: Situation): ServiceId | null => {
  switch (shape) {
    case 'none':
      return null;
    case 'capability-first':
      return 'project-coordination';
    case 'programme':
      // A triage is run by its stop, pause or continue decision and spend gate (push-triage.ts).
      if (triagePush(s, scope)) return 'portfolio-prioritisation';
      // A programme, or a push with a known spend, is run by its controls; a push without, by its cadence.
      return scope === 'programme' || (s.annualProjectBudget ?? 0) > 0
        ? 'programme-controls'
        : 'push-management';
    case 'hub-and-spoke':
      return 'hub-coordination';
    case 'lean-portfolio':
      return 'lean-portfolio';
    default:
      return 'status-reporting';
  }
};

/**
 * What else an office of a shape always holds: a portfolio office, or the hub of a group, exists
 * to put the portfolio in an order, whatever its degree of control (a supportive one prepares the
 * decision that management takes).
 */
const holdsOf = (shape: PmoShape, s: Situation, scope: PmoScope): readonly ServiceId[] =>
  shape === 'portfolio' || shape === 'hub-and-spoke'
    ? // For customer orders, the order is that of commitments and capacity: who works on which order first.
      [forCustomers(s) ? 'capacity-planning' : 'portfolio-prioritisation']
    : shape === 'programme' && s.concurrentProjects >= PROGRAMME_STREAMS && !triagePush(s, scope)
      ? ['push-management']
      : [];
/**
 * Benefits stated and not followed weigh like a context of their own on benefits tracking: as much
 * as a regulator's evidence trail on assurance (our judgement), so it ranks by that pain, not last.
 */
export const BENEFITS_PRESSURE = 1;

const importanceOf = (
  importance: Readonly<Record<string, number>> | undefined,
  ids: readonly string[],
): number | undefined => {
  const known = ids.map((id) => importance?.[id]).filter((x): x is number => typeof x === 'number');
  return known.length === 0 ? undefined : known.reduce((a, b) => a + b, 0) / known.length;
};

/** The share of stakeholders who asked for a service: the most any answer it gives was asked. */
export const askedShare = (
  spec: Pick<ServiceSpec, 'answers'>,
  expectations: Readonly<Record<string, number>> | undefined,
): number => {
  if (!expectations) return 0;
  let share = 0;
  for (const a of spec.answers) share = Math.max(share, expectations[a] ?? 0);
  return share;
};

/** The services that put the portfolio in an order: what a reset reporting factory starts with. */
const DECIDES: readonly ServiceId[] = ['portfolio-prioritisation', 'lean-portfolio'];

/** Which services the office holds, and why each; a group's hub holds its threshold and minimum standard (group-hub.ts). */
export const candidatesFor = (i: DesignInput): { chosen: Candidate[]; leftOut: OfficeDesign['leftOut'] } =>
  withHubMinimum(i, candidatesOf(i), (spec) => ratedGap(i.maturity, spec));

const candidatesOf = (i: DesignInput): { chosen: Candidate[]; leftOut: OfficeDesign['leftOut'] } => {
  const { situation: s, maturity: m, shape, scope, model } = i;
  const core = coreOf(shape, scope, s);
  const temporary = s.horizon === 'temporary';
  const control = model ? CONTROL_RANK[modelProfile(model).control] : 0;
  const holds = holdsOf(shape, s, scope);
  const chosen: Candidate[] = [];
  const leftOut: { id: ServiceId; why: LeftOutWhy }[] = [];
  for (const spec of SERVICE_CATALOGUE) {
    if (spec.id === 'office-lead') continue;
    const asked = askedShare(spec, i.expectations);
    // A service whose every dimension was answered "not applicable" answers no need here.
    const applicable = spec.dimensions.length === 0 || spec.dimensions.some((d) => !i.notApplicable?.has(d));
    const pressureOnly = spec.id === 'portfolio-controls' && contextPressure(spec.id, s) < 1;
    // A hub's investment review answers finance's shortfall too, whatever the benefits questions say (group-hub.ts).
    const hubReview = holdsInvestmentReview(shape, m, spec.id, i.notApplicable);
    if (
      // A push keeps the standards asked for and its own tools where data is typed twice (push-keeps.ts).
      (!offered(shape, spec.id, scope, temporary, s, i.benefitsInPlay) &&
        !pushKeeps(shape, spec.id, asked >= EXPECTATION_SHARE, m)) ||
      (!applicable && spec.id !== core && !hubReview) ||
      pressureOnly
    ) {
      if (asked >= EXPECTATION_SHARE && shape !== 'none') leftOut.push({ id: spec.id, why: 'not-offered' });
      continue;
    }
    const dims = spec.dimensions;
    const gap = ratedGap(m, spec);
    // Benefits stated and not followed are a pain the tracking answers: it ranks by it (benefits-context.ts).
    const pressure =
      contextPressure(spec.id, s) +
      (spec.id === 'benefits-tracking' && i.benefitsInPlay === true ? BENEFITS_PRESSURE : 0) +
      // A group's investments reviewed after approval, where its finance or benefits fall short (group-hub.ts).
      (hubReview ? HUB_REVIEW_PRESSURE : 0);
    // Benefits nobody states are written down first (the quick win): their gap alone builds no tracking.
    const gapCounts = !(spec.id === 'benefits-tracking' && i.benefitsInPlay === false);
    const why: Why[] = [];
    const isCore = spec.id === core || holds.includes(spec.id);
    if (gap > MIN_GAP && gapCounts) why.push('maturity-gap');
    // Customer orders are costed whatever the answers on finance (customer-costing.ts).
    const costing = customerCosting(spec.id, s);
    if (pressure >= 1 || isCore || costing) why.push('context');
    // A light office formalising mature practice may take one step more control to close its gaps.
    const inControl = CONTROL_RANK[spec.control] <= control + (shape === 'formalise' ? 1 : 0);
    // Controls the situation calls for, and a regulator's assurance, are services to delivery held
    // at any degree of control (controls-need.ts).
    const duty = isDuty(spec.id, s) || deliveryDuty(spec.id, s, pressure) || costing;
    const withinControl = duty || inControl;
    const expected = asked >= EXPECTATION_SHARE;
    // A directive service asked for where leadership wants no central control stays out: the
    // office would have no mandate to run it.
    const mandate = !(spec.control === 'directive' && s.controlAppetite === 'low');
    if (expected && mandate) why.push('expectations');
    // The office in place runs the services of its degree of control: they stay, at full effort,
    // unless the office steps down to less control (a reset), which drops what it no longer does.
    // A reset never drops the controls a controlling office in place runs (controls-need.ts).
    const runsIt =
      (runsToday(spec, s.existingPmo) && CONTROL_RANK[spec.control] <= control) ||
      runsControlsToday(spec.id, s);
    // It runs it well only where its dimensions reach the target level; a weak one is strengthened,
    // not credited as working (round 9: benefits tracking "works" at 2.75).
    const runsItWell = runsIt && gap <= MIN_GAP;
    if (runsItWell) why.push('in-place');
    // ...and one it runs below the target is kept to close that gap, said as its reason even where
    // the gap alone would build no such service (round 21: benefits tracking kept with no reason).
    else if (runsIt && gap > MIN_GAP && !why.includes('maturity-gap')) why.push('maturity-gap');
    // Formalising what exists leaves out what already works at the target level.
    const inPlace =
      !isCore &&
      !runsIt &&
      !costing &&
      reaches(m, dims, shape === 'formalise' ? TARGET_LEVEL : IN_PLACE_LEVEL);
    // A weather station offers templates and a light standard where standards are weak or asked for.
    const offersTemplates = offersStandards(spec.id, model, shape, m, asked) && !inPlace;
    if (offersTemplates && !why.includes('maturity-gap') && !why.includes('expectations'))
      why.push(templatesForWeakStandards(spec.id, model, shape, m) ? 'maturity-gap' : 'expectations');
    const wanted =
      offersTemplates ||
      isCore ||
      costing ||
      runsIt ||
      (expected && mandate) ||
      (withinControl && ((gap > MIN_GAP && gapCounts) || pressure >= 1));
    if (!wanted || (inPlace && !expected)) {
      if (expected)
        leftOut.push({ id: spec.id, why: inPlace ? 'in-place' : mandate ? 'not-offered' : 'no-mandate' });
      else if (inPlace && withinControl) leftOut.push({ id: spec.id, why: 'in-place' });
      continue;
    }
    // A regulated organisation's reviews are held as an unregulated one's would be; the regulator
    // alone asks only for the evidence trail.
    // A lean portfolio's evidence is the trail alone (offered.ts, evidenceOnly). Where governance and
    // risk control fall short, a regulated organisation's reviews are held at any degree of control:
    // the regulator's evidence needs them, not the office's mandate (round 24).
    const reviews =
      !evidenceOnly(shape, spec.id, s) &&
      (isCore || runsIt || (expected && mandate) || ((inControl || duty) && gap > MIN_GAP));
    // A reset office whose reports led to no decisions keeps one monthly pack, ordered by what is
    // asked alone: its reports exist, their use is what the decision services build (in-place.ts).
    const lean = spec.id === 'status-reporting' && i.leanReporting === true;
    // ...and the decisions the reports failed to feed come first, after any handed-over work.
    const decides = i.leanReporting === true && DECIDES.includes(spec.id);
    chosen.push({
      spec,
      why,
      sustain: runsItWell,
      core: isCore,
      need: controlsNeed(spec.id, s, m),
      form: lean
        ? 'lean'
        : evidenceOnly(shape, spec.id, s)
          ? 'duty'
          : !isCore && !runsIt && reviewOnly(m, spec, why)
            ? 'review'
            : isDuty(spec.id, s) && !reviews
              ? 'duty'
              : // Reviews a regulated organisation's stakeholders ask for are run in full, not only on request.
                CONTROL_RANK[spec.control] <= control ||
                  (isDuty(spec.id, s) && (inControl || (expected && mandate)))
                ? 'full'
                : // Controls and a regulator's reviews above the office's control: in full, said supportively.
                  duty
                  ? 'delivery'
                  : 'offered',
      painful: lean
        ? { gap: 0, pressure: asked * 2, readiness: 1 }
        : {
            gap: sharedViewRanksLow(s, shape, spec.id) ? 0 : gap,
            importance: importanceOf(i.importance, dims),
            // The core service is why the office exists: it weighs one point more, three in a
            // programme office, whose controls and steering come before anything else (round 10).
            pressure: pressure + asked * 2 + (isCore ? (shape === 'programme' ? 3 : 1) : 0),
            readiness: 1,
            ...(decides ? { next: true } : {}),
          },
    });
  }
  return { chosen, leftOut };
};

export { ONLY_IN, PROGRAMME_STREAMS, runsToday, SCHEDULED_PROJECTS } from './offered';
export {
  OFFERED_SHARE,
  PROJECT_SIZE_EXPONENT,
  PROJECT_SIZE_PIVOT,
  PROJECT_SIZE_RANGE,
  projectSizeFactor,
  type Sized,
  sized,
  sizeOne,
} from './sizing';
/** Kept here too, where the controls' own point is read (spend-scale.ts holds it). */
export { CONTROLLED_PROJECT_SPEND };
