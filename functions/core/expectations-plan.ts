import type { DimensionScore, PmoRecommendation, RolloutPlan } from '../contract/result';
import { type EngineKey, type EngineMessage, msg, type Say } from './say';

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

/** The messages a plan's steps were written from, by the step as the plan says it (writtenSteps). */
export type StepsWritten = (step: string) => readonly EngineMessage[];

/**
 * Says what the plan says, as `say` does, and keeps beside each step the message it was written from,
 * so that what a step is can be read from its key, never from its words (agreedWithPlan).
 */
export const writtenSteps = (say: Say): { say: Say; written: StepsWritten } => {
  const from = new Map<string, EngineMessage[]>();
  return {
    say: (m) => {
      const text = say(m);
      const seen = from.get(text);
      if (!seen) from.set(text, [m]);
      else if (!seen.some((x) => x.key === m.key)) seen.push(m);
      return text;
    },
    written: (step) => from.get(step) ?? [],
  };
};

/** The plan's step that starts this service, if any: one written from a key that starts it, or its quick win. */
const stepStarting = (
  service: string,
  activities: readonly string[],
  dimensions: readonly DimensionScore[],
  written: StepsWritten,
): string | undefined => {
  const keys: readonly EngineKey[] = PLAN_STEPS_STARTING[service] ?? [];
  const own = activities.find((a) => written(a).some((m) => keys.includes(m.key)));
  if (own) return own;
  const d = dimensions.find((x) => x.id === QUICK_WIN_STARTING[service]);
  if (!d || d.score === null) return undefined;
  return activities.find((a) =>
    written(a).some(
      (m) => m.key === 'rollout.quickWin' && m.params?.dimension === d.name && m.params?.score === d.score,
    ),
  );
};

/** The expectations answered again where the plan starts what they were said to lack. */
export const agreedWithPlan = (
  expectations: PmoRecommendation['expectations'],
  plan: Pick<RolloutPlan, 'phases'>,
  dimensions: readonly DimensionScore[],
  written: StepsWritten,
  say: Say,
): PmoRecommendation['expectations'] => {
  if (expectations.every((e) => e.answered)) return expectations;
  const activities = (plan.phases ?? []).flatMap((p) => p.activities);
  return expectations.map((e) => {
    if (e.answered) return e;
    const step = stepStarting(e.service, activities, dimensions, written);
    return step === undefined
      ? e
      : { ...e, answered: true, because: say(msg('expectation.planStarts', { step })) };
  });
};
