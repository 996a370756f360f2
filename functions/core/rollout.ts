import type {
  DimensionScore,
  Evidence,
  PmoAction,
  PmoModelId,
  PmoScope,
  PmoService,
  PmoShape,
  Readiness,
  RolloutPlan,
  SourcingId,
  Staffing,
} from '../contract/result';
import { inPlacePeopleSteps } from './office/in-place';
import { namesDeputy } from './office/in-place-size';
import { rampOfPlan } from './push-stage-cost';
import type { Questionnaire } from './questionnaire';
import { rolloutRisks } from './risks';
import {
  type Draft,
  horizonWeeksOf,
  quickWinsFor,
  SETUP_FACTOR,
  sizeFactor,
  TEMPORARY_SETUP_FACTOR,
  withStartWeeks,
} from './rollout-basics';
import { firstValueFirst } from './rollout-first';
import { healthCheckPhase, interimPhase, procurementPhase } from './rollout-opening';
import { peopleAdviceFor, peopleSteps } from './rollout-people';
import {
  addServicesPhase,
  conceptPhase,
  handBack,
  type PlanFrame,
  pilotPhase,
  rolloutActivitiesOf,
  rolloutPhase,
  runActivitiesOf,
  strengthenPhase,
} from './rollout-phases';
import { NO_RAMP, rampPlanOf } from './rollout-ramp';
import { operatePhase, planAssumptions, temporaryRunPhases } from './rollout-run';
import { windDownSteps, windingDown } from './rollout-wind-down';
import { english, msg, type Say } from './say';
import type { Situation } from './situation';
import { contractLead, opensWithInterim, ownInterimLead, staysMixed } from './sourcing-mix';
import { minimumBuyingWeeks, seatNotTeam } from './sourcing-seats';
import { squeezeToQuarter, urgentCut } from './urgent-cut';

export {
  AT_SCALE_EMPLOYEES,
  AT_SCALE_PROJECTS,
  atScale,
  HAND_BACK_WEEKS,
  HEALTH_CHECK_WEEKS,
  horizonWeeksOf,
  INTERIM_WEEKS,
  QUICK_WINS,
  quickWinsFor,
  sizeFactor,
  TEMPORARY_HORIZON_WEEKS,
  TEMPORARY_SETUP_FACTOR,
  weakestDimensions,
} from './rollout-basics';
export { planWithoutPmo } from './rollout-lean';

export interface PlanInput {
  context: Situation;
  dimensions: readonly DimensionScore[];
  model: PmoModelId;
  sourcing: SourcingId;
  readiness: Readiness;
  action: PmoAction;
  scope: PmoScope;
  /** The computed staffing; the charter names it instead of the model's typical size. */
  staffing?: Staffing | null;
  /** The office's services in the engine's order. */
  services?: readonly PmoService[];
  /** The answers come from a team assessment: no second current-state survey. */
  surveyed?: boolean;
  shape?: PmoShape;
  /** The assessment's evidence: thin evidence is a risk of the plan. */
  evidence?: Evidence;
  /** Own people lead, coached, where the spend ceiling left no room for a contract lead. */
  coachedLead?: boolean;
  /** A reset's cut waits for the health check's confirmation (thin-evidence.ts). */
  cutWaits?: boolean;
}

/** Urgency shortens the set-up phases to this share. */
export const URGENT_SETUP_FACTOR = 0.75;
/** An office larger than this takes twice as long to contract from outside. */
export const LARGE_OFFICE_FTE = 10;
/** An office smaller than this is part-time: its plan is short. */
export const PART_TIME_OFFICE_FTE = 1;
/**
 * An office whose staffing averages this many people or fewer is one person: like a part-time one
 * it starts on every project at once, with no pilot, and with no interim lead before itself (round
 * 24: one person was given a 41-week plan with an interim lead, a pilot and a roll-out). Our judgement.
 */
export const ONE_PERSON_OFFICE_FTE = 1;

/**
 * The phased plan for the recommended office: which phases there are and in what order (an interim
 * set-up when urgent, a health check of an office in place, procurement before an outside
 * provider, the analysis, concept and pilot of a new office, the roll-out, then running it for its
 * horizon or for good). What each phase holds is drafted in rollout-phases.ts.
 */
