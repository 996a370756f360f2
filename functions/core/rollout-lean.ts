import type { DimensionScore, Evidence, PmoModelId, RolloutPlan } from '../contract/result';
import { forCustomers } from './customer-orders';
import { stepFor, stepsWithoutOffice } from './expectations';
import { closedPlan } from './office/closed-in-place';
import { triageSteps } from './office/push-triage';
import { controlledOrders } from './order-controls';
import { MIN_EMPLOYEES_FOR_OFFICE } from './pmo-need';
import { closeAuditSteps, switchKindOf } from './push-tempo';
import type { Questionnaire } from './questionnaire';
import { deliveryStep } from './rollout-agile';
import {
  type Draft,
  horizonWeeksOf,
  QUICK_WINS,
  quickWinsFor,
  sizeFactor,
  weakestDimensions,
  weeks,
  withStartWeeks,
} from './rollout-basics';
import { peopleAdviceFor, peopleSteps } from './rollout-people';
import { handBack } from './rollout-phases';
import { type EngineKey, type EngineMessage, english, msg, type Say } from './say';
import type { Situation } from './situation';
import { oneTable, tooSmallForAnyOffice } from './small-firm';

/**
 * The plan when no PMO is needed: what the organisation still lacks, and nothing it already has
 * (round 10). A lasting need builds shared basics, practises them and decides again; a mature
 * organisation keeps what works; a temporary push is run and handed back inside its horizon.
 */

/** A step that builds a capability: left out where its dimension already scores at least `level`. */
export interface BasicStep {
  key: EngineKey;
  dimension: string;
  level: number;
}

/** The capability steps of the plan without an office, each with the level it builds (our judgement). */
export const BASIC_STEPS = {
  leadAndSponsor: { key: 'plan.nameAnAccountableLeadAnd', dimension: 'governance', level: 3 },
  regulator: { key: 'plan.mapWhatTheRegulatorOr', dimension: 'governance', level: 3 },
  statusRound: { key: 'plan.holdAShortStatusRound', dimension: 'reporting', level: 3 },
  closure: { key: 'plan.closeEachProjectWithA', dimension: 'lifecycle', level: 3 },
} as const satisfies Record<string, BasicStep>;

/** A firm at one table (small-firm.ts) takes the same step without separate roles or a meeting. */
const ONE_TABLE_STEP: Partial<Record<EngineKey, EngineKey>> = {
  'plan.nameAnAccountableLeadAnd': 'plan.small.onePager',
  'plan.holdAShortStatusRound': 'plan.small.weeklyLook',
};
const stepKey = (s: Situation, step: BasicStep): EngineKey =>
  (oneTable(s) ? ONE_TABLE_STEP[step.key] : undefined) ?? deliveryStep(s, step.key);

/** Weeks of the two phases for a mid-sized firm that builds every step. */
export const BASICS_WEEKS = 4;
export const PRACTICE_WEEKS = 12;
/** A mature organisation takes its weakest practices further up to this level. */
export const FURTHER_BELOW = 4;
/** At most this many practices are taken further at once. */
export const FURTHER_COUNT = 2;

/** Resource management at this level plans people where they work: a coordinator need not track them. */
export const PEOPLE_PLANNED_LEVEL = 3;

const scoreOf = (dimensions: readonly DimensionScore[], id: string): number | null =>
  dimensions.find((d) => d.id === id)?.score ?? null;

/** The organisation already has what the step builds: its dimension is at or above the step's level. */
export const alreadyInPlace = (step: BasicStep, dimensions: readonly DimensionScore[]): boolean => {
  const score = scoreOf(dimensions, step.dimension);
  return score !== null && score >= step.level;
};

/** The steps still to take: those whose capability is not in place yet. */
const stillToBuild = (steps: readonly BasicStep[], dimensions: readonly DimensionScore[]): BasicStep[] =>
  steps.filter((x) => !alreadyInPlace(x, dimensions));

