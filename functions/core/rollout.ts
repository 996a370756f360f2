import type {
  DimensionScore,
  PmoAction,
  PmoModelId,
  PmoScope,
  Readiness,
  RolloutPhase,
  RolloutPlan,
  SourcingId,
  Staffing,
} from '../contract/result';
import { modelProfile } from './pmo-models';
import type { Questionnaire } from './questionnaire';
import { type EngineKey, english, msg, type Say } from './say';
import type { Situation } from './situation';

/** How many of the weakest dimensions become quick wins. */
export const QUICK_WINS = 2;

/** Weeks per phase for a mid-sized organisation with an internal PMO. */
const BASE_WEEKS = { analysis: 4, concept: 4, pilot: 8, operate: 26 } as const;
const ROLLOUT_WEEKS: Record<PmoModelId, number> = {
  'weather-station': 8,
  'control-tower': 12,
  'resource-source': 16,
};
/** Each earlier stage of a staged path adds this much roll-out time. */
const WEEKS_PER_EXTRA_STAGE = 8;

export const sizeFactor = (employees: number, say: Say = english): { factor: number; label: string } =>
  employees < 100
    ? { factor: 0.75, label: say(msg('plan.smallOrganisationUnder100People')) }
    : employees < 1000
      ? { factor: 1, label: say(msg('plan.midSizedOrganisation100U2013999')) }
      : { factor: 1.5, label: say(msg('plan.largeOrganisation1000People')) };

const SETUP_FACTOR: Record<SourcingId, number> = { internal: 1, hybrid: 0.85, outsourced: 0.75 };

const weeks = (base: number, ...factors: number[]): number =>
  Math.max(1, Math.round(factors.reduce((w, f) => w * f, base)));

/** The weakest rated dimensions, lowest score first (ties keep questionnaire order). */
export const weakestDimensions = (
  dimensions: readonly DimensionScore[],
  count = QUICK_WINS,
): DimensionScore[] =>
  dimensions
    .filter((d) => d.score !== null)
    .sort((a, b) => (a.score as number) - (b.score as number))
    .slice(0, count);

export const quickWinsFor = (
  q: Questionnaire,
  dimensions: readonly DimensionScore[],
  say: Say = english,
): string[] =>
  weakestDimensions(dimensions).map((d) => {
    const dim = q.dimensions.find((x) => x.id === d.id);
    return say(
      msg('rollout.quickWin', { dimension: d.name, score: d.score as number, action: dim?.quickWin ?? '' }),
    );
  });

const SERVICE_START: Record<
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

const servicesAlong = (
  path: readonly PmoModelId[],
  part: keyof (typeof SERVICE_START)[PmoModelId],
  say: Say,
): string[] => path.flatMap((id) => SERVICE_START[id][part].map((k) => say(msg(k))));

/** A temporary need is planned over this many weeks (a year’s push), then handed back. */
export const TEMPORARY_HORIZON_WEEKS = 52;
/** A temporary office is set up at this share of the usual set-up time: the push cannot wait. */
export const TEMPORARY_SETUP_FACTOR = 0.5;
/** Weeks to hand back results and close a temporary office. */
export const HAND_BACK_WEEKS = 6;
/** An interim set-up on urgent needs, while the real office is designed. */
export const INTERIM_WEEKS = 2;
/** Health check of an existing office before changing it. */
export const HEALTH_CHECK_WEEKS = 3;
const PROCUREMENT_WEEKS = 4;

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
}

type Draft = Omit<RolloutPhase, 'startWeek'>;

const interimPhase = (say: Say): Draft => ({
  id: 'interim-set-up',
  name: say(msg('plan.interimSetUp')),
  durationWeeks: INTERIM_WEEKS,
  activities: [say(msg('plan.putAnInterimPmoLead')), say(msg('plan.startAWeeklyStatusRound'))],
  milestones: [say(msg('plan.interimLeadInPlace')), say(msg('plan.firstWeeklyStatusRoundHeld'))],
  owners: [say(msg('plan.executiveSponsor')), say(msg('plan.interimPmoLead'))],
  exitCriterion: say(msg('plan.theCriticalProjectsReportWeekly')),
});

