import type { DimensionScore, PmoRecommendation, RolloutPlan } from '../contract/result';
import { type EngineKey, msg, type Say } from './say';

/**
 * The answer to what stakeholders asked agrees with the plan: a service the plan starts is never
 * said to go unanswered (round 28: risk support, asked for by everyone, was "not answered, nobody
 * holds the mandate" beside a plan whose first phase starts one shared risk list). Read once, after
 * the plan; nothing is designed again. docs/scoring.md, "Expectations".
 */

/**
 * The plan steps that start an asked-for service without an office: the weekly round with its one
 * shared risk list and decision log is status reporting and risk support begun, the fortnightly status
 * round across projects status reporting. Our judgement: the
 * step's own words.
 */
export const PLAN_STEPS_STARTING: Readonly<Record<string, readonly EngineKey[]>> = {
  'risk-support': ['plan.startAWeeklyStatusRound'],
  'status-reporting': ['plan.startAWeeklyStatusRound', 'plan.holdAShortStatusRound'],
};
/**
 * ...and the dimension whose quick win starts it: the quick win for risk control is a shared risk
 * and issue list, the one for reporting a status every project gives. Our judgement: every edition's
 * quick wins for these dimensions start the service's first register or report.
 */
export const QUICK_WIN_STARTING: Readonly<Record<string, string>> = {
  'risk-support': 'risk-control',
  'status-reporting': 'reporting',
};

/** The plan's step that starts this service, as the plan says it, if any. */
const stepStarting = (
  service: string,
  activities: readonly string[],
  dimensions: readonly DimensionScore[],
  say: Say,
): string | undefined => {
  const steps = (PLAN_STEPS_STARTING[service] ?? []).map((k) => say(msg(k)));
  const own = activities.find((a) => steps.includes(a));
  if (own) return own;
  const d = dimensions.find((x) => x.id === QUICK_WIN_STARTING[service]);
  if (!d || d.score === null) return undefined;
  const prefix = say(msg('rollout.quickWin', { dimension: d.name, score: d.score, action: '' })).trim();
  return activities.find((a) => a.startsWith(prefix));
};

/** The expectations answered again where the plan starts what they were said to lack. */
export const agreedWithPlan = (
  expectations: PmoRecommendation['expectations'],
  plan: Pick<RolloutPlan, 'phases'>,
  dimensions: readonly DimensionScore[],
  say: Say,
): PmoRecommendation['expectations'] => {
  if (expectations.every((e) => e.answered)) return expectations;
  const activities = (plan.phases ?? []).flatMap((p) => p.activities);
  return expectations.map((e) => {
    if (e.answered) return e;
    const step = stepStarting(e.service, activities, dimensions, say);
    return step === undefined
      ? e
      : { ...e, answered: true, because: say(msg('expectation.planStarts', { step })) };
  });
};
