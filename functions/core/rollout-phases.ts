import type {
  DimensionScore,
  PmoAction,
  PmoModelId,
  PmoScope,
  PmoService,
  PmoShape,
  Readiness,
  SourcingId,
  Staffing,
} from '../contract/result';
import { deliveryCharterSteps } from './mixed-delivery';
import { inPlacePeopleSteps } from './office/in-place';
import { assessmentStep, conversationFirst } from './plan-assessment';
import { modelProfile } from './pmo-models';
import { type OfficeLeadFill, pushRunSteps, shortPush } from './push-tempo';
import {
  BASE_WEEKS,
  type Draft,
  dimensionWorks,
  HAND_BACK_WEEKS,
  ROLLOUT_WEEKS,
  serviceDimensions,
  serviceWorks,
  WEEKS_PER_EXTRA_STAGE,
  weakInPlace,
  weeks,
} from './rollout-basics';
import { staffingSteps } from './rollout-hold';
import { peopleAdviceFor, peopleSteps } from './rollout-people';
import { FIRST_SERVICES, type RampPlan } from './rollout-ramp';
import { type EngineKey, type EngineMessage, msg, type Say } from './say';
import type { Situation } from './situation';
import { leadHireSteps } from './sourcing-lead-hire';
import { handsOver, opensWithInterim, staysMixed } from './sourcing-mix';

/**
 * The phases of a plan with an office, each drafted from one frame: the situation and the decision
 * (model, sourcing, action, scope, staffing) and what follows from them. The plan (rollout.ts)
 * decides which phases there are and in what order; each builder here says what one phase holds.
 */

/** What every phase is drafted from. */
export interface PlanFrame {
  s: Situation;
  say: Say;
  dimensions: readonly DimensionScore[];
  model: PmoModelId;
  sourcing: SourcingId;
  action: PmoAction;
  scope: PmoScope;
  staffing?: Staffing | null;
  readiness: Readiness;
  size: { factor: number; label: string };
  setup: number;
  path: readonly PmoModelId[];
  firstStage: readonly PmoModelId[];
  quickWins: string[];
  buildMissing: string[];
  extraStages: number;
  temporary: boolean;
  existing: boolean;
  outside: boolean;
  /** The office's services in the engine's order (most pain first), without leading the office. */
  services: readonly PmoService[];
  /** Weeks a temporary office runs in all (its horizon). */
  horizonWeeks: number;
  /** The office's lead where the plan brings it in on contract or coaches an own one (push-tempo.ts). */
  officeLead?: OfficeLeadFill;
  /** A reset's cut on thin evidence waits for the health check's confirmation (thin-evidence.ts). */
  cutWaits?: boolean;
  /** The answers come from a team assessment: it is the current state. */
  surveyed: boolean;
  shape: PmoShape;
  /** The plan has a pilot: its first services start there. */
  piloted: boolean;
  /** Staffing in waves, and moving people in a change of the office in place (rollout-ramp.ts). */
  ramp: RampPlan;
}

/** Handing back takes six weeks, or an eighth of a short push (at least one). */
export const handBack = (horizonWeeks: number): number =>
  Math.min(HAND_BACK_WEEKS, Math.max(1, Math.round(horizonWeeks / 8)));

/** Formalising what works takes this share of a roll-out that builds it. */
export const FORMALISE_FACTOR = 0.5;

/** How many of the most painful services start on the pilot; the rest come in the roll-out. */
export const PILOT_SERVICES = FIRST_SERVICES;

/** The dimensions that keep a service from counting as working, said with their scores. */
const dimensionsOf = (f: PlanFrame, service: PmoService): EngineMessage[] =>
  serviceDimensions(service)
    .filter((id) => !dimensionWorks(f.dimensions.find((d) => d.id === id)))
    .map((id) => {
      const d = f.dimensions.find((x) => x.id === id);
      return d?.score !== null && d?.score !== undefined
        ? msg('readiness.capabilityRated', { dimension: d.name, score: d.score })
        : msg('readiness.capabilityUnrated', { dimension: d?.name ?? id });
    });

/**
 * One step per service: a service the office in place runs is kept as it is only where it works
 * (serviceWorks: its dimensions at level 3 on sufficient evidence); otherwise it is strengthened;
 * a service the office does not run yet is started.
 */
export const serviceStep = (f: PlanFrame, x: PmoService): string =>
  f.say(
    !x.chosenFor.includes('in-place')
      ? msg('plan.startService', { service: x.name })
      : serviceWorks(x, f.dimensions)
        ? msg('plan.formaliseService', { service: x.name })
        : msg('plan.strengthenService', { service: x.name, dimensions: dimensionsOf(f, x) }),
  );

