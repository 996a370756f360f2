import { closeAuditSteps } from './push-tempo';
import {
  BASE_WEEKS,
  type Draft,
  HAND_BACK_WEEKS,
  INTERIM_WEEKS,
  ROLLOUT_WEEKS,
  TEMPORARY_SETUP_FACTOR,
  WEEKS_PER_EXTRA_STAGE,
  weakestDimensions,
  weeks,
} from './rollout-basics';
import { lastingNeedAfterPush, successorDecisionMonth } from './rollout-first';
import type { PlanFrame } from './rollout-phases';
import { handBack, PILOT_SERVICES, serviceStep } from './rollout-phases';
import { pushOfficeInPlace, stagedRun } from './rollout-ramp';
import { windingDown } from './rollout-wind-down';
import { msg } from './say';
import { lastingHomeForPushRoles, PUSH_PEAK_SHARE, pushHandOverMonth, pushHandsOver } from './sourcing-push';

/** The phases after the set-up: running the office for good or for its horizon, and what the plan assumes. */

/** A temporary office runs for its horizon, then hands back and closes. */
export const temporaryRunPhases = (f: PlanFrame, runActivities: string[], before: number): Draft[] => {
  const { say, sourcing, scope, outside } = f;
  // The push's own office would close with nothing after it, though the organisation's lasting
  // situation calls for one: a dated decision on a lasting portfolio function, and the hand-over to
  // it by own staff (rollout-first.ts).
  // An office in place outlives the push it runs, whatever its model: only the push's own new office
  // closes with it (push-beside.ts, officeInPlaceOutlivesPush).
  const dissolves = !f.existing;
  const successor = dissolves && lastingNeedAfterPush(f.s);
  const longHandOver = sourcing === 'hybrid' && pushHandsOver(f.s);
  const handOver = longHandOver
    ? [
        say(
          msg('plan.push.handOverAfterStartUp', {
            months: Math.round(pushHandOverMonth(f.s)),
            peak: Math.round(PUSH_PEAK_SHARE[f.s.pmExpertise] * 100),
          }),
        ),
      ]
    : [];
  const run: Draft = {
    id: 'operate-and-improve',
    name: windingDown(f)
      ? say(msg('plan.windDown.phase'))
      : scope === 'programme'
        ? say(msg('plan.runTheProgrammeOffice'))
        : say(msg('plan.runTheOfficeForThe')),
    durationWeeks: Math.max(1, f.horizonWeeks - handBack(f.horizonWeeks) - before),
    // A long push's outside staff hand their roles to own people after its start-up, as a lasting
    // mixed team does; outside help stays for peaks only (sourcing-push.ts).
    activities: [
      ...handOver,
      ...runActivities,
      ...(successor ? [say(msg('plan.push.successorDecision', { month: successorDecisionMonth(f.s) }))] : []),
    ],
    milestones: [say(msg('plan.midPointReviewWithThe')), say(msg('plan.kpisMeasuredBeforeHandBack'))],
    owners: [say(msg('plan.pmoTeam')), say(msg('plan.executiveSponsor'))],
    exitCriterion: say(msg('plan.theProgrammeOrPushReaches')),
  };
  // A long push is staffed by its stages: its early stages run with the core (rollout-ramp.ts).
  // Its hand-over after the start-up falls in them too.
  const firstSteps = [...f.services.slice(0, PILOT_SERVICES).map((x) => serviceStep(f, x)), ...handOver];
  const stages = f.ramp.ramp?.kind === 'stages' ? stagedRun(say, run, f.ramp.ramp, firstSteps) : [run];
  return [
    ...stages,
    {
      id: 'hand-back-and-sunset',
      name: say(msg('plan.handBackAndSunset')),
      durationWeeks: handBack(f.horizonWeeks),
      activities: [
        // Where a lasting function takes over, the last step says so instead.
        ...(successor ? [] : [say(msg('plan.handRegistersPlansAndOpen'))]),
        // Where the roles have no lasting home, nobody takes them over: the outside staff are released.
        ...(sourcing === 'hybrid' && !longHandOver
          ? [
              say(
                msg(
                  lastingHomeForPushRoles(f.s)
                    ? 'plan.handOverRolesToInternalStaff'
                    : successor
                      ? 'plan.push.releaseToSuccessor'
                      : 'plan.push.releaseContractors',
                ),
              ),
            ]
          : []),
        say(msg('plan.recordLessonsLearnedAndWhat')),
        ...closeAuditSteps(f.s).map(say),
        // Benefits and a new assessment come after the push: the hand-back passes them on.
        say(msg('plan.push.afterHandBack')),
        ...(outside ? [say(msg('plan.closeTheProviderContractAnd'))] : []),
        // The push's own office closes with it; a lasting office that took the push on stays.
        say(
          msg(
            windingDown(f)
              ? 'plan.windDown.close'
              : !dissolves
                ? pushOfficeInPlace(f)
                  ? 'plan.push.addedEndsOfficeStays'
                  : 'plan.pushEndsOfficeStays'
                : successor
                  ? 'plan.push.handToLastingFunction'
                  : 'plan.dissolveTheOfficeAndRelease',
          ),
        ),
      ],
      milestones: [say(msg('plan.handBackAcceptedByLine')), say(msg('plan.officeClosed'))],
      owners: [say(msg('plan.pmoLead')), say(msg('plan.executiveSponsor'))],
      exitCriterion: say(msg('plan.nothingDependsOnTheOffice')),
    },
  ];
};

/** A lasting office operates, measures and improves. */
export const operatePhase = (f: PlanFrame, runActivities: string[]): Draft => {
  const { say, model, scope } = f;
  return {
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
  };
};

/** What the plan's lengths assume, said once under it. */
export const planAssumptions = (f: PlanFrame): string[] => {
  const { s, say, model, sourcing, action, dimensions, size, setup, temporary, existing, extraStages } = f;
  return [
    size.label,
    say(msg('plan.sourcingSetup', { sourcing: msg(`sourcing.${sourcing}`), setup })),
    ...(temporary
      ? [
          say(
            msg('plan.temporaryNeed', {
              weeks: f.horizonWeeks,
              handBack: HAND_BACK_WEEKS,
              factor: TEMPORARY_SETUP_FACTOR,
            }),
          ),
        ]
      : [
          say(
            extraStages > 0 && f.services.length === 0
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
  ];
};
