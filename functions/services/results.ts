import type { AssessmentResults } from '../contract/assessments';
import {
  type CountedResponse,
  disclose,
  evaluate,
  type Questionnaire,
  questionnaireFor,
  withoutHandedOn,
} from '../core';
import { sayIn } from '../i18n/engine';
import type { Language } from '../i18n/languages';
import { localiseQuestionnaire } from '../i18n/questionnaire';
import type { AssessmentRecord, RetiredSubmission, StakeholderRecord } from '../store/records';
import { hasStarted, responseRate } from './views';

/** What an assessment's results are built from: its stakeholders and the submissions of replaced links. */
export interface Submissions {
  stakeholders: readonly StakeholderRecord[];
  retired: readonly RetiredSubmission[];
}

/**
 * Every submission ever made counts, revoked or not, link replaced or stakeholder removed: the
 * consultant can never take one person out of the results and back in. Drafts never count.
 */
export const countedSubmissions = ({ stakeholders, retired }: Submissions): CountedResponse[] => [
  ...stakeholders
    .filter((s): s is StakeholderRecord & { submittedAt: string } => !!s.submittedAt)
    .map((s) => ({
      role: s.role,
      // A question handed on ("not my area") is neither rated nor "don't know": never scored.
      answers: withoutHandedOn(s.answers, s.handedOn),
      expectations: s.expectations,
      submittedAt: s.submittedAt,
    })),
  ...retired.map((r) => ({
    role: r.role,
    answers: r.answers,
    expectations: r.expectations,
    submittedAt: r.submittedAt,
  })),
];

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
  const disclosed = disclose(q, countedSubmissions(submissions), assessment.minGroupSize, say);
  const result =
    disclosed.published.length >= disclosed.k
      ? evaluate(q, assessment.context, disclosed.overallAnswers, { say })
      : null;
  const rate = responseRate(stakeholders);
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
      inProgress: stakeholders.filter((s) => s.status !== 'revoked' && !s.submittedAt && hasStarted(s))
        .length,
      rate: rate.overall,
      byRole: rate.byRole,
    },
    result,
    analysis: disclosed.analysis,
    disclosure: disclosed.report,
    baseline: comparison,
  };
};