const serviceSteps = (f: PlanFrame, from: number, to?: number): string[] =>
  f.services.slice(from, to).map((x) => serviceStep(f, x));

export const SERVICE_START: Record<
  PmoModelId,
  { concept: EngineKey[]; pilot: EngineKey[]; rollout: EngineKey[]; operate: EngineKey[] }
> = {
  'weather-station': {
    concept: ['plan.defineTheStatusReportFields'],
    pilot: ['plan.collectStatusFromThePilot'],
    rollout: ['plan.extendStatusReportingToEvery', 'plan.setUpTheSingleSource'],
    operate: ['plan.publishThePortfolioReportOn'],
  },
  'control-tower': {
    concept: ['plan.draftTheMethodologyTemplatesAnd'],
    pilot: ['plan.applyTheMethodologyOnThe', 'plan.startConsolidatedStatusReporting'],
    rollout: ['plan.trainEveryProjectManagerIn', 'plan.startProjectReviewsAndCompliance'],
    operate: ['plan.reviewAndImproveTheMethodology'],
  },
  'resource-source': {
    concept: ['plan.agreeThePortfolioBoardIts', 'plan.draftTheMethodologyAndTemplates'],
    pilot: ['plan.runTheFirstPortfolioPrioritisation', 'plan.planCapacityForThePilot'],
    rollout: [
      'plan.bringEveryProjectUnderPortfolio',
      'plan.allocateSharedPeopleThroughThe',
      'plan.startAudits',
    ],
    operate: ['plan.rebalanceThePortfolioQuarterlyOn'],
  },
};

export const servicesAlong = (
  path: readonly PmoModelId[],
  part: keyof (typeof SERVICE_START)[PmoModelId],
  say: Say,
): string[] => path.flatMap((id) => SERVICE_START[id][part].map((k) => say(msg(k))));

/** `lead`: the step that puts its lead in (a contract lead where nobody inside can lead, sourcing-mix.ts). */
export const assuranceActivities = (s: Situation, part: 'concept' | 'rollout', say: Say): string[] =>
  !s.regulated
    ? []
    : part === 'concept'
      ? [say(msg('plan.mapWhatTheRegulatorOr'))]
      : [say(msg('plan.keepAnAuditTrailDecisions'))];

/** The phased plan for a recommended PMO, shaped by the situation: action, horizon, urgency, sourcing, regulation. */

/** A new office studies the current state first; an existing one, or a temporary push, does not. */
export const analysisPhase = (f: PlanFrame): Draft => {
  const { say, size, setup, outside } = f;
  return {
    id: 'current-state-analysis',
    name: say(msg('plan.currentStateAnalysis')),
    durationWeeks: weeks(BASE_WEEKS.analysis, size.factor, setup),
    activities: [
      say(msg('plan.interviewAndSurveyStakeholdersFrom')),
      say(msg('plan.studyTheKindsOfProjects')),
      say(msg('plan.scoreMaturityPerDimensionAnd')),
    ],
    milestones: [say(msg('plan.stakeholderSurveyClosed')), say(msg('plan.currentStateReportAcceptedBy'))],
    owners: [
      say(msg('plan.executiveSponsor')),
      outside ? say(msg('plan.pmoProvider')) : say(msg('plan.pmoLead')),
    ],
    exitCriterion: say(msg('plan.theSponsorAcceptsTheCurrent')),
  };
};

