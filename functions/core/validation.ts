import type { Confidence, DimensionScore, Evidence, Maturity } from '../contract/result';
import {
  dimensionsNeeded,
  MAX_LEVEL_ON_THIN_EVIDENCE,
  MIN_DIMENSION_SHARE_FOR_LEVEL,
  MIN_RATED_QUESTIONS,
} from './evidence';
import { levelOf, mean, round2 } from './numbers';
import type { Questionnaire } from './questionnaire';
import { english, msg, type Say } from './say';

/**
 * Validated levels: what the calibration workshop agreed for a dimension, on the consultant's
 * documented judgement, and how many evidence items of the register back it. Pure: maturity in,
 * maturity out, plus the explanation.
 *
 * Privacy: the outcome depends only on the maturity it is given (the published survey, or none) and
 * on the consultant's own input, so it can reveal nothing the disclosure rules withhold.
 */
export interface ValidatedLevel {
  level: number;
  /** Evidence items of the register for this dimension. */
  evidence: number;
}
export type Validated = Readonly<Record<string, ValidatedLevel>>;

export interface ValidationDifference {
  id: string;
  name: string;
  /** The published survey score; null when none is published. */
  surveyed: number | null;
  agreed: number;
  /** Why the agreed level stands where the survey differs, as said. */
  explanation: string;
}

export interface ValidationOutcome {
  maturity: Maturity | null;
  differences: ValidationDifference[];
  explanation: string[];
  /** Dimensions whose level counts for the overall level: rated questions, or a validated level with evidence. */
  counted: number;
}

const STEPS: readonly Confidence[] = ['none', 'low', 'medium', 'high'];

/** Documented evidence raises confidence: one item by one step (at least medium), two or more to high. */
export const validatedConfidence = (surveyed: Confidence, evidence: number): Confidence => {
  if (evidence >= 2) return 'high';
  const step = Math.max(1, STEPS.indexOf(surveyed));
  return STEPS[Math.min(3, evidence === 1 ? Math.max(2, step + 1) : step)] as Confidence;
};

/** A dimension nobody's published answers score: what a validated level starts from before k answered. */
const unscored = (dimension: Questionnaire['dimensions'][number]): DimensionScore => ({
  id: dimension.id,
  name: dimension.name,
  score: null,
  level: null,
  answered: 0,
  questionsAnswered: 0,
  questions: dimension.questions.length,
  confidence: 'none',
  spread: null,
  respondentSpread: null,
  consistent: true,
  sufficient: false,
  questionScores: dimension.questions.map((x) => ({ id: x.id, score: null, ratings: null })),
});

const isValid = (v: ValidatedLevel | undefined): v is ValidatedLevel =>
  v !== undefined && Number.isInteger(v.level) && v.level >= 1 && v.level <= 5;

/**
 * Puts each validated level in place of the surveyed one and scores the whole again by the same
 * rules as the survey (overall = mean of the dimensions counted; the level capped on thin evidence),
 * saying so for every dimension. Without validated levels the maturity comes back as it was.
 */
export const applyValidation = (
  q: Questionnaire,
  surveyed: Maturity | null,
  validated: Validated | undefined,
  say: Say = english,
): ValidationOutcome => {
  const agreed = q.dimensions.filter((d) => isValid(validated?.[d.id]));
  const countedOf = (dimensions: readonly DimensionScore[]) =>
    dimensions.filter(
      (d) => d.questionsAnswered >= MIN_RATED_QUESTIONS || (validated?.[d.id]?.evidence ?? 0) > 0,
    ).length;
  if (!validated || agreed.length === 0)
    return {
      maturity: surveyed,
      differences: [],
      explanation: [],
      counted: surveyed ? countedOf(surveyed.dimensions) : 0,
    };

  const before = new Map((surveyed?.dimensions ?? []).map((d) => [d.id, d]));
  const differences: ValidationDifference[] = [];
  const dimensions = q.dimensions.map((dimension): DimensionScore => {
    const was = before.get(dimension.id) ?? unscored(dimension);
    const v = validated[dimension.id];
    if (!isValid(v)) return was;
    const evidence = say(msg('validation.evidenceCount', { count: v.evidence }));
    const explanation = say(
      was.score === null
        ? msg('validation.agreedUnpublished', { dimension: was.name, level: v.level, evidence })
        : msg('validation.agreedSurveyed', {
            dimension: was.name,
            level: v.level,
            evidence,
            surveyed: was.score,
          }),
    );
    differences.push({ id: was.id, name: was.name, surveyed: was.score, agreed: v.level, explanation });
    return {
      ...was,
      score: v.level,
      level: v.level,
      confidence: validatedConfidence(was.confidence, v.evidence),
      consistent: v.evidence > 0 ? true : was.consistent,
      sufficient: v.evidence > 0 || was.sufficient,
    };
  });

  const basisIds = new Set([...(surveyed?.basis ?? []), ...agreed.map((d) => d.id)]);
  const basis = dimensions.filter((d) => basisIds.has(d.id) && d.score !== null);
  const overall = round2(mean(basis.map((d) => d.score as number)));
  const reached = levelOf(overall);
  const counted = countedOf(dimensions);
  const thin = counted < dimensionsNeeded(dimensions.length, MIN_DIMENSION_SHARE_FOR_LEVEL);
  const level = thin ? levelOf(Math.min(reached, MAX_LEVEL_ON_THIN_EVIDENCE)) : reached;
  const overallSentence = say(msg('validation.overall', { count: agreed.length, overall, level }));
  const explanation = [...differences.map((d) => d.explanation), overallSentence];
  const base: Maturity = surveyed ?? {
    overall,
    level,
    levelName: '',
    explanation: [],
    confidence: 'low',
    respondents: 0,
    basis: [],
    dimensions,
  };
  return {
    maturity: {
      ...base,
      overall,
      level,
      levelName: q.levels.find((l) => l.level === level)?.name ?? String(level),
      explanation: [...base.explanation, ...explanation],
      confidence: thin ? 'low' : base.confidence === 'low' ? 'medium' : base.confidence,
      basis: basis.map((d) => d.id),
      dimensions,
    },
    differences,
    explanation,
    counted,
  };
};

/**
 * The evidence verdict with the validated levels said first; a verdict the survey alone left
 * insufficient becomes provisional once validated levels with documented evidence carry the level
 * (its first reason, the insufficiency, then no longer holds).
 */
export const withValidation = (
  q: Questionnaire,
  evidence: Evidence,
  outcome: ValidationOutcome,
): Evidence => {
  if (outcome.differences.length === 0) return evidence;
  const carried =
    evidence.status === 'insufficient' &&
    outcome.counted >= dimensionsNeeded(q.dimensions.length, MIN_DIMENSION_SHARE_FOR_LEVEL);
  return {
    status: carried ? 'provisional' : evidence.status,
    reasons: [...outcome.explanation, ...(carried ? evidence.reasons.slice(1) : evidence.reasons)],
  };
};
