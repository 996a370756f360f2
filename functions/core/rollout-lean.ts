import type { DimensionScore, PmoModelId, RolloutPlan } from '../contract/result';
import { missingLeads } from './office/shape';
import type { Questionnaire } from './questionnaire';
import { quickWinsFor, sizeFactor, weeks, withStartWeeks } from './rollout-basics';
import { english, msg, type Say } from './say';
import type { Situation } from './situation';

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
          // Only where nobody can lead projects yet: a firm with able leads is not sent to basics.
          ...(coordinationRole && context.pmExpertise !== 'strong' && context.projectManagers < 2
            ? [say(msg('plan.appointAndTrainLeads'))]
            : []),
          say(msg('plan.nameAnAccountableLeadAnd')),
          ...(context.regulated ? [say(msg('plan.mapWhatTheRegulatorOr'))] : []),
          ...(context.pmExpertise === 'none' && context.concurrentProjects > 0
            ? [say(msg('plan.bringInExperiencedPm', { count: Math.max(1, missingLeads(context)) }))]
            : []),
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
