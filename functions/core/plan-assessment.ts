import type { DimensionScore } from '../contract/result';
import { dividedOnMost, dividedViews } from './divided';
import { type EngineKey, type EngineMessage, msg } from './say';

type Dimensions = readonly Pick<DimensionScore, 'respondentSpread' | 'score' | 'name'>[];

/**
 * Views divided on most dimensions (divided.ts, dividedOnMost) open the concept with the
 * conversation about why they differ, before the office is defined on their average.
 */
export const conversationFirst = (dimensions: Dimensions): EngineKey[] =>
  dividedOnMost(dimensions) ? ['plan.talkDividedViewsFirst'] : [];

/**
 * How a new office's plan otherwise treats the assessment: a team assessment or a push takes it as
 * the current state; a quick check is validated in short interviews first. Nothing where the
 * conversation opens the plan. Where views are divided on some rated dimensions but not most, the
 * step takes the assessment as the current state except on those, which it names and talks through
 * first: one divided dimension is a finding about that dimension (divided.ts), and a plan that takes
 * its average as the current state contradicts the evidence line that asks for the difference to be
 * talked through (round 31: a consumer-audio maker's R&D and marketing a level apart on governance,
 * portfolio, stakeholders and benefits were told to take the assessment as the current state). Our
 * judgement.
 */
export const assessmentStep = (dimensions: Dimensions, current: boolean): EngineMessage[] => {
  if (dividedOnMost(dimensions)) return [];
  const divided = dimensions.filter((d) => d.score !== null && dividedViews(d)).map((d) => d.name);
  return [
    current && divided.length > 0
      ? msg('plan.takeAssessmentExceptDivided', { dimensions: divided })
      : msg(current ? 'plan.takeAssessmentAsCurrentState' : 'plan.validateAssessment'),
  ];
};
