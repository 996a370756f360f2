import type { Answers, AnswerValue } from '../contract/answers';
import { MIN_RATED_QUESTIONS } from './evidence';
import { levelOf, round2 } from './numbers';
import type { Presupposition, Questionnaire, Rated } from './questionnaire';

/**
 * Contradictory answers (edition 2026.3 on; docs/questionnaire-2026-3.md). A questionnaire declares
 * that a high level of one question or dimension presupposes another at some level
 * (`Questionnaire.presupposes`). This module reads ONE respondent's answers and credits each subject
 * at most the highest level its prerequisite, as that same respondent rated it, supports. It runs
 * per respondent before anything is pooled, so a team's result only ever learns which dimensions
 * were capped, never whose answers were.
 *
 * Order: question subjects first, on the respondent's own ratings (a question rule's prerequisite
 * holds no question subject, which the questionnaire tests check); then dimension subjects, on the
 * ratings as credited by the first pass. Nothing else changes: a respondent whose answers contradict
 * no prerequisite is credited exactly what they said.
 */

const isRating = (a: AnswerValue | undefined): a is number => typeof a === 'number';

/** What one respondent is credited with. */
export interface Credited {
  /** The answers with each contradictory question rating lowered to its ceiling. */
  answers: Answers;
  /** Dimension id → the highest mean the respondent's own dimension mean is credited. */
  ceilings: ReadonlyMap<string, number>;
  /** Dimensions in which something was capped (a question of it, or its own mean). */
  capped: ReadonlySet<string>;
}

/**
 * The level one respondent gives `rated`: the rating of a question; the level of their own mean over
 * a dimension's questions, from MIN_RATED_QUESTIONS ratings on (fewer say too little to contradict).
 * Null when they say nothing that can be contradicted.
 */
export const ratedLevel = (
  q: Questionnaire,
  rated: Rated,
  answers: Answers,
  fewest: number = MIN_RATED_QUESTIONS,
): number | null => {
  if ('question' in rated) {
    const a = answers[rated.question];
    return isRating(a) ? levelOf(a) : null;
  }
  const dimension = q.dimensions.find((d) => d.id === rated.dimension);
  if (!dimension) return null;
  let sum = 0;
  let count = 0;
  for (const question of dimension.questions) {
    const a = answers[question.id];
    if (isRating(a)) {
      sum += a;
      count++;
    }
  }
  return count >= Math.max(1, fewest) ? levelOf(round2(sum / count)) : null;
};

/**
 * The highest level a prerequisite at `prerequisite` supports under a rule: one below the lowest step
 * it fails; 5 when it fails none, or when the respondent did not rate the prerequisite (null).
 */
export const ceilingOf = (rule: Pick<Presupposition, 'steps'>, prerequisite: number | null): number => {
  if (prerequisite === null) return 5;
  let ceiling = 5;
  for (const step of rule.steps) if (prerequisite < step.atLeast) ceiling = Math.min(ceiling, step.level - 1);
  return ceiling;
};

const dimensionOfQuestion = (q: Questionnaire, id: string): string | undefined =>
  q.dimensions.find((d) => d.questions.some((x) => x.id === id))?.id;

/** One respondent's answers as credited under the questionnaire's prerequisites. */
export const credit = (q: Questionnaire, answers: Answers): Credited => {
  const rules = q.presupposes ?? [];
  if (rules.length === 0) return { answers, ceilings: new Map(), capped: new Set() };
  let credited: Answers | undefined;
  const capped = new Set<string>();
  for (const rule of rules) {
    if (!('question' in rule.subject)) continue;
    const id = rule.subject.question;
    const a = (credited ?? answers)[id];
    if (!isRating(a)) continue;
    const ceiling = ceilingOf(rule, ratedLevel(q, rule.requires, answers));
    if (a <= ceiling) continue;
    credited ??= { ...answers };
    credited[id] = ceiling;
    const dimension = dimensionOfQuestion(q, id);
    if (dimension) capped.add(dimension);
  }
  const after = credited ?? answers;
  const ceilings = new Map<string, number>();
  for (const rule of rules) {
    if (!('dimension' in rule.subject)) continue;
    const id = rule.subject.dimension;
    // The subject's own level from any rating: whatever the respondent's mean, it is what scoring pools.
    const own = ratedLevel(q, rule.subject, after, 1);
    if (own === null) continue;
    const ceiling = Math.min(ceilings.get(id) ?? 5, ceilingOf(rule, ratedLevel(q, rule.requires, after)));
    if (own <= ceiling) continue;
    ceilings.set(id, ceiling);
    capped.add(id);
  }
  return { answers: after, ceilings, capped };
};
