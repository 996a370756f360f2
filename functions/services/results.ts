import type { AssessmentResults } from '../contract/assessments';
import { disclose, evaluate, type Questionnaire, questionnaireFor, withoutQuestionFigures } from '../core';
import { sayIn } from '../i18n/engine';
import type { Language } from '../i18n/languages';
import { localiseQuestionnaire } from '../i18n/questionnaire';
import type { AssessmentRecord } from '../store/records';
import { countedSubmissions, respondentSetOf, responseProgress, type Submissions } from './respondents';

export type { Submissions } from './respondents';

/** Scores what the disclosure rules publish (functions/core/disclosure.ts): no figure covers fewer than minGroupSize people. */
export const buildResults = (
  current: Questionnaire,
  assessment: AssessmentRecord,
  submissions: Submissions,
  baseline: { assessment: AssessmentRecord; submissions: Submissions } | null,
  language: Language = 'en',
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
  const evaluated =
    disclosed.published.length >= disclosed.k
      ? evaluate(q, assessment.context, disclosed.overallAnswers, {
          say,
          rates: assessment.rates ?? undefined,
        })
      : null;
  // A team's figures are dimension cells over whole people: no question's own figure is published.
  const result = evaluated && {
    ...evaluated,
    maturity: {
      ...evaluated.maturity,
      dimensions: withoutQuestionFigures(evaluated.maturity.dimensions),
    },
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
  };
};