export const planWithoutPmo = (
  q: Questionnaire,
  context: Situation,
  dimensions: readonly DimensionScore[],
  coordinationRole = false,
  say: Say = english,
  /** What stakeholders asked for: the plan takes the steps that answer it without an office. */
  expectations?: Readonly<Record<string, number>>,
  /** On thin evidence, closing an office in place waits for a health check (closed-in-place.ts). */
  evidence?: Evidence,
): RolloutPlan => {
  const plan =
    context.horizon === 'temporary'
      ? pushWithoutOffice(context, dimensions, coordinationRole, say)
      : context.concurrentProjects === 0
        ? readyForTheNext(context, dimensions, say)
        : lastingWithoutOffice(q, context, dimensions, coordinationRole, say);
  // Each step once: an asked-for step the plan already takes is not added again.
  const taken = new Set((plan.phases ?? []).flatMap((p) => p.activities));
  const asked = stepsWithoutOffice(context, expectations)
    .map((k) => say(msg(stepFor(k, context))))
    .filter((x) => !taken.has(x));
  const first = plan.phases?.[0];
  const done =
    asked.length > 0 && first
      ? {
          ...plan,
          phases: [
            { ...first, activities: [...first.activities, ...asked] },
            ...(plan.phases ?? []).slice(1),
          ],
        }
      : plan;
  // Closing an office in place: its risks, and on thin evidence a health check first (closed-in-place.ts).
  return closedPlan(done, context, evidence !== undefined && evidence.status !== 'sufficient', say);
};

/** Weeks to ready the next project when none runs: one short phase (our judgement). */
export const IDLE_WEEKS = 2;

/**
 * Nothing runs now: there is nothing to practise on, no running project to list and nothing to
 * coordinate. The plan readies the next project (a start sheet, who names its lead and sponsor,
 * the regulator's requirements where there is one) and asks again when projects are approved,
 * not on a date (round 16: "practise on live projects" with none running).
 */
const readyForTheNext = (s: Situation, dimensions: readonly DimensionScore[], say: Say): RolloutPlan => {
  const size = sizeFactor(s.employees, say);
  const steps: EngineKey[] = [
    'plan.idle.startSheet',
    ...(alreadyInPlace(BASIC_STEPS.leadAndSponsor, dimensions) ? [] : (['plan.idle.whoNames'] as const)),
    ...(s.regulated && !alreadyInPlace(BASIC_STEPS.regulator, dimensions) ? [BASIC_STEPS.regulator.key] : []),
  ];
  return withStartWeeks(
    [
      {
        id: 'shared-basics',
        name: say(msg('plan.idle.phase')),
        durationWeeks: weeks(IDLE_WEEKS, size.factor, 1),
        activities: [...openingSteps(s, dimensions, false, false).map(say), ...steps.map((k) => say(msg(k)))],
        // A firm no office can fit is told from what size the question comes back, as elsewhere.
        milestones: [
          say(msg('plan.idle.milestone')),
          tooSmallForAnyOffice(s)
            ? say(msg('plan.small.lookAgain', { employees: MIN_EMPLOYEES_FOR_OFFICE }))
            : say(msg('plan.idle.reassess')),
        ],
        owners: [say(msg('plan.businessOwner'))],
        exitCriterion: say(msg('plan.idle.exit')),
      },
    ],
    [size.label, say(msg('plan.idle.noPmo'))],
  );
};

/**
 * The steps an office in place, a coordinator and the people take first, whatever the maturity;
 * `owner` names one owner of all projects where no coordinator or portfolio owner is named.
 */
const openingSteps = (
  s: Situation,
  dimensions: readonly DimensionScore[],
  coordinationRole: boolean,
  owner = !coordinationRole,
): EngineMessage[] => [
  ...(s.existingPmo !== 'none'
    ? [
        msg('plan.reviewAndKeep', { model: msg(`model.${s.existingPmo as PmoModelId}`) }),
        // Nobody moves, and nothing is announced, before HR has agreed where each person goes.
        msg('inPlace.plan.closedHr'),
        msg('plan.moveItsPeopleBackTo'),
      ]
    : []),
  // The coordinator does what is missing: where people are already planned (defined resource
  // practice, nobody fought over), it keeps the list and prepares leadership's review instead of a
  // weekly look at who works on what (round 17: stable agile teams told to track their people).
  ...(coordinationRole
    ? [
        msg(
          s.resourceContention === 'low' && (scoreOf(dimensions, 'resources') ?? 0) >= PEOPLE_PLANNED_LEVEL
            ? 'plan.coordinatorKeepsTheList'
            : deliveryStep(s, 'plan.giveOnePersonAPart'),
        ),
      ]
    : []),
  // A business of one already owns all its projects: nobody else to name.
  ...peopleSteps(peopleAdviceFor(s, dimensions), s, owner && s.employees > 1),
];

