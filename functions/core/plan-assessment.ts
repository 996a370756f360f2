import type { DimensionScore } from '../contract/result';
import { dividedOnMost } from './divided';
import type { EngineKey } from './say';

type Dimensions = readonly Pick<DimensionScore, 'respondentSpread' | 'score'>[];

/**
 * Views divided on most dimensions (divided.ts, dividedOnMost) open the concept with the
 * conversation about why they differ, before the office is defined on their average.
 */
export const conversationFirst = (dimensions: Dimensions): EngineKey[] =>
  dividedOnMost(dimensions) ? ['plan.talkDividedViewsFirst'] : [];

/**
 * How a new office's plan otherwise treats the assessment: a team assessment or a push takes it as
 * the current state; a quick check is validated in short interviews first. Nothing where the
 * conversation opens the plan.
 */
export const assessmentStep = (dimensions: Dimensions, current: boolean): EngineKey[] =>
  dividedOnMost(dimensions)
    ? []
    : [current ? 'plan.takeAssessmentAsCurrentState' : 'plan.validateAssessment'];