/** The concept and charter: what the office is, who staffs it, and for how long. */
export const conceptPhase = (f: PlanFrame): Draft => {
  const { s, say, model, scope, staffing, size, setup, firstStage, temporary, existing } = f;
  const target = modelProfile(model);
  return {
    id: 'concept-and-charter',
    name: existing ? say(msg('plan.revisedConceptAndCharter')) : say(msg('plan.pmoConceptAndCharter')),
    durationWeeks: weeks(BASE_WEEKS.concept, size.factor, setup),
    activities: [
      ...conversationFirst(f.dimensions).map((k) => say(msg(k))),
      say(
        msg(scope === 'programme' ? 'plan.defineProgrammeOffice' : 'plan.definePmo', {
          model: msg(`model.${model}`),
          control: msg(`control.${target.control}`),
        }),
      ),
      // A supportive office for shared people holds one directive mandate: the charter says it
      // (shared-people.ts); mixed delivery plans each track in its own form (mixed-delivery.ts).
      ...deliveryCharterSteps(s, model, f.services, f.shape).map((k) => say(msg(k))),
      say(msg('plan.decideWhereTheOfficeSits')),
      // On many unknowns nobody is hired before the team assessment (rollout-hold.ts).
      ...staffingSteps(
        f,
        say(
          staffing
            ? msg(staffing.fte.min === staffing.fte.max ? 'plan.staffTeamFte' : 'plan.staffTeamFteRange', {
                fte: staffing.fte.min,
                min: staffing.fte.min,
                max: staffing.fte.max,
                roles: staffing.roles.map((r) => msg('plan.staffRole', { role: r.role, fte: r.fte })),
              })
            : msg('plan.staffTeam', { staffing: msg(`plan.staffing.${model}`) }),
        ),
      ),
      // Views divided on most dimensions: the conversation comes first (plan-assessment.ts).
      ...(!existing ? assessmentStep(f.dimensions, f.surveyed || temporary).map(say) : []),
      ...(temporary ? [say(msg(existing ? 'plan.push.sunsetAddedOnly' : 'plan.writeTheSunsetDateAnd'))] : []),
      // A new own lasting office recruits its experienced lead from the market (sourcing-lead-hire.ts).
      ...leadHireSteps(s, f.sourcing, staffing, f.officeLead, opensWithInterim(s, f.action)).map(say),
      // An office in place that shrinks or grows: HR before any announcement, or the people brought in.
      ...inPlacePeopleSteps(s, staffing, f.action, f.cutWaits).map(say),
      // Where nobody knows how projects are run, or leads are too few, people come first,
      // scaled to the organisation (rollout-people.ts).
      ...peopleSteps(peopleAdviceFor(s, f.dimensions), s, 'office', f.officeLead).map(say),
      ...assuranceActivities(s, 'concept', say),
      ...(f.services.length > 0
        ? [say(msg('plan.agreeServices', { services: f.services.map((x) => x.name) }))]
        : servicesAlong(firstStage, 'concept', say)),
    ],
    milestones: [
      existing ? say(msg('plan.revisedCharterSigned')) : say(msg('plan.pmoCharterSignedByThe')),
      say(msg('plan.pmoLeadAppointed')),
    ],
    // The provider is chosen on the signed charter (procurement follows it): it owns nothing here.
    owners: [say(msg('plan.executiveSponsor')), say(msg('plan.pmoLead'))],
    exitCriterion: say(msg('plan.aSignedCharterNamesThe')),
  };
};

/** The pilot on a few projects, where the quick wins become visible. */
export const pilotPhase = (f: PlanFrame): Draft => {
  const { say, size, setup, firstStage, quickWins, buildMissing, existing } = f;
  return {
    id: 'pilot',
    name: existing ? say(msg('plan.pilotTheChangedServices')) : say(msg('plan.pilotOnAFewProjects')),
    durationWeeks: weeks(BASE_WEEKS.pilot, size.factor, setup),
    activities: [
      ...quickWins,
      ...(f.services.length > 0
        ? serviceSteps(f, 0, PILOT_SERVICES)
        : servicesAlong(firstStage, 'pilot', say)),
      ...f.ramp.pilot,
      ...buildMissing,
      say(msg('plan.collectFeedbackFromPilotProject')),
    ],
    milestones: [say(msg('plan.quickWinsVisibleOnThe')), say(msg('plan.pilotReviewHeld'))],
    owners: [say(msg('plan.pmoLead')), say(msg('plan.pilotProjectManagers'))],
    exitCriterion: say(msg('plan.pilotProjectManagersAndSponsors')),
  };
};

/** Strengthening services an office already runs takes this share of a roll-out that builds them (our judgement). */
export const STRENGTHEN_FACTOR = 0.5;

/**
 * A kept office starts what it does not run well yet: the services whose dimensions are below
 * level 3 (or not shown on sufficient evidence) are strengthened before it simply operates.
 */
export const strengthenPhase = (f: PlanFrame): Draft | null => {
  const { say, model, size, quickWins, buildMissing } = f;
  const weak = weakInPlace(f.services, f.dimensions);
  if (weak.length === 0) return null;
  return {
    id: 'strengthen-services',
    name: say(msg('plan.strengthenPhase')),
    durationWeeks: weeks(ROLLOUT_WEEKS[model], size.factor, STRENGTHEN_FACTOR),
    activities: [...quickWins, ...weak.map((x) => serviceStep(f, x)), ...buildMissing],
    milestones: [say(msg('plan.everyProjectCoveredByThe'))],
    owners: [say(msg('plan.pmoLead')), say(msg('plan.lineManagement'))],
    exitCriterion: say(msg('plan.theReAssessmentShowsProgress')),
  };
};

/**
 * A kept office adds the services it never ran as it runs: only those, in their order, with the
 * quick wins where no strengthening phase took them. What works is not rolled out again (round 16:
 * kept offices got an 18-week roll-out listing every service they already run).
 */