const lastingWithoutOffice = (
  q: Questionnaire,
  s: Situation,
  dimensions: readonly DimensionScore[],
  coordinationRole: boolean,
  say: Say,
): RolloutPlan => {
  const size = sizeFactor(s.employees, say);
  // A coordinator of customer orders keeps the order book: its quick win would say the same again.
  const owned =
    coordinationRole && forCustomers(s) ? dimensions.filter((d) => d.id !== 'portfolio') : dimensions;
  const quickWins = quickWinsFor(q, owned, say, undefined, s);
  // One first step per dimension: where a quick win already starts a dimension, its basic step waits.
  const started = new Set(weakestDimensions(dimensions).map((d) => d.id));
  const basics = stillToBuild(
    [BASIC_STEPS.leadAndSponsor, ...(s.regulated ? [BASIC_STEPS.regulator] : [])],
    dimensions,
  );
  const basicsLeft = basics.filter((x) => x === BASIC_STEPS.regulator || !started.has(x.dimension));
  const practiceSteps = [BASIC_STEPS.statusRound, BASIC_STEPS.closure];
  const practice = stillToBuild(practiceSteps, dimensions);
  // Nothing basic is left to build: the organisation keeps what works and takes its weakest further.
  const mature = basicsLeft.length === 0 && quickWins.length === 0;
  const opening = openingSteps(s, dimensions, coordinationRole, !coordinationRole && !mature);
  // The weakest practices below level 4, lowest first (ties in questionnaire order).
  const further = dimensions
    .filter((d) => d.score !== null && d.score < FURTHER_BELOW)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, FURTHER_COUNT);
  const building = mature
    ? [
        ...(coordinationRole ? [] : [say(msg('plan.namePortfolioOwner'))]),
        ...(further.length > 0 ? [say(msg('plan.takeFurther', { dimensions: further.map(named) }))] : []),
      ]
    : [...basicsLeft.map((x) => say(msg(stepKey(s, x)))), ...quickWins];
  // Customer orders beside the firm's own projects keep their own view, dates and margin, with no
  // office to keep it (round 23: a software firm's implementation orders vanished from its plan).
  if (s.projectsFor === 'both') building.push(say(msg('plan.orderBook')));
  // Large orders keep their commercial controls with no office: one person's role (order-controls.ts).
  if (s.existingPmo === 'none' && controlledOrders(s)) building.push(say(msg('plan.orderControlsRole')));
  // A phase lasts its base time for the organisation's size, times the share of its possible steps
  // still to take: a firm that already has the basics gets a shorter plan, never a longer one.
  const possible = opening.length + 1 + (s.regulated ? 1 : 0) + QUICK_WINS;
  const taken = opening.length + Math.max(1, mature ? 1 : basicsLeft.length + quickWins.length);
  const phases: Draft[] = [
    {
      id: 'shared-basics',
      name: say(
        msg(
          s.existingPmo !== 'none'
            ? 'plan.reshapeTheExistingOffice'
            : mature
              ? 'plan.keepWhatWorks'
              : 'plan.sharedBasics',
        ),
      ),
      durationWeeks: weeks(BASICS_WEEKS, size.factor, taken / possible),
      activities: [...opening.map(say), ...building],
      milestones: [
        say(
          msg(
            mature
              ? 'plan.reassessBooked'
              : oneTable(s)
                ? 'plan.small.everyProjectHasAPlan'
                : deliveryStep(s, 'plan.everyProjectHasALead'),
          ),
        ),
      ],
      owners: [say(msg('plan.businessOwner'))],
      exitCriterion: say(msg(mature ? 'plan.keepWhatWorksExit' : 'plan.theBasicsAreInUse')),
    },
  ];
  // A firm no office can fit is not asked again whether it needs one: its plan says from what size.
  const tooSmall = tooSmallForAnyOffice(s);
  const lookAgain = say(msg('plan.small.lookAgain', { employees: MIN_EMPLOYEES_FOR_OFFICE }));
  if (practice.length > 0) {
    phases.push({
      id: 'practice',
      name: say(msg('plan.practiseOnLiveProjects')),
      durationWeeks: weeks(PRACTICE_WEEKS, size.factor, practice.length / practiceSteps.length),
      activities: practice.map((x) => say(msg(stepKey(s, x)))),
      milestones: [
        say(msg(deliveryStep(s, 'plan.firstLessonsLearnedReviewsWritten'))),
        ...(tooSmall ? [lookAgain] : []),
      ],
      owners: [say(msg('plan.projectLeads'))],
      exitCriterion: say(
        msg(oneTable(s) ? 'plan.small.habitsExit' : deliveryStep(s, 'plan.statusRoundsAndClosureReviews')),
      ),
    });
    if (!tooSmall)
      phases.push({
        id: 'reassess',
        name: say(msg('plan.reAssessTheNeedFor')),
        durationWeeks: 1,
        activities: [say(msg('plan.answerTheQuestionnaireAgainAnd'))],
        milestones: [say(msg('plan.decisionStayLeanOrSet'))],
        owners: [say(msg('plan.businessOwner'))],
        exitCriterion: say(msg('plan.aDocumentedDecisionOnWhether')),
      });
  } else if (!mature) phases[0]?.milestones.push(tooSmall ? lookAgain : say(msg('plan.reassessBooked')));
  return withStartWeeks(phases, [
    size.label,
    say(
      mature
        ? msg('plan.noPmoMature')
        : tooSmall
          ? msg('plan.small.noPmo', { employees: s.employees })
          : msg('plan.noPmoIsRecommendedYet'),
    ),
  ]);
};

