import type { Confidence, DimensionScore, Evidence } from '../contract/result';
import { DIVIDED_SPREAD, dividedViews } from './divided';
import { MIN_GROUP_SIZE } from './group-size';
import { type EngineMessage, english, msg, type Say } from './say';

/**
 * A dimension score that may say its credited level was capped: some respondent's answers rated it
 * above what their own answers on a declared prerequisite support (contradictions.ts). Present only
 * when true, so results without contradictions are unchanged; it names no respondent.
 */
export type CappedDimension = DimensionScore & { capped?: true };

/**
 * A dimension score that may say its respondents form two camps of at least k people each, two
 * levels apart (camps.ts): a fact about the team, never a figure of either camp. Present only when
 * true; it names no respondent.
 */
export type CampsDimension = DimensionScore & { camps?: true };

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

/**
 * The share of the whole questionnaire that must carry a rating (from anyone) for the overall
 * confidence to be high, and for it to be more than low. Our judgement, on the scale the
 * dimension rule already uses (dimensionConfidence: 75 % rated is a dimension's high coverage):
 * a check in which more than a quarter of the questions are unknown reads too little of the
 * organisation to be more than a low-confidence view, however the unknowns fall across the
 * dimensions (round 19: 22 of 48 "don't know", spread two a dimension, left 11 of 12 dimensions
 * sufficient and the same confidence as a full check); from one in ten unknown it is at most
 * medium. Questions nobody rated count, whether "don't know" or "not applicable": neither is
 * evidence. A team whose members cover each other's unknowns keeps its confidence.
 */
export const RATED_SHARE_FOR_HIGH = 0.9;
export const RATED_SHARE_FOR_MEDIUM = 0.75;

/** Questions of the whole questionnaire that no respondent rated, and how many there are. */
export const unratedQuestions = (
  dimensions: readonly Pick<DimensionScore, 'questions' | 'questionsAnswered'>[],
): { unrated: number; total: number } => {
  let total = 0;
  let rated = 0;
  for (const d of dimensions) {
    total += d.questions;
    rated += d.questionsAnswered;
  }
  return { unrated: total - rated, total };
};

/** The most the overall confidence can be, given the share of questions rated (never below low). */
export const confidenceCeiling = (
  dimensions: readonly Pick<DimensionScore, 'questions' | 'questionsAnswered'>[],
): Confidence => {
  const { unrated, total } = unratedQuestions(dimensions);
  const rated = total === 0 ? 0 : (total - unrated) / total;
  return rated >= RATED_SHARE_FOR_HIGH ? 'high' : rated >= RATED_SHARE_FOR_MEDIUM ? 'medium' : 'low';
};

/** The lower of two confidences. */
export const lowerConfidence = (a: Confidence, b: Confidence): Confidence =>
  STEPS.indexOf(a) <= STEPS.indexOf(b) ? a : b;

/** Many unknowns: fewer than RATED_SHARE_FOR_MEDIUM of the questions carry a rating. */
export const manyUnknowns = (
  dimensions: readonly Pick<DimensionScore, 'questions' | 'questionsAnswered'>[],
): boolean => confidenceCeiling(dimensions) === 'low';

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
 * respondents and one for divided views (divided.ts); answers that disagree make it low whatever
 * the coverage. Never below low once something is rated.
 */
export const dimensionConfidence = (
  rated: number,
  questions: number,
  respondents: number,
  consistent: boolean,
  divided = false,
): Confidence => {
  const start = coverageStep(rated, questions);
  if (start === 0) return 'none';
  if (!consistent) return 'low';
  const down = (respondents < MIN_RESPONDENTS ? 1 : 0) + (divided ? 1 : 0);
  return STEPS[Math.max(1, start - down)] as Confidence;
};

/**
 * What many unknowns mean, and the step that settles them: more people who know the answers (the
 * quick check's team assessment) before money is committed. Null without many unknowns.
 */
export const unknownsMessage = (
  dimensions: readonly Pick<DimensionScore, 'questions' | 'questionsAnswered'>[],
  respondents: number,
): EngineMessage | null => {
  if (!manyUnknowns(dimensions)) return null;
  const { unrated, total: questions } = unratedQuestions(dimensions);
  return msg(respondents < MIN_RESPONDENTS ? 'evidence.manyUnknownsAskMore' : 'evidence.manyUnknownsTeam', {
    unrated,
    questions,
    respondents,
  });
};

/** From this many dimensions on which respondents disagree, one sentence names them all. */
export const SPLIT_SUMMARY_FROM = 4;

/** The respondents' own means of a dimension are too far apart to average. */
export const respondentsDisagree = (d: Pick<DimensionScore, 'respondentSpread'>): boolean =>
  (d.respondentSpread ?? 0) >= INCONSISTENT_RESPONDENT_SPREAD;

export const dimensionsNeeded = (total: number, share: number): number => Math.ceil(total * share);

