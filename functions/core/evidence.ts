import type { Confidence, DimensionScore, Evidence } from '../contract/result';

/** A dimension's level counts only when at least this many of its questions carry a rating. */
export const MIN_RATED_QUESTIONS = 2;
/** Question scores inside one dimension further apart than this (standard deviation) disagree. */
export const INCONSISTENT_SPREAD = 1.5;
/**
 * Respondents whose own dimension means are further apart than this (standard deviation) disagree:
 * the same boundary the stakeholder analysis uses for weak consensus.
 */
export const INCONSISTENT_RESPONDENT_SPREAD = 1;
/** Fewer respondents than this make every level one person's view. */
export const MIN_RESPONDENTS = 3;
/** Share of dimensions with MIN_RATED_QUESTIONS rated questions the overall level must rest on. */
export const MIN_DIMENSION_SHARE_FOR_LEVEL = 0.5;
/** Share of dimensions whose evidence must suffice for the whole result to be sufficient. */
export const MIN_DIMENSION_SHARE_FOR_SUFFICIENT = 0.75;
/** On insufficient evidence the overall level credited is at most this. */
export const MAX_LEVEL_ON_THIN_EVIDENCE = 2;

const STEPS: readonly Confidence[] = ['none', 'low', 'medium', 'high'];

const coverageStep = (rated: number, questions: number): number => {
  const coverage = rated / questions;
  if (coverage === 0) return 0;
  if (coverage >= 0.75) return 3;
  if (coverage >= 0.5) return 2;
  return 1;
};

/**
 * Confidence in one dimension: coverage sets the start (high from 75 % of questions rated,
 * medium from 50 %, low below), then one step down for fewer than MIN_RESPONDENTS
 * respondents; answers that disagree make it low whatever the coverage. Never below low once
 * something is rated.
 */
export const dimensionConfidence = (
  rated: number,
  questions: number,
  respondents: number,
  consistent: boolean,
): Confidence => {
  const start = coverageStep(rated, questions);
  if (start === 0) return 'none';
  if (!consistent) return 'low';
  return STEPS[Math.max(1, start - (respondents < MIN_RESPONDENTS ? 1 : 0))] as Confidence;
};

/** From this many dimensions on which respondents disagree, one sentence names them all. */
export const SPLIT_SUMMARY_FROM = 4;

/** The respondents' own means of a dimension are too far apart to average. */
export const respondentsDisagree = (d: Pick<DimensionScore, 'respondentSpread'>): boolean =>
  (d.respondentSpread ?? 0) >= INCONSISTENT_RESPONDENT_SPREAD;

export const dimensionsNeeded = (total: number, share: number): number => Math.ceil(total * share);

/** Whether the evidence carries the result, and what would make it carry it. */
export const assessEvidence = (dimensions: readonly DimensionScore[], respondents: number): Evidence => {
  const total = dimensions.length;
  const sufficient = dimensions.filter((d) => d.sufficient).length;
  const counted = dimensions.filter((d) => d.questionsAnswered >= MIN_RATED_QUESTIONS).length;
  const forLevel = dimensionsNeeded(total, MIN_DIMENSION_SHARE_FOR_LEVEL);
  const forSufficient = dimensionsNeeded(total, MIN_DIMENSION_SHARE_FOR_SUFFICIENT);
  const inconsistent = dimensions.filter((d) => d.score !== null && !d.consistent && !respondentsDisagree(d));
  const split = dimensions.filter((d) => d.score !== null && respondentsDisagree(d));
  const thin = dimensions.filter((d) => d.answered > 0 && d.questionsAnswered < MIN_RATED_QUESTIONS);
  const reasons: string[] = [];
  if (sufficient < forSufficient)
    reasons.push(
      `${sufficient} of ${total} dimensions have enough consistent evidence (at least ${MIN_RATED_QUESTIONS} rated questions that agree); ${forSufficient} are needed. ${
        split.length + inconsistent.length >= total - sufficient && thin.length === 0
          ? 'The questions are rated; it is the answers that disagree (below).'
          : `Rate more questions${thin.length > 0 ? `, starting with ${thin.map((d) => d.name).join(', ')}` : ''}.`
      }`,
    );
  if (respondents < MIN_RESPONDENTS)
    reasons.push(
      `${respondents} respondent${respondents === 1 ? '' : 's'}: the result is one view of the organisation. At least ${MIN_RESPONDENTS} respondents from different roles make it sufficient.`,
    );
  for (const d of inconsistent)
    reasons.push(
      `${d.name}: question scores disagree (spread ${(d.spread ?? 0).toFixed(2)}, limit ${INCONSISTENT_SPREAD.toFixed(2)}); its average hides practice that differs by topic. Discuss it with the respondents before relying on its level.`,
    );
  if (split.length >= SPLIT_SUMMARY_FROM)
    reasons.push(
      `Respondents disagree on ${split.length} dimensions (spread of their own scores up to ${Math.max(...split.map((d) => d.respondentSpread ?? 0)).toFixed(2)}, limit ${INCONSISTENT_RESPONDENT_SPREAD.toFixed(2)}): ${split.map((d) => d.name).join(', ')}. The averages describe nobody's view; discuss them with the respondents before relying on the levels.`,
    );
  else
    for (const d of split)
      reasons.push(
        `${d.name}: respondents disagree (spread of their own scores ${(d.respondentSpread ?? 0).toFixed(2)}, limit ${INCONSISTENT_RESPONDENT_SPREAD.toFixed(2)}); the average describes nobody's view. Discuss it with the respondents before relying on its level.`,
      );
  const status: Evidence['status'] =
    counted < forLevel ? 'insufficient' : reasons.length > 0 ? 'provisional' : 'sufficient';
  if (status === 'insufficient')
    reasons.unshift(
      `Insufficient evidence: the overall level needs at least ${forLevel} dimensions with ${MIN_RATED_QUESTIONS} or more rated questions; ${counted} have them. The level credited is at most ${MAX_LEVEL_ON_THIN_EVIDENCE} until then.`,
    );
  if (status === 'sufficient')
    reasons.push(
      `${sufficient} of ${total} dimensions rest on consistent evidence from ${respondents} respondents.`,
    );
  return { status, reasons };
};
