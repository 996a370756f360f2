import type { EngineKey } from './say';
import type { Situation } from './situation';

/**
 * The plan without an office, for organisations whose teams deliver in an agile way. Our
 * judgement, after round 19's practitioners and the lean-portfolio practice they name (one ranked
 * backlog of initiatives per planning interval, a cross-team dependency review, the teams' own
 * retrospectives): a per-project sponsor, a fortnightly project status round and a closure review
 * are the project office's ceremonies, which agile teams already replace with their own. The same
 * capability is built, so each step keeps the dimension and level it builds (BASIC_STEPS); only
 * its form changes.
 */
export const AGILE_STEP: Partial<Record<EngineKey, EngineKey>> = {
  'plan.nameAnAccountableLeadAnd': 'plan.agile.rankedInitiatives',
  'plan.holdAShortStatusRound': 'plan.agile.dependencyBoard',
  'plan.closeEachProjectWithA': 'plan.agile.retrospectives',
  'plan.giveOnePersonAPart': 'plan.agile.coordinator',
  'plan.everyProjectHasALead': 'plan.agile.listAgreed',
  'plan.firstLessonsLearnedReviewsWritten': 'plan.agile.firstReview',
  'plan.statusRoundsAndClosureReviews': 'plan.agile.practiceExit',
};

/** Teams deliver in an agile way (mixed delivery keeps the project steps). */
export const agileDelivery = (s: Pick<Situation, 'deliveryApproach'>): boolean =>
  s.deliveryApproach === 'agile';

/** The step in the form that fits the organisation's delivery. */
export const deliveryStep = (s: Pick<Situation, 'deliveryApproach'>, key: EngineKey): EngineKey =>
  (agileDelivery(s) ? AGILE_STEP[key] : undefined) ?? key;