export const planRollout = (q: Questionnaire, input: PlanInput, say: Say = english): RolloutPlan => {
  const { context: s, dimensions, model, sourcing, readiness, action, scope, staffing } = input;
  const size = sizeFactor(s.employees, say);
  const temporary = s.horizon === 'temporary';
  const path = readiness.stagedPath;
  const f: PlanFrame = {
    s,
    say,
    dimensions,
    model,
    sourcing,
    action,
    scope,
    staffing,
    readiness,
    size,
    setup: SETUP_FACTOR[sourcing] * (temporary ? TEMPORARY_SETUP_FACTOR : 1),
    path,
    firstStage: path.slice(0, 1),
    quickWins: quickWinsFor(q, dimensions, say, undefined, s, input.services),
    buildMissing: readiness.stretch
      ? [
          say(
            msg('plan.buildCapabilities', {
              capabilities: readiness.capabilities
                .filter((c) => !c.met && c.model === model)
                .map((c) => c.name),
            }),
          ),
        ]
      : [],
    extraStages: path.length - 1,
    temporary,
    existing: action !== 'establish',
    outside: sourcing !== 'internal',
    services: (input.services ?? []).filter((x) => x.id !== 'office-lead'),
    horizonWeeks: horizonWeeksOf(s),
    cutWaits: input.cutWaits ?? false,
    surveyed: input.surveyed ?? false,
    shape: input.shape ?? 'portfolio',
    piloted: false,
    ramp: NO_RAMP,
  };
  // A part-time office starts on every project at once; a programme or a push runs from the start;
  // formalising what works needs no trial; a kept office only adds what is new.
  const onePerson =
    !!staffing &&
    ((staffing.fte.max ?? 1) < PART_TIME_OFFICE_FTE ||
      (staffing.fte.min + staffing.fte.max) / 2 <= ONE_PERSON_OFFICE_FTE);
  f.piloted =
    action !== 'keep' &&
    scope !== 'programme' &&
    f.shape !== 'formalise' &&
    f.shape !== 'programme' &&
    !onePerson;
  // A large office is staffed in waves; a change of the office in place moves its people first.
  f.ramp = rampPlanOf(f, input.services ?? []);
  // Urgency compresses the set-up phases.
  if (s.urgency === 'high') f.setup *= URGENT_SETUP_FACTOR;
  const newServices = f.services.some((x) => !x.chosenFor.includes('in-place'));

  const draft: Draft[] = [];
  // An interim lead bridges an urgent need only where no office runs today (or the one in place is reset).
  // Where nobody inside can lead an internal office, its interim lead comes on contract (sourcing-mix.ts).
  // Where the spend ceiling left no room for that lead, an own one is named and coached (sourcing-paid.ts).
  const contract =
    !input.coachedLead && contractLead(s, sourcing, action, peopleAdviceFor(s, dimensions)?.bringIn ?? 0);
  f.officeLead = input.coachedLead ? 'coached' : contract ? 'contract' : undefined;
  // A one-person office's own lead is that person: no interim before them, unless bought in or coached.
  if (opensWithInterim(s, action) && !(onePerson && !contract && !input.coachedLead))
    draft.push(
      interimPhase(
        say,
        input.coachedLead
          ? 'plan.coachedOwnLead'
          : contract
            ? temporary
              ? 'plan.contractLeadForPush'
              : 'plan.contractLeadUntilHire'
            : ownInterimLead(s, sourcing, peopleAdviceFor(s, dimensions)?.bringIn ?? 0)
              ? 'plan.ownInterimLead'
              : undefined,
      ),
    );
  // A push's own office near its end winds down: no health check, charter or pilot (rollout-wind-down.ts).
  const winding = windingDown(f);
  if (winding) f.piloted = false;
  if (f.existing && !winding)
    draft.push(healthCheckPhase(`model.${s.existingPmo === 'none' ? model : s.existingPmo}`, say));
  // The assessment is the current state: the concept phase validates it rather than a separate
  // analysis repeating it.
  if (action !== 'keep' && !winding) draft.push(conceptPhase(f));
  // The provider's scope is written from the charter: procurement follows it, then the hand-over.
  // An outside part of one person is called off, not procured (sourcing-seats.ts).
  const seat = seatNotTeam(s, sourcing, staffing ? (staffing.fte.min + staffing.fte.max) / 2 : 0);
  if (f.outside)
    draft.push(
      procurementPhase(
        sourcing,
        size.factor *
          (temporary ? TEMPORARY_SETUP_FACTOR : 1) *
          ((staffing?.fte.max ?? 0) > LARGE_OFFICE_FTE ? 2 : 1),
        say,
        staysMixed(sourcing, s, staffing),
        { regulated: s.regulated, horizon: s.horizon, horizonMonths: s.horizonMonths, seat },
      ),
    );
  // An urgent cut of more than half is made within a quarter: no pilot, no roll-out before it (urgent-cut.ts).
  const cut = urgentCut(s, action, staffing);
  if (cut && staffing) {
    f.piloted = false;
    squeezeToQuarter(draft, say, (staffing.fte.min + staffing.fte.max) / 2, s.existingPmoFte ?? 0);
  }
  if (f.piloted) draft.push(pilotPhase(f));
  // A kept office strengthens the services it runs that do not work yet, then operates.
  const strengthen = action === 'keep' ? strengthenPhase(f) : null;
  if (strengthen) draft.push(strengthen);
  const rolloutActivities = rolloutActivitiesOf(f);
  // ...and adds what it never ran; any other office rolls out across the organisation.
  const added = action === 'keep' && !temporary ? addServicesPhase(f, strengthen === null) : null;
  if (added) draft.push(added);
  else if (!temporary && !cut && scope === 'organisation' && (action !== 'keep' || newServices))
    draft.push(rolloutPhase(f, rolloutActivities));
  // A short push squeezes its set-up so that running it and handing back still fit its horizon.
  if (temporary) {
    const room = f.horizonWeeks - handBack(f.horizonWeeks) - 1;
    const planned = draft.reduce((w, p) => w + p.durationWeeks, 0);
    if (planned > room && draft.length > 0) {
      const share = Math.max(0, room) / planned;
      // A buyer's procurement takes what it takes (sourcing-seats.ts): the squeeze never shortens it.
      const least = (p: Draft) => (p.id === 'procurement' ? Math.max(1, minimumBuyingWeeks(s, seat)) : 1);
      for (const p of draft) p.durationWeeks = Math.max(least(p), Math.floor(p.durationWeeks * share));
      // What cannot fit goes from the front, but never the charter before the procurement it feeds.
      while (draft.length > 1 && draft.reduce((w, p) => w + p.durationWeeks, 0) > Math.max(room, 1))
        draft.splice(draft[0]?.id === 'concept-and-charter' ? 1 : 0, 1);
    }
  }
  const before = draft.reduce((w, p) => w + p.durationWeeks, 0);
  // A winding-down office starts nothing it already runs: its run opens with the hand-overs.
  const runActivities = winding
    ? [...windDownSteps(f), ...runActivitiesOf(f, [])]
    : runActivitiesOf(f, rolloutActivities);
  if (temporary) draft.push(...temporaryRunPhases(f, runActivities, before));
  // After an urgent cut the services start again in the run, once the cut is made.
  else
    draft.push(
      operatePhase(
        f,
        cut && scope !== 'programme' ? [...rolloutActivities, ...runActivities] : runActivities,
      ),
    );
  // What needs nobody new starts in the first phase, never after a purchase (rollout-first.ts).
  firstValueFirst(f, draft);
  // The people the cost prices are the people the plan's steps bring in (one advice, rollout-people.ts):
  // the charter carries their steps; where a kept office has none, or a short push cut it, the
  // first phase after the health check and the interim set-up does (round 21: a kept office's cost
  // held a new project manager that no step brought in).
  const opening = (p: Draft) => p.id !== 'health-check' && p.id !== 'interim-set-up';
  const carrier = draft.some((p) => p.id === 'concept-and-charter') ? undefined : draft.find(opening);
  carrier?.activities.unshift(
    ...peopleSteps(peopleAdviceFor(s, dimensions), s, 'office', f.officeLead).map(say),
  );
  // A kept office has no charter to carry its people's step: the first phase after the health check does.
  const next = action === 'keep' && !winding ? draft.find((p) => p.id !== 'health-check') : undefined;
  next?.activities.unshift(...inPlacePeopleSteps(s, staffing, action, f.cutWaits).map(say));
  const plan = withStartWeeks(draft, planAssumptions(f));
  // The cost reads the plan's stages (push-stage-cost.ts).
  if (f.ramp.ramp) rampOfPlan.set(plan, f.ramp.ramp);
  // Every risk comes from a situation the result shows: the decision, or a phase of this plan.
  plan.risks = rolloutRisks(
    {
      model,
      sourcing,
      action,
      readiness,
      evidence: input.evidence,
      situation: s,
      shape: f.shape,
      scope,
      phases: draft,
      // A winding-down office repairs none of its services: it hands them over (rollout-wind-down.ts).
      services: winding ? [] : f.services,
      dimensions,
      mixedForGood: staysMixed(sourcing, s, staffing),
      keyPerson: model !== null && namesDeputy(s, staffing, true),
    },
    say,
  );
  return plan;
};