const procurementPhase = (sourcing: SourcingId, size: number, say: Say): Draft => ({
  id: 'procurement',
  name: say(msg('plan.procurementAndServiceLevels')),
  durationWeeks: weeks(PROCUREMENT_WEEKS, size),
  activities: [
    say(msg('plan.describeTheServicesScopeAnd')),
    say(msg('plan.selectTheProvider')),
    say(msg('plan.agreeServiceLevelsReportingExit')),
    ...(sourcing === 'hybrid' ? [say(msg('plan.agreeWhichRolesPassTo'))] : []),
  ],
  milestones: [say(msg('plan.contractWithServiceLevelsSigned'))],
  owners: [say(msg('plan.executiveSponsor')), 'Purchasing'],
  exitCriterion: say(msg('plan.aSignedContractNamesServices')),
});

const healthCheckPhase = (existing: EngineKey, say: Say): Draft => ({
  id: 'health-check',
  name: say(msg('plan.healthCheckOfTheExisting')),
  durationWeeks: HEALTH_CHECK_WEEKS,
  activities: [
    say(msg('plan.reviewCurrent', { model: msg(existing) })),
    say(msg('plan.askProjectManagersAndSponsors')),
    say(msg('plan.compareItsCostAndStaffing')),
  ],
  milestones: [say(msg('plan.healthCheckReportAcceptedBy'))],
  owners: [say(msg('plan.executiveSponsor')), say(msg('plan.pmoLead'))],
  exitCriterion: say(msg('plan.theSponsorAgreesWhatThe')),
});

const assuranceActivities = (s: Situation, part: 'concept' | 'rollout', say: Say): string[] =>
  !s.regulated
    ? []
    : part === 'concept'
      ? [say(msg('plan.mapWhatTheRegulatorOr'))]
      : [say(msg('plan.keepAnAuditTrailDecisions'))];

