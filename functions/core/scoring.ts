import type { Answers, AnswerValue } from '../contract/answers';
import type { Confidence, DimensionScore, Maturity } from '../contract/result';
import { credit } from './contradictions';
import {
  assessEvidence,
  type CappedDimension,
  dimensionConfidence,
  dimensionsNeeded,
  INCONSISTENT_SPREAD,
  MAX_LEVEL_ON_THIN_EVIDENCE,
  MIN_DIMENSION_SHARE_FOR_LEVEL,
  MIN_RATED_QUESTIONS,
  respondentsDisagree,
} from './evidence';
import { levelOf, mean, round2, spread } from './numbers';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say } from './say';

const isRating = (a: AnswerValue | undefined): a is number => typeof a === 'number';

/**
 * How many of a dimension's questions a respondent must rate to count in its score. Alone (the quick
 * check), any rating counts. In a team, at least MIN_RATED_QUESTIONS, the minimum a dimension needs
 * for its level: a crowd that could answer only one easy question per dimension would otherwise set
 * every level by that question (an outside practitioner's finding). The disclosure rules count a
 * dimension's raters by the same predicate.
 */
export const ownRatingsToCount = (respondents: number): number => (respondents > 1 ? MIN_RATED_QUESTIONS : 1);

/** Whether a respondent of a team counts in a dimension's score: the predicate above, for one person. */
export const countsInDimension = (
  dimension: { questions: readonly { id: string }[] },
  answers: Answers,
): boolean => {
  let rated = 0;
  for (const question of dimension.questions)
    if (isRating(answers[question.id]) && ++rated >= MIN_RATED_QUESTIONS) return true;
  return false;
};

/**
 * Scores one or more answer sets (one per respondent) against the questionnaire.
 * Question score = mean of its ratings across respondents; dimension score = mean over the
 * respondents who rated any of its questions of each one's own mean (every person counts once);
 * "don't know", "n/a" and missing answers are left out everywhere.
 * A dimension's level is sufficient with MIN_RATED_QUESTIONS rated questions that agree.
 */
export const scoreDimensions = (q: Questionnaire, given: readonly Answers[]): DimensionScore[] => {
  const minOwn = ownRatingsToCount(given.length);
  // Each respondent's answers as credited under the edition's prerequisites (contradictions.ts),
  // before anything is pooled; an edition without prerequisites, or answers that contradict none,
  // pass unchanged.
  const credited = q.presupposes?.length ? given.map((a) => credit(q, a)) : null;
  const answerSets = given;
  return q.dimensions.map((dimension): CappedDimension => {
    // Plain loops, summing in the same order as mean(): the figures are the same to the last bit,
    // without an array per question and respondent (a 1,000-stakeholder assessment scores fast).
    // One pass reads each answer once, for its question's sum and its respondent's own mean alike.
    const questions = dimension.questions;
    const questionSum = new Float64Array(questions.length);
    const questionCount = new Uint32Array(questions.length);
    const perRespondent: number[] = [];
    let capped = false;
    for (let i = 0; i < answerSets.length; i++) {
      const set = answerSets[i] as Answers;
      let sum = 0;
      let count = 0;
      for (let j = 0; j < questions.length; j++) {
        const a = set[(questions[j] as (typeof questions)[number]).id];
        if (isRating(a)) {
          sum += a;
          count++;
          questionSum[j] = (questionSum[j] as number) + a;
          questionCount[j] = (questionCount[j] as number) + 1;
        }
      }
      if (count < minOwn) continue;
      const ceiling = credited?.[i]?.ceilings.get(dimension.id);
      if (ceiling !== undefined && sum / count > ceiling) {
        perRespondent.push(ceiling);
        capped = true;
      } else perRespondent.push(sum / count);
    }
    let answered = 0;
    const questionScores = questions.map((question, j) => {
      const count = questionCount[j] as number;
      answered += count;
      return {
        id: question.id,
        score: count > 0 ? round2((questionSum[j] as number) / count) : null,
        ratings: count,
      };
    });
    const rated: number[] = [];
    for (const s of questionScores) if (s.score !== null) rated.push(s.score);
    const dispersion = rated.length > 1 ? round2(spread(rated)) : null;
    // Each respondent counts once: the dimension's score is the mean of each one's own mean. With one
    // respondent it is the mean of their ratings, as before; with many, it is a sum over people, so
    // a group's score minus its parts is always a sum over whole people, never one person's rating
    // weighted by how few others rated the same question (docs/privacy.md, rule 8).
    const score = perRespondent.length > 0 ? round2(mean(perRespondent)) : null;
    const respondentSpread = perRespondent.length > 1 ? round2(spread(perRespondent)) : null;
    const consistent =
      (dispersion === null || dispersion < INCONSISTENT_SPREAD) && !respondentsDisagree({ respondentSpread });
    return {
      id: dimension.id,
      name: dimension.name,
      score,
      level: score === null ? null : levelOf(score),
      answered,
      questionsAnswered: rated.length,
      questions: dimension.questions.length,
      confidence: dimensionConfidence(
        rated.length,
        dimension.questions.length,
        answerSets.length,
        consistent,
      ),
      spread: dispersion,
      respondentSpread,
      consistent,
      sufficient: rated.length >= MIN_RATED_QUESTIONS && consistent,
      questionScores,
      ...(capped ? { capped: true as const } : {}),
    };
  });
};