export const addServicesPhase = (f: PlanFrame, withQuickWins: boolean): Draft | null => {
  const { say, model, size, quickWins } = f;
  const added = f.services.filter((x) => !x.chosenFor.includes('in-place'));
  if (added.length === 0) return null;
  return {
    id: 'add-services',
    name: say(msg('plan.addServicesPhase')),
    durationWeeks: weeks(ROLLOUT_WEEKS[model], size.factor, STRENGTHEN_FACTOR),
    activities: [
      ...(withQuickWins ? quickWins : []),
      ...added.map((x) => serviceStep(f, x)),
      ...assuranceActivities(f.s, 'rollout', say),
    ],
    milestones: [say(msg('plan.addedServicesRunning'))],
    owners: [say(msg('plan.pmoLead')), say(msg('plan.lineManagement'))],
    exitCriterion: say(msg('plan.addedServicesExit')),
  };
};

/** What rolling the office out does: the staged path's steps, or the first stage's services. */
export const rolloutActivitiesOf = (f: PlanFrame): string[] => {
  const { s, say, sourcing, path, firstStage, temporary } = f;
  if (f.services.length > 0) {
    const fromPilot = f.piloted ? PILOT_SERVICES : 0;
    const rest = serviceSteps(f, fromPilot);
    return [
      // Without a pilot the quick wins come first in the roll-out.
      ...(f.piloted || temporary || f.scope === 'programme' ? [] : f.quickWins),
      ...(rest.length > 0
        ? rest
        : [say(msg('plan.extendServices', { services: f.services.map((x) => x.name) }))]),
      ...f.ramp.rollout,
      ...assuranceActivities(s, 'rollout', say),
      ...(handsOver(sourcing, s, f.staffing) ? [say(msg('plan.handOverPmoRolesFrom'))] : []),
    ];
  }
  return [
    ...(path.length > 1
      ? path.map((id, i) =>
          say(
            msg('plan.stage', {
              stage: i + 1,
              model: msg(`model.${id}`),
              control: msg(`control.${modelProfile(id).control}`),
              services: SERVICE_START[id].rollout.map((k) => say(msg(k))).join('; '),
            }),
          ),
        )
      : servicesAlong(firstStage, 'rollout', say)),
    ...assuranceActivities(s, 'rollout', say),
    ...(handsOver(sourcing, s, f.staffing) ? [say(msg('plan.handOverPmoRolesFrom'))] : []),
  ];
};

/** The organisation-wide roll-out. */
export const rolloutPhase = (f: PlanFrame, rolloutActivities: string[]): Draft => {
  const { say, model, size, path, extraStages } = f;
  return {
    id: 'roll-out',
    name: say(msg('plan.organisationWideRollOut')),
    // Services come in the order of their pain; readiness guides that order and adds no stage.
    durationWeeks:
      weeks(
        ROLLOUT_WEEKS[model] + (f.services.length > 0 ? 0 : extraStages * WEEKS_PER_EXTRA_STAGE),
        size.factor,
        f.shape === 'formalise' ? FORMALISE_FACTOR : 1,
      ) + f.ramp.extraWeeks,
    activities: rolloutActivities,
    milestones: [
      say(msg('plan.everyProjectCoveredByThe')),
      ...(path.length > 1 ? [say(msg('plan.reAssessmentConfirmsReadinessFor'))] : []),
    ],
    owners: [say(msg('plan.pmoLead')), say(msg('plan.lineManagement'))],
    exitCriterion: say(msg('plan.allProjectsUseThePmo')),
  };
};

/** What running the office does, whatever its horizon. */
export const runActivitiesOf = (f: PlanFrame, rolloutActivities: string[]): string[] => {
  const { say, sourcing, action, scope, path, quickWins, buildMissing, temporary } = f;
  return [
    ...(scope === 'programme' && action !== 'keep' ? [...quickWins, ...buildMissing] : []),
    ...(temporary || scope === 'programme' ? rolloutActivities : []),
    ...(f.services.length > 0
      ? [say(msg('plan.runServices', { services: f.services.map((x) => x.name) }))]
      : servicesAlong(path.slice(-1), 'operate', say)),
    // A push is steered at its own cadence through readiness gates; a short one is re-assessed after it.
    ...pushRunSteps(f.s).map(say),
    say(msg('plan.measureTheOfficeAgainstThe')),
    ...(shortPush(f.s) ? [] : [say(msg('plan.reAssessMaturityWithThe'))]),
    ...(handsOver(sourcing, f.s, f.staffing)
      ? [say(msg('plan.completeTheHandOverThe'))]
      : staysMixed(sourcing, f.s, f.staffing)
        ? [say(msg('plan.reviewTheMixYearly'))]
        : []),
  ];
};