const named = (d: DimensionScore): EngineMessage =>
  msg('readiness.capabilityRated', { dimension: d.name, score: d.score ?? 0 });

/** Weeks to put a push in hands: an eighth of its horizon, one to four. */
export const pushStartWeeks = (horizonWeeks: number): number =>
  Math.min(4, Math.max(1, Math.round(horizonWeeks / 8)));

/**
 * A temporary need with no office: the push is led from the start (an interim lead where one is
 * warranted), steered with its suppliers to go-live criteria, then closed and handed back, all
 * inside its horizon. Nothing is re-assessed after the need has ended.
 */
const pushWithoutOffice = (
  s: Situation,
  dimensions: readonly DimensionScore[],
  coordinationRole: boolean,
  say: Say,
): RolloutPlan => {
  const size = sizeFactor(s.employees, say);
  const horizon = horizonWeeksOf(s);
  const start = pushStartWeeks(horizon);
  const close = handBack(horizon);
  const advice = peopleAdviceFor(s, dimensions);
  const basics = stillToBuild(
    [BASIC_STEPS.leadAndSponsor, ...(s.regulated ? [BASIC_STEPS.regulator] : [])],
    dimensions,
  );
  // The switch the push ends in, in words that fit it (push-tempo.ts); a release keeps the go-live words.
  const kind = switchKindOf(s);
  const switchKey = (part: 'criteria' | 'deliver' | 'cutover' | 'deliverExit'): EngineKey =>
    kind === 'release' ? `plan.temp.${part}` : `plan.temp.${part}.${kind}`;
  return withStartWeeks(
    [
      {
        id: 'lead-the-push',
        name: say(msg('plan.temp.mobilise')),
        durationWeeks: start,
        activities: [
          // A triage cuts its projects to what its leads can carry before anything else (push-triage.ts).
          ...triageSteps(s, 'organisation').map(say),
          ...openingSteps(s, dimensions, coordinationRole).map(say),
          ...basics.map((x) => say(msg(stepKey(s, x)))),
          say(msg('plan.startAWeeklyStatusRound')),
          say(msg(kind === 'close' ? 'plan.temp.steering.close' : 'plan.temp.steering')),
          say(msg(switchKey('criteria'))),
        ],
        milestones: [say(msg('plan.firstWeeklyStatusRoundHeld'))],
        owners: [say(msg('plan.executiveSponsor')), say(msg('plan.projectLeads'))],
        exitCriterion: say(msg('plan.temp.mobiliseExit')),
      },
      {
        id: 'deliver',
        name: say(msg(switchKey('deliver'))),
        durationWeeks: Math.max(1, horizon - start - close),
        activities: [say(msg(switchKey('cutover')))],
        milestones: [say(msg('plan.midPointReviewWithThe')), say(msg('plan.temp.goNoGo'))],
        owners: [say(msg('plan.projectLeads')), say(msg('plan.executiveSponsor'))],
        exitCriterion: say(msg(switchKey('deliverExit'))),
      },
      {
        id: 'close-and-hand-back',
        name: say(msg('plan.handBackAndSunset')),
        durationWeeks: close,
        activities: [
          say(msg('plan.handRegistersPlansAndOpen')),
          say(msg('plan.recordLessonsLearnedAndWhat')),
          ...closeAuditSteps(s).map(say),
          ...(advice && advice.bringIn > 0 && advice.via === 'interim'
            ? [say(msg('plan.temp.endInterim'))]
            : []),
          say(msg('plan.temp.decideWhatStays')),
        ],
        milestones: [say(msg('plan.handBackAcceptedByLine'))],
        owners: [say(msg('plan.executiveSponsor')), say(msg('plan.lineManagement'))],
        exitCriterion: say(msg('plan.temp.closeExit')),
      },
    ],
    [size.label, say(msg('plan.temporaryNoOffice', { weeks: horizon }))],
  );
};