/** The phased plan for a recommended PMO, shaped by the situation: action, horizon, urgency, sourcing, regulation. */
export const planRollout = (q: Questionnaire, input: PlanInput, say: Say = english): RolloutPlan => {
  const { context: s, dimensions, model, sourcing, readiness, action, scope, staffing } = input;
  const size = sizeFactor(s.employees, say);
  const setup = SETUP_FACTOR[sourcing] * (s.horizon === 'temporary' ? TEMPORARY_SETUP_FACTOR : 1);
  const path = readiness.stagedPath;
  const firstStage = path.slice(0, 1);
  const quickWins = quickWinsFor(q, dimensions, say);
  const target = modelProfile(model);
  const extraStages = path.length - 1;
  const temporary = s.horizon === 'temporary';
  const existing = action !== 'establish';
  const outside = sourcing !== 'internal';

  const buildMissing = readiness.stretch
    ? [
        say(
          msg('plan.buildCapabilities', {
            capabilities: readiness.capabilities
              .filter((c) => !c.met && c.model === model)
              .map((c) => c.name),
          }),
        ),
      ]
    : [];
  const draft: Draft[] = [];
  if (s.urgency === 'high' && action !== 'keep') draft.push(interimPhase(say));
  if (existing)
    draft.push(healthCheckPhase(`model.${s.existingPmo === 'none' ? model : s.existingPmo}`, say));
  if (outside)
    draft.push(procurementPhase(sourcing, size.factor * (temporary ? TEMPORARY_SETUP_FACTOR : 1), say));
  // A temporary push takes this assessment as its current state: no separate analysis.
  if (!existing && !temporary)
    draft.push({
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
    });
  if (action !== 'keep') {
    draft.push({
      id: 'concept-and-charter',
      name: existing ? say(msg('plan.revisedConceptAndCharter')) : say(msg('plan.pmoConceptAndCharter')),
      durationWeeks: weeks(BASE_WEEKS.concept, size.factor, setup),
      activities: [
        say(
          msg(scope === 'programme' ? 'plan.defineProgrammeOffice' : 'plan.definePmo', {
            model: msg(`model.${model}`),
            control: msg(`control.${target.control}`),
          }),
        ),
        say(msg('plan.decideWhereTheOfficeSits')),
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
        ...(temporary && !existing ? [say(msg('plan.takeAssessmentAsCurrentState'))] : []),
        ...(temporary ? [say(msg('plan.writeTheSunsetDateAnd'))] : []),
        ...assuranceActivities(s, 'concept', say),
        ...servicesAlong(firstStage, 'concept', say),
      ],
      milestones: [
        existing ? say(msg('plan.revisedCharterSigned')) : say(msg('plan.pmoCharterSignedByThe')),
        say(msg('plan.pmoLeadAppointed')),
      ],
      owners: [
        say(msg('plan.executiveSponsor')),
        say(msg('plan.pmoLead')),
        ...(outside ? [say(msg('plan.pmoProvider'))] : []),
      ],
      exitCriterion: say(msg('plan.aSignedCharterNamesThe')),
    });
    // A programme office has no pilot: it runs the programme from the start.
    if (scope !== 'programme')
      draft.push({
        id: 'pilot',
        name: existing ? say(msg('plan.pilotTheChangedServices')) : say(msg('plan.pilotOnAFewProjects')),
        durationWeeks: weeks(BASE_WEEKS.pilot, size.factor, setup),
        activities: [
          ...quickWins,
          ...servicesAlong(firstStage, 'pilot', say),
          ...buildMissing,
          say(msg('plan.collectFeedbackFromPilotProject')),
        ],
        milestones: [say(msg('plan.quickWinsVisibleOnThe')), say(msg('plan.pilotReviewHeld'))],
        owners: [say(msg('plan.pmoLead')), say(msg('plan.pilotProjectManagers'))],
        exitCriterion: say(msg('plan.pilotProjectManagersAndSponsors')),
      });
  }
  const rolloutActivities = [
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
    ...(sourcing === 'hybrid' && !temporary ? [say(msg('plan.handOverPmoRolesFrom'))] : []),
  ];
  if (!temporary && scope === 'organisation' && action !== 'keep')
    draft.push({
      id: 'roll-out',
      name: say(msg('plan.organisationWideRollOut')),
      durationWeeks: weeks(ROLLOUT_WEEKS[model] + extraStages * WEEKS_PER_EXTRA_STAGE, size.factor),
      activities: rolloutActivities,
      milestones: [
        say(msg('plan.everyProjectCoveredByThe')),
        ...(path.length > 1 ? [say(msg('plan.reAssessmentConfirmsReadinessFor'))] : []),
      ],
      owners: [say(msg('plan.pmoLead')), say(msg('plan.lineManagement'))],
      exitCriterion: say(msg('plan.allProjectsUseThePmo')),
    });
  const before = draft.reduce((w, p) => w + p.durationWeeks, 0);
  const runActivities = [
    ...(scope === 'programme' && action !== 'keep' ? [...quickWins, ...buildMissing] : []),
    ...(temporary || scope === 'programme' ? rolloutActivities : []),
    ...servicesAlong(path.slice(-1), 'operate', say),
    say(msg('plan.measureTheOfficeAgainstThe')),
    say(msg('plan.reAssessMaturityWithThe')),
    ...(sourcing === 'hybrid' && !temporary ? [say(msg('plan.completeTheHandOverThe'))] : []),
  ];
  if (temporary) {
    draft.push({
      id: 'operate-and-improve',
      name:
        scope === 'programme' ? say(msg('plan.runTheProgrammeOffice')) : say(msg('plan.runTheOfficeForThe')),
      durationWeeks: Math.max(1, TEMPORARY_HORIZON_WEEKS - HAND_BACK_WEEKS - before),
      activities: runActivities,
      milestones: [say(msg('plan.midPointReviewWithThe')), say(msg('plan.kpisMeasuredBeforeHandBack'))],
      owners: [say(msg('plan.pmoTeam')), say(msg('plan.executiveSponsor'))],
      exitCriterion: say(msg('plan.theProgrammeOrPushReaches')),
    });
    draft.push({
      id: 'hand-back-and-sunset',
      name: say(msg('plan.handBackAndSunset')),
      durationWeeks: HAND_BACK_WEEKS,
      activities: [
        say(msg('plan.handRegistersPlansAndOpen')),
        ...(sourcing === 'hybrid' ? [say(msg('plan.handOverRolesToInternalStaff'))] : []),
        say(msg('plan.recordLessonsLearnedAndWhat')),
        ...(outside ? [say(msg('plan.closeTheProviderContractAnd'))] : []),
        say(msg('plan.dissolveTheOfficeAndRelease')),
      ],
      milestones: [say(msg('plan.handBackAcceptedByLine')), say(msg('plan.officeClosed'))],
      owners: [say(msg('plan.pmoLead')), say(msg('plan.executiveSponsor'))],
      exitCriterion: say(msg('plan.nothingDependsOnTheOffice')),
    });
  } else {
    draft.push({
      id: 'operate-and-improve',
      name:
        scope === 'programme'
          ? say(msg('plan.runTheProgrammeOffice'))
          : say(msg('plan.operateMeasureAndImprove')),
      durationWeeks: weeks(BASE_WEEKS.operate),
      activities: runActivities,
      milestones: [say(msg('plan.firstReAssessment')), say(msg('plan.pmoServiceReviewWithLeadership'))],
      owners: [
        say(msg('plan.pmoTeam')),
        model === 'resource-source' ? say(msg('plan.portfolioBoard')) : say(msg('plan.executiveSponsor')),
      ],
      exitCriterion: say(msg('plan.theReAssessmentShowsProgress')),
    });
  }
  return withStartWeeks(draft, [
    size.label,
    say(msg('plan.sourcingSetup', { sourcing: msg(`sourcing.${sourcing}`), setup })),
    ...(temporary
      ? [
          say(
            msg('plan.temporaryNeed', {
              weeks: TEMPORARY_HORIZON_WEEKS,
              handBack: HAND_BACK_WEEKS,
              factor: TEMPORARY_SETUP_FACTOR,
            }),
          ),
        ]
      : [
          say(
            extraStages > 0
              ? msg('plan.rolloutBaseStaged', {
                  model: msg(`modelName.${model}`),
                  weeks: ROLLOUT_WEEKS[model],
                  perStage: WEEKS_PER_EXTRA_STAGE,
                  stages: extraStages,
                })
              : msg('plan.rolloutBase', { model: msg(`modelName.${model}`), weeks: ROLLOUT_WEEKS[model] }),
          ),
        ]),
    ...(existing ? [say(msg('plan.anOfficeExistsThePlan'))] : []),
    ...(s.urgency === 'high' && action !== 'keep'
      ? [say(msg('plan.highUrgency', { weeks: INTERIM_WEEKS }))]
      : []),
    say(
      weakestDimensions(dimensions).length > 0
        ? msg('plan.quickWinsFrom', { dimensions: weakestDimensions(dimensions).map((d) => d.name) })
        : msg('plan.quickWinsFromNone'),
    ),
  ]);
};

