import type { Answers, AnswerValue } from '../contract/answers';
import { MIN_RATED_QUESTIONS } from './evidence';
import { levelOf, round2 } from './numbers';
import type { Presupposition, Questionnaire } from './questionnaire';

/**
 * Contradictory answers (edition 2026.3 on; docs/questionnaire-2026-3.md). A questionnaire declares
 * that a high level of one dimension presupposes another at some level (`Questionnaire.presupposes`).
 * This module reads ONE respondent's answers and credits their own mean on each subject dimension
 * at most the highest level their own mean on its prerequisite supports. It runs per respondent
 * before anything is pooled, and reads a person only through their own means per dimension, so a
 * team's result can say which dimensions were capped, never whose answers were.
 *
 * Rules run in declared order, each reading its prerequisite as already credited (the questionnaire
 * tests check that no prerequisite is the subject of a later rule). A respondent whose answers
 * contradict no prerequisite is credited exactly what they said.
 */

const isRating = (a: AnswerValue | undefined): a is number => typeof a === 'number';

/** What one respondent is credited with: a ceiling on their own mean where a rule capped it. */
export interface Credited {
  /** Dimension id → the mean the respondent's own dimension mean is credited at most. */
  ceilings: ReadonlyMap<string, number>;
}

const NOTHING: Credited = { ceilings: new Map() };

/** Each questionnaire's dimensions by id, looked up once (credit runs for every answer set). */
const byId = new WeakMap<Questionnaire, Map<string, Questionnaire['dimensions'][number]>>();
const dimensionById = (q: Questionnaire, id: string) => {
  let map = byId.get(q);
  if (!map) {
    map = new Map(q.dimensions.map((d) => [d.id, d]));
    byId.set(q, map);
  }
  return map.get(id);
};

/** A respondent's own mean over a dimension's questions, and how many they rated. */
export const ownMean = (
  q: Questionnaire,
  dimensionId: string,
  answers: Answers,
): { mean: number; rated: number } | null => {
  const dimension = dimensionById(q, dimensionId);
  if (!dimension) return null;
  let sum = 0;
  let rated = 0;
  for (const question of dimension.questions) {
    const a = answers[question.id];
    if (isRating(a)) {
      sum += a;
      rated++;
    }
  }
  return rated > 0 ? { mean: sum / rated, rated } : null;
};

/**
 * The highest level a prerequisite at `prerequisite` supports under a rule: one below the lowest step
 * it fails; 5 when it fails none, or when the respondent said too little about it (null).
 */
export const ceilingOf = (rule: Pick<Presupposition, 'steps'>, prerequisite: number | null): number => {
  if (prerequisite === null) return 5;
  let ceiling = 5;
  for (const step of rule.steps) if (prerequisite < step.atLeast) ceiling = Math.min(ceiling, step.level - 1);
  return ceiling;
};

/** A mean as the result shows it: rounded, and held to any ceiling already credited. */
const creditedMean = (mean: number, ceiling: number | undefined): number =>
  ceiling !== undefined && mean > ceiling ? ceiling : mean;

/**
 * One respondent's ceilings under the questionnaire's prerequisites. A prerequisite counts from
 * MIN_RATED_QUESTIONS rated questions (fewer say too little to contradict anything); the subject
 * from one, since that is what the quick check scores. A subject is capped only when its level
 * (its rounded mean's) exceeds the ceiling, and then to the ceiling itself.
 */
export const credit = (
  q: Questionnaire,
  answers: Answers,
  /** The respondent's own mean of a dimension: ownMean's, or the same figure already summed (scoring.ts). */
  meanOf: (dimensionId: string) => { mean: number; rated: number } | null = (id) => ownMean(q, id, answers),
): Credited => {
  const rules = q.presupposes ?? [];
  if (rules.length === 0) return NOTHING;
  let ceilings: Map<string, number> | undefined;
  for (const rule of rules) {
    const own = meanOf(rule.subject.dimension);
    if (own === null) continue;
    const base = meanOf(rule.requires.dimension);
    const baseLevel =
      base === null || base.rated < MIN_RATED_QUESTIONS
        ? null
        : levelOf(round2(creditedMean(base.mean, ceilings?.get(rule.requires.dimension))));
    const ceiling = ceilingOf(rule, baseLevel);
    const held = ceilings?.get(rule.subject.dimension);
    if (levelOf(round2(creditedMean(own.mean, held))) <= ceiling) continue;
    ceilings ??= new Map();
    ceilings.set(rule.subject.dimension, Math.min(held ?? 5, ceiling));
  }
  return ceilings ? { ceilings } : NOTHING;
};

/** Whether a respondent's answers had any dimension capped. */
export const cappedDimensions = (credited: Credited): ReadonlySet<string> =>
  new Set(credited.ceilings.keys());
