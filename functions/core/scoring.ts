import type { Answers, AnswerValue } from '../contract/answers';
import type { Confidence, DimensionScore, Maturity } from '../contract/result';
import { twoCamps } from './camps';
import { credit } from './contradictions';
import { DIVIDED_DIMENSIONS_FOR_OVERALL, dividedViews } from './divided';
import {
  assessEvidence,
  type CampsDimension,
  type CappedDimension,
  confidenceCeiling,
  dimensionConfidence,
  dimensionsNeeded,
  INCONSISTENT_SPREAD,
  lowerConfidence,
  MAX_LEVEL_ON_THIN_EVIDENCE,
  MIN_DIMENSION_SHARE_FOR_LEVEL,
  MIN_RATED_QUESTIONS,
  respondentsDisagree,
} from './evidence';
import { levelOf, mean, round2, spread } from './numbers';
import type { Questionnaire } from './questionnaire';

type Dimension = Questionnaire['dimensions'][number];

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
export const scoreDimensions = (
  q: Questionnaire,
  given: readonly Answers[],
  k?: number,
): DimensionScore[] => {
  const minOwn = ownRatingsToCount(given.length);
  const answerSets = given;
  const dimensions = q.dimensions;
  const width = dimensions.length;
  // Plain loops, summing in the same order as mean(): the figures are the same to the last bit,
  // without an array per question and respondent (a 1,000-stakeholder assessment scores fast).
  // One read of every answer gives each question's sum and each respondent's own sum of each
  // dimension, which the crediting below reads too.
  const ownSum = new Float64Array(answerSets.length * width);
  const ownCount = new Uint32Array(answerSets.length * width);
  const questionSum = dimensions.map((d) => new Float64Array(d.questions.length));
  const questionCount = dimensions.map((d) => new Uint32Array(d.questions.length));
  for (let i = 0; i < answerSets.length; i++) {
    const set = answerSets[i] as Answers;
    for (let col = 0; col < width; col++) {
      const questions = (dimensions[col] as Dimension).questions;
      const sums = questionSum[col] as Float64Array;
      const counts = questionCount[col] as Uint32Array;
      let sum = 0;
      let count = 0;
      for (let j = 0; j < questions.length; j++) {
        const a = set[(questions[j] as Dimension['questions'][number]).id];
        if (isRating(a)) {
          sum += a;
          count++;
          sums[j] = (sums[j] as number) + a;
          counts[j] = (counts[j] as number) + 1;
        }
      }
      ownSum[i * width + col] = sum;
      ownCount[i * width + col] = count;
    }
  }
  const column = new Map(dimensions.map((d, col) => [d.id, col]));
  // Each respondent's answers as credited under the edition's prerequisites (contradictions.ts),
  // before anything is pooled; an edition without prerequisites, or answers that contradict none,
  // pass unchanged.
  const credited = q.presupposes?.length
    ? answerSets.map((a, i) =>
        credit(q, a, (id) => {
          const col = column.get(id);
          const rated = col === undefined ? 0 : (ownCount[i * width + col] as number);
          return col === undefined || rated === 0
            ? null
            : { mean: (ownSum[i * width + col] as number) / rated, rated };
        }),
      )
    : null;
  return dimensions.map((dimension, col): CappedDimension & CampsDimension => {
    const perRespondent: number[] = [];
    let capped = false;
    for (let i = 0; i < answerSets.length; i++) {
      const count = ownCount[i * width + col] as number;
      if (count < minOwn) continue;
      const sum = ownSum[i * width + col] as number;
      const ceiling = credited?.[i]?.ceilings.get(dimension.id);
      if (ceiling !== undefined && sum / count > ceiling) {
        perRespondent.push(ceiling);
        capped = true;
      } else perRespondent.push(sum / count);
    }
    let answered = 0;
    const questionScores = dimension.questions.map((question, j) => {
      const count = (questionCount[col] as Uint32Array)[j] as number;
      answered += count;
      return {
        id: question.id,
        score: count > 0 ? round2(((questionSum[col] as Float64Array)[j] as number) / count) : null,
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
    // Two camps of at least col people each, two levels apart (camps.ts): the average describes
    // neither, so the dimension is not consistent, whatever the spread says (round 18).
    const camps = k !== undefined && twoCamps(perRespondent, k) !== null;
    const consistent =
      (dispersion === null || dispersion < INCONSISTENT_SPREAD) &&
      !respondentsDisagree({ respondentSpread }) &&
      !camps;
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
        dividedViews({ respondentSpread }),
      ),
      spread: dispersion,
      respondentSpread,
      consistent,
      sufficient: rated.length >= MIN_RATED_QUESTIONS && consistent,
      questionScores,
      ...(capped ? { capped: true as const } : {}),
      ...(camps ? { camps: true as const } : {}),
    };
  });
};

/** A respondent's ratings of a dimension: the sum of each as its question's score, and how many. */
const ownRatings = (dimension: Dimension, answers: Answers): { sum: number; count: number } => {
  let sum = 0;
  let count = 0;
  for (const question of dimension.questions) {
    const a = answers[question.id];
    if (isRating(a)) {
      sum += round2(a);
      count++;
    }
  }
  return { sum, count };
};

/**
 * One respondent's score for one dimension: what `scoreDimensions(q, [answers])` gives for it
 * (each rating is its question's score; the dimension is their mean), without scoring the rest.
 */
export const respondentScore = (dimension: Dimension, answers: Answers): number | null => {
  const { sum, count } = ownRatings(dimension, answers);
  return count > 0 ? round2(sum / count) : null;
};

/**
 * The same score, only where the respondent counts in a team's score of the dimension
 * (countsInDimension): null otherwise. One read of the answers for both.
 */
export const countedScore = (dimension: Dimension, answers: Answers): number | null => {
  const { sum, count } = ownRatings(dimension, answers);
  return count >= MIN_RATED_QUESTIONS ? round2(sum / count) : null;
};

export const levelName = (q: Questionnaire, level: number): string =>
  q.levels.find((l) => l.level === level)?.name ?? String(level);

/** One step lower (never below low) with divided views on DIVIDED_DIMENSIONS_FOR_OVERALL dimensions. */
const dividedOverall = (dimensions: readonly DimensionScore[], c: Confidence): Confidence =>
  dimensions.filter(dividedViews).length >= DIVIDED_DIMENSIONS_FOR_OVERALL
    ? c === 'high'
      ? 'medium'
      : c === 'medium'
        ? 'low'
        : c
    : c;

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
  /** The smallest camp a disagreement may rest on (the disclosure minimum); none: camps are not sought. */
  k?: number,
): Maturity | null => {
  const dimensions = scoreDimensions(q, answerSets, k);
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
    confidence: dividedOverall(
      dimensions,
      lowerConfidence(OVERALL_CONFIDENCE[evidence.status], confidenceCeiling(dimensions)),
    ),
    respondents: answerSets.length,
    basis: basis.map((d) => d.id),
    dimensions,
  };
};