/** The plan when no PMO is needed yet: shared basics, practice, then a re-assessment. */
export const planWithoutPmo = (
  q: Questionnaire,
  context: Situation,
  dimensions: readonly DimensionScore[],
  coordinationRole = false,
  say: Say = english,
): RolloutPlan => {
  const size = sizeFactor(context.employees, say);
  const existing = context.existingPmo !== 'none';
  return withStartWeeks(
    [
      {
        id: 'shared-basics',
        name: existing ? say(msg('plan.reshapeTheExistingOffice')) : say(msg('plan.sharedBasics')),
        durationWeeks: weeks(4, size.factor),
        activities: [
          ...(existing
            ? [
                say(msg('plan.reviewAndKeep', { model: msg(`model.${context.existingPmo as PmoModelId}`) })),
                say(msg('plan.moveItsPeopleBackTo')),
              ]
            : []),
          ...(coordinationRole ? [say(msg('plan.giveOnePersonAPart'))] : []),
          say(msg('plan.nameAnAccountableLeadAnd')),
          ...quickWinsFor(q, dimensions, say),
        ],
        milestones: [say(msg('plan.everyProjectHasALead'))],
        owners: [say(msg('plan.businessOwner'))],
        exitCriterion: say(msg('plan.theBasicsAreInUse')),
      },
      {
        id: 'practice',
        name: say(msg('plan.practiseOnLiveProjects')),
        durationWeeks: weeks(12, size.factor),
        activities: [say(msg('plan.holdAShortStatusRound')), say(msg('plan.closeEachProjectWithA'))],
        milestones: [say(msg('plan.firstLessonsLearnedReviewsWritten'))],
        owners: [say(msg('plan.projectLeads'))],
        exitCriterion: say(msg('plan.statusRoundsAndClosureReviews')),
      },
      {
        id: 'reassess',
        name: say(msg('plan.reAssessTheNeedFor')),
        durationWeeks: 1,
        activities: [say(msg('plan.answerTheQuestionnaireAgainAnd'))],
        milestones: [say(msg('plan.decisionStayLeanOrSet'))],
        owners: [say(msg('plan.businessOwner'))],
        exitCriterion: say(msg('plan.aDocumentedDecisionOnWhether')),
      },
    ],
    [size.label, say(msg('plan.noPmoIsRecommendedYet'))],
  );
};

const withStartWeeks = (
  draft: readonly Omit<RolloutPhase, 'startWeek'>[],
  assumptions: string[],
): RolloutPlan => {
  let week = 0;
  const phases = draft.map((p) => {
    const phase = { ...p, startWeek: week };
    week += p.durationWeeks;
    return phase;
  });
  return { phases, totalWeeks: week, assumptions, risks: [] };
};