/** Whether the evidence carries the result, and what would make it carry it. */
export const assessEvidence = (
  dimensions: readonly DimensionScore[],
  respondents: number,
  say: Say = english,
  /** The smallest camp the team's disagreement is sought in (the disclosure minimum). */
  k: number = MIN_GROUP_SIZE,
): Evidence => {
  const total = dimensions.length;
  const sufficient = dimensions.filter((d) => d.sufficient).length;
  const counted = dimensions.filter((d) => d.questionsAnswered >= MIN_RATED_QUESTIONS).length;
  const forLevel = dimensionsNeeded(total, MIN_DIMENSION_SHARE_FOR_LEVEL);
  const forSufficient = dimensionsNeeded(total, MIN_DIMENSION_SHARE_FOR_SUFFICIENT);
  const camped = dimensions.filter((d) => d.score !== null && (d as CampsDimension).camps === true);
  const inCamps = new Set(camped);
  const inconsistent = dimensions.filter(
    (d) => d.score !== null && !d.consistent && !respondentsDisagree(d) && !inCamps.has(d),
  );
  const split = dimensions.filter((d) => d.score !== null && respondentsDisagree(d) && !inCamps.has(d));
  const thin = dimensions.filter((d) => d.answered > 0 && d.questionsAnswered < MIN_RATED_QUESTIONS);
  const reasons: string[] = [];
  if (sufficient < forSufficient)
    reasons.push(
      say(
        msg(
          split.length + inconsistent.length + camped.length >= total - sufficient && thin.length === 0
            ? 'evidence.fewSufficientAnswersDisagree'
            : thin.length > 0
              ? 'evidence.fewSufficientStartWith'
              : 'evidence.fewSufficient',
          {
            sufficient,
            total,
            minRated: MIN_RATED_QUESTIONS,
            needed: forSufficient,
            dimensions: thin.map((d) => d.name),
          },
        ),
      ),
    );
  if (respondents < MIN_RESPONDENTS)
    reasons.push(say(msg('evidence.fewRespondents', { respondents, minRespondents: MIN_RESPONDENTS })));
  for (const d of inconsistent)
    reasons.push(
      say(
        msg('evidence.inconsistent', {
          dimension: d.name,
          limit: INCONSISTENT_SPREAD,
        }),
      ),
    );
  if (split.length >= SPLIT_SUMMARY_FROM)
    reasons.push(
      say(
        msg('evidence.respondentsSplitMany', {
          count: split.length,
          spread: Math.max(...split.map((d) => d.respondentSpread ?? 0)),
          limit: INCONSISTENT_RESPONDENT_SPREAD,
          dimensions: split.map((d) => d.name),
        }),
      ),
    );
  else
    for (const d of split)
      reasons.push(
        say(
          msg('evidence.respondentsSplit', {
            dimension: d.name,
            spread: d.respondentSpread ?? 0,
            limit: INCONSISTENT_RESPONDENT_SPREAD,
          }),
        ),
      );
  // Two camps of at least k people each: said as a fact naming the dimensions, never a camp's
  // size, mean or spread (docs/privacy.md, rule 11).
  if (camped.length > 0)
    reasons.push(say(msg('evidence.respondentsCamps', { dimensions: camped.map((d) => d.name) })));
  // Answers that contradict a declared prerequisite (contradictions.ts): one respondent hears which
  // dimensions; a team hears only how many, never whose answers.
  const capped = dimensions.filter((d) => (d as CappedDimension).capped === true);
  if (capped.length > 0)
    reasons.push(
      say(
        respondents === 1
          ? msg('evidence.contradictionOwn', { dimensions: capped.map((d) => d.name) })
          : msg('evidence.contradictionsCapped', { count: capped.length }),
      ),
    );
  // Many unknowns are said before anything else, with the one step that settles them: more people
  // who know the answers (the quick check's team assessment), before money is committed.
  const unknowns = unknownsMessage(dimensions, respondents);
  if (unknowns) reasons.unshift(say(unknowns));
  const status: Evidence['status'] =
    counted < forLevel ? 'insufficient' : reasons.length > 0 ? 'provisional' : 'sufficient';
  // Divided views short of disagreement (divided.ts): said as a fact about the dimensions, lowering
  // their confidence (scoring.ts), not the evidence's status.
  const divided = dimensions.filter(
    (d) => d.score !== null && dividedViews(d) && !respondentsDisagree(d) && !inCamps.has(d),
  );
  if (divided.length > 0)
    reasons.push(
      say(msg('evidence.viewsDiffer', { dimensions: divided.map((d) => d.name), limit: DIVIDED_SPREAD })),
    );
  if (status === 'insufficient')
    reasons.splice(
      manyUnknowns(dimensions) ? 1 : 0,
      0,
      say(
        msg('evidence.insufficient', {
          forLevel,
          minRated: MIN_RATED_QUESTIONS,
          counted,
          maxLevel: MAX_LEVEL_ON_THIN_EVIDENCE,
        }),
      ),
    );
  // Fewer than 2k respondents cannot hold two camps of k: their agreement is not shown, only their
  // spread, so the evidence is not called consistent (round 18: a team of three, the office's head
  // two levels above its customers, was "consistent").
  if (status === 'sufficient')
    reasons.push(
      say(
        divided.length > 0
          ? msg('evidence.sufficientViewsDiffer', { sufficient, total, respondents })
          : respondents > 1 && respondents < 2 * k
            ? msg('evidence.sufficientUntested', { sufficient, total, respondents, pair: 2 * k, k })
            : msg('evidence.sufficient', { sufficient, total, respondents }),
      ),
    );
  return { status, reasons };
};
