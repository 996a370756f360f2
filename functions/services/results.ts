import type { AssessmentResults } from '../contract/assessments';
import {
  analyseStakeholders,
  evaluate,
  type Questionnaire,
  questionnaireFor,
  type SubmittedResponse,
} from '../core';
import type { AssessmentRecord, StakeholderRecord } from '../store/records';
import { responseRate } from './views';

const submitted = (stakeholders: readonly StakeholderRecord[]): SubmittedResponse[] =>
  stakeholders
    .filter((s) => s.status !== 'revoked' && s.submittedAt)
    .map((s) => ({ role: s.role, answers: s.answers, expectations: s.expectations }));

/** Scores only submitted responses: drafts in progress never move the results. */
export const buildResults = (
  current: Questionnaire,
  assessment: AssessmentRecord,
  stakeholders: readonly StakeholderRecord[],
  baseline: { assessment: AssessmentRecord; stakeholders: readonly StakeholderRecord[] } | null,
): AssessmentResults => {
  // Answers score by the edition they were given in; a new assessment uses the current one.
  const q = questionnaireFor(assessment.questionnaireVersion ?? current.version);
  const responses = submitted(stakeholders);
  const result = evaluate(
    q,
    assessment.context,
    responses.map((r) => r.answers),
  );
  const rate = responseRate(stakeholders);
  let comparison: AssessmentResults['baseline'] = null;
  if (baseline) {
    const before = evaluate(
      questionnaireFor(baseline.assessment.questionnaireVersion ?? current.version),
      baseline.assessment.context,
      submitted(baseline.stakeholders).map((r) => r.answers),
    );
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
      inProgress: stakeholders.filter(
        (s) => s.status !== 'revoked' && !s.submittedAt && Object.keys(s.answers).length > 0,
      ).length,
      rate: rate.overall,
      byRole: rate.byRole,
    },
    result,
    analysis: analyseStakeholders(q, responses, assessment.minGroupSize),
    baseline: comparison,
  };
};