/**
 * One respondent's score for one dimension: what `scoreDimensions(q, [answers])` gives for it
 * (each rating is its question's score; the dimension is their mean), without scoring the rest.
 */
export const respondentScore = (
  dimension: Questionnaire['dimensions'][number],
  answers: Answers,
): number | null => {
  let sum = 0;
  let count = 0;
  for (const question of dimension.questions) {
    const a = answers[question.id];
    if (isRating(a)) {
      sum += round2(a);
      count++;
    }
  }
  return count > 0 ? round2(sum / count) : null;
};

const levelName = (q: Questionnaire, level: number): string =>
  q.levels.find((l) => l.level === level)?.name ?? String(level);

const OVERALL_CONFIDENCE: Record<'sufficient' | 'provisional' | 'insufficient', Confidence> = {
  sufficient: 'high',
  provisional: 'medium',
  insufficient: 'low',
};

type Rated = DimensionScore & { score: number; level: number };

/**
 * Overall score = mean of the dimensions with at least MIN_RATED_QUESTIONS rated questions (all
 * rated dimensions when fewer than half have them). Inconsistent answers still count here (so
 * raising a rating never lowers the score), but lower confidence and cannot prove a capability. Overall level = the level that score reaches: no cap from the
 * weakest dimension, whose weakness counts where a PMO model needs it (readiness). On
 * insufficient evidence the level is credited at most MAX_LEVEL_ON_THIN_EVIDENCE.
 * Returns null when no question carries a rating.
 */
export const scoreMaturity = (
  q: Questionnaire,
  answerSets: readonly Answers[],
  say: Say = english,
): Maturity | null => {
  const dimensions = scoreDimensions(q, answerSets);
  const rated = dimensions.filter((d): d is Rated => d.score !== null);
  if (rated.length === 0) return null;
  const solid = rated.filter((d) => d.questionsAnswered >= MIN_RATED_QUESTIONS);
  const forLevel = dimensionsNeeded(dimensions.length, MIN_DIMENSION_SHARE_FOR_LEVEL);
  const basis = solid.length >= forLevel ? solid : rated;
  const evidence = assessEvidence(dimensions, answerSets.length, say);

  const overall = round2(mean(basis.map((d) => d.score)));
  const reached = levelOf(overall);
  const level =
    evidence.status === 'insufficient' ? levelOf(Math.min(reached, MAX_LEVEL_ON_THIN_EVIDENCE)) : reached;

  const explanation = [
    say(
      msg(basis === solid ? 'maturity.overallSolid' : 'maturity.overallRated', {
        overall,
        count: basis.length,
        minRated: MIN_RATED_QUESTIONS,
      }),
    ),
    say(msg('maturity.reaches', { level: reached, levelName: levelName(q, reached) })),
  ];
  if (level < reached)
    explanation.push(
      say(
        msg('maturity.credited', {
          level,
          levelName: levelName(q, level),
          forLevel,
          minRated: MIN_RATED_QUESTIONS,
        }),
      ),
    );
  const left = dimensions.length - basis.length;
  if (left > 0)
    explanation.push(say(msg('maturity.notCounted', { count: left, minRated: MIN_RATED_QUESTIONS })));
  const lowest = Math.min(...rated.map((d) => d.score));
  const weakest = rated.filter((d) => d.score === lowest);
  explanation.push(
    say(
      weakest.length === 1
        ? msg('maturity.weakest', { dimension: weakest[0]?.name ?? '', score: lowest })
        : weakest.length === rated.length
          ? msg('maturity.allEqual', { score: lowest })
          : msg('maturity.weakestTied', { score: lowest, dimensions: weakest.map((d) => d.name) }),
    ),
  );

  return {
    overall,
    level,
    levelName: levelName(q, level),
    explanation,
    confidence: OVERALL_CONFIDENCE[evidence.status],
    respondents: answerSets.length,
    basis: basis.map((d) => d.id),
    dimensions,
  };
};
