import type { Answers } from '../contract/answers';
import type { PmoModelId } from '../contract/result';
import { round2 } from './numbers';
import type { Questionnaire } from './questionnaire';

/**
 * The core job of each degree of control, read from the questionnaire's own questions rather than
 * from dimension averages: what an office of that degree exists to make happen. An office in place
 * that fails at its own core job is reset, even when its model stays (a change of mandate within
 * one model is a reset), however its other answers lift the averages (round 18: a control tower
 * whose skipped rules went unnoticed, whose escalations reached a decision by chance and whose
 * reports led to no decision was "evolved", its averages just above the reset thresholds).
 *
 * Our judgement, following the models' own descriptions (pmo-models.ts) and the reviewers' words:
 * - a weather station exists so that management learns how projects are doing, from one trusted
 *   source, and a problem a report shows leads somewhere;
 * - a control tower exists so that its rules hold (a skipped rule is noticed), a stuck problem
 *   reaches a decision, and a problem a report shows is acted on;
 * - a resource source exists so that clashes between projects, over priority and over people, are
 *   settled by its decisions, and people are assigned by them.
 */
export const CORE_QUESTIONS: Readonly<Record<PmoModelId, readonly string[]>> = {
  'weather-station': ['rep-status', 'rep-truth', 'rep-decisions'],
  'control-tower': ['gov-compliance', 'gov-escalation', 'rep-decisions'],
  'resource-source': ['pf-priority', 'res-allocation', 'res-conflicts'],
};

/**
 * A core question fails below this mean rating: level 1, "initial", below the questionnaire's
 * "repeatable" (the same line as RESET_BELOW in action.ts).
 */
export const CORE_FAILS_BELOW = 2;
/**
 * The core fails when at least this many of its questions fail: two of three, a majority, so that
 * one weak answer among working ones resets nothing, and a core left unanswered decides nothing
 * (our judgement).
 */
export const CORE_FAILING_QUESTIONS = 2;

/**
 * Each question's mean rating over the answer sets that rated it ("don't know" and "not
 * applicable" count for nothing), where at least `minRatings` of them did. Used only to decide
 * whether an office's core fails: never shown. A team's question rated by fewer than k people
 * decides nothing, as no published figure rests on fewer (docs/privacy.md): otherwise the action
 * (reset or not) would tell a reader of the result how one or two people rated it.
 */
export const questionMeans = (
  q: Questionnaire,
  answerSets: readonly Answers[],
  minRatings = 1,
): Record<string, number> => {
  const out: Record<string, number> = {};
  // Plain loops, summing in answer-set order as before: a thousand answer sets read without an
  // array per question.
  for (const d of q.dimensions)
    for (const question of d.questions) {
      let sum = 0;
      let count = 0;
      for (const a of answerSets) {
        const x = a[question.id];
        if (typeof x === 'number') {
          sum += x;
          count++;
        }
      }
      if (count > 0 && count >= minRatings) out[question.id] = round2(sum / count);
    }
  return out;
};

/**
 * Whether any one core question of the office in place fails: short of the majority that resets
 * it, but what it exists for does not all happen, so it is not kept as working (round 19: a
 * weather station whose reports were not trusted and led to no decision was "kept, it works").
 * Our judgement: one failing core question is a change to make, not a failure to reset.
 */
export const coreWeak = (existing: PmoModelId, questions: Readonly<Record<string, number>>): boolean =>
  CORE_QUESTIONS[existing].some((id) => {
    const x = questions[id];
    return typeof x === 'number' && x < CORE_FAILS_BELOW;
  });

/** Whether the office in place fails at the core job of its degree of control. */
export const coreFails = (existing: PmoModelId, questions: Readonly<Record<string, number>>): boolean =>
  CORE_QUESTIONS[existing].filter((id) => {
    const x = questions[id];
    return typeof x === 'number' && x < CORE_FAILS_BELOW;
  }).length >= CORE_FAILING_QUESTIONS;
