import type { AssessmentResults } from '../contract/assessments';
import {
  disclose,
  evaluate,
  type Questionnaire,
  questionnaireFor,
  withoutQuestionFigures,
  withSplits,
} from '../core';
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
        ? evaluate(then, baseline.assessment.context, earlier.overallAnswers, { say })
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
