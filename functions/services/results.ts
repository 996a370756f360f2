import type { AssessmentResults } from '../contract/assessments';
import {
  comparableDimensions,
  disclose,
  evaluate,
  type Questionnaire,
  questionnaireFor,
  restrictTo,
  scoreDimensions,
  withoutQuestionFigures,
  withSplits,
} from '../core';
import { msg } from '../core/say';
import { sayIn } from '../i18n/engine';
import type { Language } from '../i18n/languages';
import { localiseQuestionnaire } from '../i18n/questionnaire';
import type { AssessmentRecord } from '../store/records';
import type { CalibrationInput } from './calibration';
import { calibrationOptions, calibrationViews } from './calibration-results';
import { countedSubmissions, respondentSetOf, responseProgress, type Submissions } from './respondents';

export type { Submissions } from './respondents';

/** Service id → share of respondents, for the shares the disclosure rules publish (null stays out). */
const publishedExpectations = (
  rows: readonly { service: string; share: number | null }[],
): Record<string, number> =>
  Object.fromEntries(rows.filter((r) => r.share !== null).map((r) => [r.service, r.share as number]));

/** Scores what the disclosure rules publish (functions/core/disclosure.ts): no figure covers fewer than minGroupSize people. */
export const buildResults = (
  current: Questionnaire,
  assessment: AssessmentRecord,
  submissions: Submissions,
  baseline: { assessment: AssessmentRecord; submissions: Submissions } | null,
  language: Language = 'en',
  calibration: CalibrationInput | null = null,
): AssessmentResults => {
  const { stakeholders } = submissions;
  const say = sayIn(language);
  // Answers score by the edition they were given in, whatever language each was given in (ids
  // are the same); the texts follow the reader's language.
  const q = localiseQuestionnaire(
    questionnaireFor(assessment.questionnaireVersion ?? current.version),
    language,
  );
  const counted = countedSubmissions(submissions);
  const disclosed = disclose(q, counted, assessment.minGroupSize, say);
  // Validated levels are the consultant's own judgement: they may score before k have answered.
  const calibrated = calibrationOptions(q, calibration, counted, disclosed.published.length, disclosed.k);
  const { sources: _sources, stakeholders: _stakeholders, ...engine } = calibrated;
  const evaluated =
    disclosed.published.length >= disclosed.k || engine.validated
      ? evaluate(q, assessment.context, disclosed.overallAnswers, {
          say,
          ...engine,
          rates: assessment.rates ?? undefined,
          // What the stakeholders asked the office for, as the published shares only.
          expectations: publishedExpectations(disclosed.analysis.expectations),
          // The team has answered: the plan does not survey the current state again.
          surveyed: true,
          // No conclusion about an office in place rests on fewer people than any published figure.
          minGroupSize: disclosed.k,
        })
      : null;
  // A team's figures are dimension cells over whole people: no question's own figure is published.
  // A dimension whose average hides a split is less sure (functions/core/splits.ts).
  const result = evaluated && {
    ...evaluated,
    maturity: withSplits(
      {
        ...evaluated.maturity,
        dimensions: withoutQuestionFigures(evaluated.maturity.dimensions),
      },
      disclosed.analysis.splits,
    ),
  };
  const rate = responseProgress(stakeholders, counted, assessment.minGroupSize);
  let comparison: AssessmentResults['baseline'] = null;
  if (baseline) {
    const then = localiseQuestionnaire(
      questionnaireFor(baseline.assessment.questionnaireVersion ?? current.version),
      language,
    );
    const earlier = disclose(
      then,
      countedSubmissions(baseline.submissions),
      baseline.assessment.minGroupSize,
    );
    const before =
      earlier.published.length >= earlier.k
        ? evaluate(then, baseline.assessment.context, earlier.overallAnswers, {
            say,
            minGroupSize: earlier.k,
          })
        : null;
    comparison = {
      assessmentId: baseline.assessment.id,
      overall: before?.maturity.overall ?? null,
      level: before?.maturity.level ?? null,
      dimensions: q.dimensions.map((d) => {
        const was = before?.maturity.dimensions.find((x) => x.id === d.id)?.score ?? null;
        const now = result?.maturity.dimensions.find((x) => x.id === d.id)?.score ?? null;
        return {
          id: d.id,
          name: d.name,
          baseline: was,
          current: now,
          change: was === null || now === null ? null : Math.round((now - was) * 100) / 100,
        };
      }),
    };
    // Across editions (2026.3 on): only what both editions measure the same way is compared, each
    // side scored on those questions alone, from the same published answers as the rest.
    if (then.version !== q.version && q.comparesWith !== undefined) {
      const same = comparableDimensions(q, then);
      const scoreOn = (
        edition: Questionnaire,
        side: 'current' | 'earlier',
        sets: typeof disclosed.overallAnswers,
      ) => scoreDimensions(restrictTo(edition, new Map(same.map((c) => [c.dimension, c[side]]))), sets);
      const nowScores = result ? scoreOn(q, 'current', disclosed.overallAnswers) : [];
      const thenScores = before ? scoreOn(then, 'earlier', earlier.overallAnswers) : [];
      comparison = {
        ...comparison,
        dimensions: comparison.dimensions.map((d) => {
          if (!same.some((c) => c.dimension === d.id)) return { ...d, change: null, comparable: false };
          const was = thenScores.find((x) => x.id === d.id)?.score ?? null;
          const now = nowScores.find((x) => x.id === d.id)?.score ?? null;
          const change = was === null || now === null ? null : Math.round((now - was) * 100) / 100;
          return { ...d, baseline: was, current: now, change, comparable: true };
        }),
        comparability: {
          baselineEdition: then.version,
          currentEdition: q.version,
          compared: same.length,
          note: say(
            msg('baseline.editionsDiffer', {
              earlier: then.version,
              now: q.version,
              compared: same.length,
              total: q.dimensions.length,
            }),
          ),
        },
      };
    }
  }
  return {
    assessmentId: assessment.id,
    coverage: {
      invited: rate.invited,
      submitted: rate.submitted,
      rate: rate.overall,
      byRole: rate.byRole,
    },
    respondentSet: respondentSetOf(submissions, assessment.minGroupSize),
    result,
    analysis: disclosed.analysis,
    disclosure: disclosed.report,
    baseline: comparison,
    ...(calibration && calibrationViews(q, calibration, calibrated, disclosed.overallAnswers, result, say)),
  };
};
