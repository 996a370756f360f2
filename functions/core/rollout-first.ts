import type { PmoScope } from '../contract/result';
import { triageSteps } from './office/push-triage';
import { lacksProjectLeads, MIN_PROJECTS_FOR_OFFICE } from './office/shape';
import { assessNeed } from './pmo-need';
import { monthsOf, urgentPush } from './push-tempo';
import type { Draft } from './rollout-basics';
import type { PlanFrame } from './rollout-phases';
import { PILOT_SERVICES, serviceStep } from './rollout-phases';
import { msg, unsaid } from './say';
import type { Situation } from './situation';
import { workInProgressSteps } from './work-in-progress';

/**
 * What a plan does first, and what a push leaves behind (round 24). Every rule reads the drafted
 * phases and the situation, never a profile, and designs nothing again. docs/scoring.md, "First
 * value first".
 */

/**
 * The steps that cost nothing and need nobody new: ranking the running projects and pausing those
 * below the line (work-in-progress.ts), and, where a procurement stands in the plan, the quick wins
 * the pilot would otherwise wait for. They start in the plan's first phase, in week 1: they never
 * wait on a purchase or on the charter (round 24: a digital bank's cut of 80 initiatives came in
 * week 17, after interim, charter and a twelve-week procurement). Our judgement, after the
 * reviewers' practice: the most valuable first step is the one nobody has to be hired or bought for.
 */
const noNewPeopleSteps = (f: PlanFrame, draft: readonly Draft[]): string[] => {
  // A triage cuts its projects first (push-triage.ts); a lasting portfolio ranks and pauses them.
  const wip = [...triageSteps(f.s, f.scope), ...workInProgressSteps(f.s)].map(f.say);
  const buying = draft.some((p) => p.id === 'procurement');
  return buying ? [...new Set([...wip, ...f.quickWins])] : wip;
};

/**
 * An office in place starts the first services of an urgent push itself, in the plan's first weeks,
 * with the people it has: its health check, a charter for the added people and any procurement for
 * them run beside it (round 24: a train operator's working 2-FTE office waited seventeen weeks for
 * its core controls in a 30-month urgent fleet push). How many: the pilot's first services
 * (PILOT_SERVICES), the ones most pressing in the engine's order. Our judgement.
 */
const officeStartsFirst = (f: PlanFrame): string[] =>
  f.existing && urgentPush(f.s) ? f.services.slice(0, PILOT_SERVICES).map((x) => serviceStep(f, x)) : [];

/**
 * Moves the steps that need nobody new into the plan's first phase, each once: the office in
 * place's first services of an urgent push, then the steps that cost nothing. The phases keep
 * their lengths; only where each step starts changes. The note before them is a whole sentence
 * that counts the steps it speaks of: a lead-in ending in a colon read as a step of its own,
 * followed by steps that seemed unrelated to it (round 29).
 */
export const firstValueFirst = (f: PlanFrame, draft: Draft[]): void => {
  const first = draft[0];
  if (!first) return;
  const groups: ['plan.firstValue.officeStarts' | 'plan.firstValue.now', string[]][] = [
    ['plan.firstValue.officeStarts', officeStartsFirst(f)],
    ['plan.firstValue.now', noNewPeopleSteps(f, draft)],
  ];
  for (const [key, steps] of groups) {
    if (steps.length === 0) continue;
    const moved = new Set(steps);
    for (const p of draft) p.activities = p.activities.filter((a) => !moved.has(a));
    first.activities.push(f.say(msg(key, { count: steps.length })), ...steps);
  }
};

/**
 * Months before a push's end by which the organisation decides on a lasting portfolio function to
 * take its registers over: a quarter, so that the people who will keep them can be named and can
 * work beside the push's office before it closes (our judgement, after the reviewers' practice of
 * planning the move from about month 15 of an 18-month push).
 */
export const SUCCESSOR_DECISION_MONTHS = 3;

/**
 * A push whose organisation has no office in place (an office in place that is the push's own
 * office closes at its sunset, as an earlier round signed), and whose lasting situation (its
 * projects, their contention, its size and units, read as if the need lasted) would on its own
 * call for an office: the need test the engine runs (pmo-need.ts), without the maturity relief, so that
 * it errs towards asking. Its end hands over to a lasting portfolio function, or at least to a
 * dated decision on one, never simply dissolves (round 24: a new 22,000-person county with 70
 * projects, and a bank with 25 contended projects, were told their office would just close).
 * This only decides that the question is put; the question itself is judged on the work the
 * organisation expects after the push, and the step says the push's own projects never justify a
 * lasting function (round 28: an owner's build packages, EU work packages, units of assessment and a
 * merger's workstreams, all ending with the push, were said to "call for one on their own").
 */
export const lastingNeedAfterPush = (s: Situation): boolean => {
  if (s.horizon !== 'temporary' || s.existingPmo !== 'none') return false;
  const lasting: Situation = { ...s, horizon: 'lasting', horizonMonths: undefined };
  const need = assessNeed(lasting, null, [], undefined, unsaid);
  return need.needed && portfolioKind(lasting, need.scope);
};

/**
 * The lasting version's office is of the portfolio kind, by the shape rules that read no maturity
 * (office/shape.ts): not one programme's office (its scope), not leads first, and a portfolio of at
 * least MIN_PROJECTS_FOR_OFFICE projects, the minimum the engine holds any portfolio office to
 * (round 25: a junior miner's two-project shaft was told its projects "would call for" a lasting
 * portfolio function, against the engine's own six-project rule). The need alone asks whether an
 * office is warranted, not whether it would be a portfolio's. Our judgement: the engine's own rules.
 */
const portfolioKind = (lasting: Situation, scope: PmoScope): boolean =>
  scope !== 'programme' &&
  lacksProjectLeads(lasting) === null &&
  lasting.concurrentProjects >= MIN_PROJECTS_FOR_OFFICE;

/** The month of the push by which the lasting function is decided on. */
export const successorDecisionMonth = (s: Situation): number =>
  Math.max(1, Math.round(monthsOf(s)) - SUCCESSOR_DECISION_MONTHS);
