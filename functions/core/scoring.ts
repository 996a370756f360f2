import type { Answers, AnswerValue } from '../contract/answers';
import type { Confidence, DimensionScore, Maturity } from '../contract/result';
import { levelOf, mean, round2 } from './numbers';
import { LEVELS, type Questionnaire } from './questionnaire';

const isRating = (a: AnswerValue | undefined): a is number => typeof a === 'number';

/** Share of a dimension's questions that carry at least one real rating. */
export const confidenceOf = (questionsAnswered: number, questions: number): Confidence => {
  const coverage = questionsAnswered / questions;
  if (coverage === 0) return 'none';
  if (coverage >= 0.75) return 'high';
  if (coverage >= 0.5) return 'medium';
  return 'low';
};

/**
 * Scores one or more answer sets (one per respondent) against the questionnaire.
 * Question score = mean of its ratings across respondents; dimension score = mean of its
 * question scores; "don't know", "n/a" and missing answers are left out everywhere.
 */
export const scoreDimensions = (q: Questionnaire, answerSets: readonly Answers[]): DimensionScore[] =>
  q.dimensions.map((dimension) => {
    let answered = 0;
    const questionScores: number[] = [];
    for (const question of dimension.questions) {
      const ratings = answerSets.map((set) => set[question.id]).filter(isRating);
      answered += ratings.length;
      if (ratings.length > 0) questionScores.push(mean(ratings));
    }
    const score = questionScores.length > 0 ? round2(mean(questionScores)) : null;
    return {
      id: dimension.id,
      name: dimension.name,
      score,
      level: score === null ? null : levelOf(score),
      answered,
      questionsAnswered: questionScores.length,
      questions: dimension.questions.length,
      confidence: confidenceOf(questionScores.length, dimension.questions.length),
    };
  });

const levelName = (level: number): string => LEVELS.find((l) => l.level === level)?.name ?? String(level);

/**
 * Overall score = mean of the rated dimensions. Overall level is staged: the floor of the
 * overall score, but never more than one level above the weakest dimension, because a
 * maturity level is only as real as the practice it rests on.
 * Returns null when no question carries a rating.
 */
export const scoreMaturity = (q: Questionnaire, answerSets: readonly Answers[]): Maturity | null => {
  const dimensions = scoreDimensions(q, answerSets);
  const rated = dimensions.filter(
    (d): d is DimensionScore & { score: number; level: number } => d.score !== null,
  );
  if (rated.length === 0) return null;

  const overall = round2(mean(rated.map((d) => d.score)));
  const averageLevel = levelOf(overall);
  const weakest = rated.reduce((w, d) => (d.score < w.score ? d : w));
  const cap = Math.min(5, weakest.level + 1);
  const level = levelOf(Math.min(averageLevel, cap));

  const explanation = [
    `Overall score ${overall.toFixed(2)} is the mean of ${rated.length} rated dimension${rated.length === 1 ? '' : 's'}.`,
    `The score alone reaches level ${averageLevel} (${levelName(averageLevel)}).`,
  ];
  if (level < averageLevel) {
    explanation.push(
      `Capped at level ${level} (${levelName(level)}): the weakest dimension, ${weakest.name}, is only at level ${weakest.level}, and the overall level may sit at most one above it.`,
    );
  }
  const unrated = dimensions.length - rated.length;
  if (unrated > 0)
    explanation.push(`${unrated} dimension${unrated === 1 ? ' has' : 's have'} no rating and do not count.`);

  const solid = dimensions.filter((d) => d.confidence === 'high' || d.confidence === 'medium').length;
  const confidence: Confidence =
    solid === dimensions.length ? 'high' : solid >= dimensions.length / 2 ? 'medium' : 'low';

  return {
    overall,
    level,
    levelName: levelName(level),
    explanation,
    confidence,
    respondents: answerSets.length,
    dimensions,
  };
};
